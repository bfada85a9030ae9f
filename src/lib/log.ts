/**
 * One JSON line per event on stdout, for log collectors. Callers pass named fields only; nothing
 * here accepts a request body or a token, so none can end up in a log line by accident.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export function logEvent(level: LogLevel, event: string, fields: LogFields = {}): void {
	const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
	if (level === 'info') console.log(line);
	else console.error(line);
}
