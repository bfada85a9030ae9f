import { describe, expect, test } from 'vitest';
import { calendarReminder, reminderDate, reminderIntervals, type ReminderEvent } from '../../src/lib/shared/calendar-reminder';

/** The file's content lines, unfolded as RFC 5545 §3.1 says a reader of it must. */
const contentLines = (calendar: string) =>
	calendar
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.slice(0, -1);
/** A TEXT value read back: RFC 5545 §3.3.11's escapes undone. */
const unescape = (value: string) =>
	value.replace(/\\([\\;,nN])/g, (_, escaped: string) => (escaped.toLowerCase() === 'n' ? '\n' : escaped));

const token = 'ra_live_Zx8q2LmN4pR7sT1vW3yA5bC9';
const event: ReminderEvent = {
	date: '2027-03-02',
	summary: 'Review the Remote API token “Acme Hub · 2026-12”',
	description: 'Check it still works in Acme Hub; replace it, then revoke the old one.',
	url: 'https://connect.example/rotate-token/',
	uid: '3f9c2a7e-5b1d-4c8e-9a6f-0d2b7e4c1a93@connect.example',
	made: new Date('2026-12-02T13:46:00Z'),
};

describe('the review reminder', () => {
	test('is one all-day event on the chosen day, in valid iCalendar', () => {
		const calendar = calendarReminder(event);
		expect(calendar.endsWith('\r\n')).toBe(true);
		// Every line ends in CRLF: no bare line feed anywhere.
		expect(calendar.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		const lines = contentLines(calendar);
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines.at(-1)).toBe('END:VCALENDAR');
		expect(lines).toContain('VERSION:2.0');
		expect(lines.find((line) => line.startsWith('PRODID:'))).toBeTruthy();
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
		expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(1);
		expect(lines).toContain('DTSTART;VALUE=DATE:20270302');
		expect(lines).toContain('DTEND;VALUE=DATE:20270303');
		expect(lines).toContain('DTSTAMP:20261202T134600Z');
		// A random id as the page makes it, kept as it is: two reminders must never share one.
		expect(lines).toContain('UID:3f9c2a7e-5b1d-4c8e-9a6f-0d2b7e4c1a93@connect.example');
		expect(unescape(lines.find((line) => line.startsWith('SUMMARY:'))!.slice(8))).toBe(event.summary);
		expect(unescape(lines.find((line) => line.startsWith('DESCRIPTION:'))!.slice(12))).toBe(`${event.description}\n${event.url}`);
		// Components nest properly: every BEGIN has its END, in order.
		const open: string[] = [];
		for (const line of lines) {
			if (line.startsWith('BEGIN:')) open.push(line.slice(6));
			if (line.startsWith('END:')) expect(open.pop()).toBe(line.slice(4));
		}
		expect(open).toEqual([]);
	});

	test('folds long lines at 75 octets without splitting a character', () => {
		const calendar = calendarReminder({ ...event, summary: `Überprüfen: ${'é'.repeat(120)} “Acme Hub”` });
		for (const line of calendar.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		const summary = contentLines(calendar).find((line) => line.startsWith('SUMMARY:'))!;
		expect(unescape(summary.slice(8))).toBe(`Überprüfen: ${'é'.repeat(120)} “Acme Hub”`);
	});

	test('escapes what iCalendar reads as structure', () => {
		const lines = contentLines(calendarReminder({ ...event, summary: 'A; B, C\\D' }));
		expect(lines).toContain('SUMMARY:A\\; B\\, C\\\\D');
	});

	test('never carries a token, even one typed where the token’s name goes', () => {
		const calendar = calendarReminder({ ...event, summary: `Review ${token}`, description: `Bearer ${token}` });
		expect(calendar.replace(/\r\n[ \t]/g, '')).not.toContain(token.slice(8));
		expect(calendar).toContain('[redacted]');
	});

	test.each(reminderIntervals)('%i days ahead is counted in the reader’s own calendar', (days) => {
		const today = new Date(2026, 11, 2, 23, 30);
		const expected = new Date(2026, 11, 2 + days);
		expect(reminderDate(today, days)).toBe(
			`${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`,
		);
	});

	test('counts across a leap day and a year’s end', () => {
		expect(reminderDate(new Date(2027, 11, 1), 90)).toBe('2028-02-29');
		expect(reminderDate(new Date(2026, 11, 2), 365)).toBe('2027-12-02');
	});
});
