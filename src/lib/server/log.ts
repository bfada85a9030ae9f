/**
 * One JSON line per event on stdout, for log collectors. Callers pass named fields only; nothing
 * here accepts a request body or a token, so none can end up in a log line by accident.
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/**
 * Lines waiting for the end of this turn of the event loop. Writing to a pipe or a file is
 * synchronous on Linux, one system call a line: under load that cost more than answering the
 * request, so the info lines of one turn (a line a test) go out in one write. A warning or an
 * error is written at once, with what waited before it, and whatever waits is written when the
 * process exits.
 */
const waiting = { stdout: '', stderr: '' };
let flushQueued = false;

function flush(): void {
	flushQueued = false;
	if (waiting.stdout) process.stdout.write(waiting.stdout);
	if (waiting.stderr) process.stderr.write(waiting.stderr);
	waiting.stdout = '';
	waiting.stderr = '';
}
process.on('exit', flush);

export function logEvent(level: LogLevel, event: string, fields: LogFields = {}): void {
	// The fields' own JSON spliced after the fixed ones: one object fewer a line than spreading them.
	const rest = JSON.stringify(fields);
	const line = `{"time":"${new Date().toISOString()}","level":"${level}","event":${JSON.stringify(event)}${rest === '{}' ? '}' : `,${rest.slice(1)}`}`;
	waiting[level === 'info' ? 'stdout' : 'stderr'] += `${line}\n`;
	if (level !== 'info') flush();
	else if (!flushQueued) {
		flushQueued = true;
		setImmediate(flush);
	}
}
