import { request } from 'node:http';

/**
 * A `fetch` that names another Host than the address it connects to, as a request for a brand's
 * hosted service reaches the server behind it. The platform's `fetch` always sends the URL's own
 * host (the header is forbidden to change), so this goes through `node:http`.
 */
export function fetchAsHost(host: string): typeof fetch {
	return async (input, init) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		const headers = new Headers(init?.headers);
		headers.set('host', host);
		const body = typeof init?.body === 'string' ? init.body : init?.body == null ? undefined : String(init.body);
		return new Promise<Response>((resolve, reject) => {
			const sent = request(
				url,
				{ method: init?.method ?? 'GET', headers: Object.fromEntries(headers), ...(init?.signal ? { signal: init.signal } : {}) },
				(answer) => {
					const chunks: Buffer[] = [];
					answer.on('data', (chunk: Buffer) => chunks.push(chunk));
					answer.on('end', () => {
						const answerHeaders = new Headers();
						for (const [name, value] of Object.entries(answer.headers))
							for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) answerHeaders.append(name, item);
						const status = answer.statusCode ?? 500;
						resolve(new Response([202, 204, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: answerHeaders }));
					});
					answer.on('error', reject);
				},
			);
			sent.on('error', reject);
			sent.end(body);
		});
	};
}
