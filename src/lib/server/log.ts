/**
 * One JSON line per event on stdout, for log collectors. Callers pass named fields only; nothing
 * here accepts a request body or a token, so none can end up in a log line by accident.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export function logEvent(level: LogLevel, event: string, fields: LogFields = {}): void {
	const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
	// Written as is: console.log would format an already formatted line again.
	(level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}
