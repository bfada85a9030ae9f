import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A pass-through proxy on 127.0.0.1 in front of the e2e help center that notes every request it
 * forwards. A browser sends what a page fires while it unloads (a beacon, a keepalive fetch) over
 * the network even after the page is gone, where the test runner's own request events no longer
 * see it: through this proxy, it is counted all the same.
 */
export interface RecordingProxy {
	url: string;
	/** `METHOD /path` of every request forwarded so far. */
	seen: string[];
	close(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
	const seen: string[] = [];
	const { hostname, port } = new URL(target);
	const server: Server = createServer((incoming, outgoing) => {
		seen.push(`${incoming.method} ${incoming.url}`);
		const upstream = forward({ hostname, port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
			outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(outgoing);
		});
		upstream.on('error', () => outgoing.destroy());
		incoming.pipe(upstream);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		seen,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
