import { redactSecrets } from './secret-redaction';

/**
 * "Remind me to review this token": a calendar file (iCalendar, RFC 5545) the reader's browser
 * makes and downloads, with one all-day event some days ahead. Nothing is sent or stored; the
 * event names the platform and, if the reader typed one, the token's name, never the token: any
 * text that looks like a secret is masked before it is written.
 */

/** How far ahead a reader may set the reminder, in days. */
export const reminderIntervals = [90, 180, 365] as const;
export type ReminderInterval = (typeof reminderIntervals)[number];

export interface ReminderEvent {
	/** The day of the event, in the reader's calendar: `2027-03-02`. */
	date: string;
	summary: string;
	description: string;
	/** The page that explains what to do then: the rotation guide. */
	url: string;
	/** Unique per event, so a calendar never takes a second reminder for an update of the first. */
	uid: string;
	/** When the file was made. */
	made: Date;
}

/** The day `days` after `today` in the reader's own calendar (local time), as `YYYY-MM-DD`. */
export function reminderDate(today: Date, days: number): string {
	const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
	return [day.getFullYear(), day.getMonth() + 1, day.getDate()]
		.map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
		.join('-');
}

/** The day after `date`: an all-day event ends (exclusively) there. */
function nextDay(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	return reminderDate(new Date(year!, month! - 1, day!), 1);
}

const compactDate = (date: string) => date.replaceAll('-', '');
const utcStamp = (moment: Date) =>
	moment
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/** A TEXT value as RFC 5545 §3.3.11 escapes it. */
const escaped = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** What the reader's words become in the file: escaped, after any secret in them is masked. */
const text = (value: string) => escaped(redactSecrets(value));

/**
 * A content line folded as RFC 5545 §3.1 asks: at most 75 octets a line, continued after CRLF and
 * a space, never inside a character's UTF-8 bytes.
 */
function fold(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = encoder.encode(character).length;
		// The first line holds 75 octets; each continuation begins with a space, so holds 74 more.
		if (octets + size > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += character;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** The calendar file for one reminder, with an alert on the morning of its day. */
export function calendarReminder(event: ReminderEvent): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//remote-connect-docs//Token review reminder//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		// Made by the page, not typed by the reader: a random id, which the masking would take for a secret.
		`UID:${escaped(event.uid)}`,
		`DTSTAMP:${utcStamp(event.made)}`,
		`DTSTART;VALUE=DATE:${compactDate(event.date)}`,
		`DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
		`SUMMARY:${text(event.summary)}`,
		`DESCRIPTION:${text(`${event.description}\n${event.url}`)}`,
		`URL:${event.url}`,
		'TRANSP:TRANSPARENT',
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${text(event.summary)}`,
		// Nine in the morning of the event's day.
		'TRIGGER:PT9H',
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return lines.map(fold).join('\r\n') + '\r\n';
}
