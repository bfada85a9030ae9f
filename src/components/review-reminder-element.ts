/**
 * `<review-reminder>` (markup and styles in ReviewReminder.astro): makes the calendar file in the
 * browser and downloads it. Nothing is sent or stored: the file is a Blob handed to the browser's
 * own download, and the token's name the reader typed lives only in it (masked if it looks like a
 * secret: calendar-reminder.ts).
 */
import { calendarReminder, reminderDate } from '../lib/shared/calendar-reminder';
import { fill } from '../lib/shared/fill-words';

interface ReminderWords {
	summary: string;
	summaryNamed: string;
	description: string;
	downloaded: string;
}

class ReviewReminder extends HTMLElement {
	connectedCallback(): void {
		const words = JSON.parse(this.dataset.words!) as ReminderWords;
		const form = this.querySelector('form')!;
		const status = this.querySelector('.rr-status')!;
		// Shown where it can work; in the tester, only once a token is connected (token-tester-element.ts).
		if (!this.closest('token-tester')) this.hidden = false;
		this.querySelector<HTMLFieldSetElement>('.rr-controls')!.disabled = false;

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const data = new FormData(form);
			const name = String(data.get('name') ?? '').trim();
			const made = new Date();
			const date = reminderDate(made, Number(data.get('days')));
			const file = calendarReminder({
				date,
				summary: name ? fill(words.summaryNamed, { tokenName: name }) : words.summary,
				description: words.description,
				url: new URL(this.dataset.guide!, location.href).href,
				uid: `${crypto.randomUUID()}@${location.hostname || 'remote-connect-docs'}`,
				made,
			});
			const link = document.createElement('a');
			link.href = URL.createObjectURL(new Blob([file], { type: 'text/calendar;charset=utf-8' }));
			link.download = `review-remote-token-${date}.ics`;
			link.click();
			// The download has its own copy once it starts; the object URL is let go on the next turn.
			setTimeout(() => URL.revokeObjectURL(link.href));
			const [year, month, day] = date.split('-').map(Number);
			const shownDate = new Date(year!, month! - 1, day!).toLocaleDateString(this.dataset.locale, { dateStyle: 'long' });
			status.textContent = fill(words.downloaded, { date: shownDate });
		});
	}
}

customElements.define('review-reminder', ReviewReminder);
