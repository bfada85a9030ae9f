import { test as base } from 'vitest';
import { gatewayEnvOf, startFakeRemote } from './fake-remote';
import { startHelpCenter } from './help-center';

/**
 * The fixtures the HTTP tests share, each set up once per file and torn down after it: the fake
 * Remote, and the built help center (`node server.mjs`) pointed at it with the file's settings.
 *
 *     const test = helpCenterTest({ TESTER_RATE_LIMIT: '1000' });
 *     test('…', async ({ helpCenter, fake }) => { … });
 *
 * A file that starts its servers itself (several instances, a database of its own) takes the fake
 * alone from `fakeRemoteTest`. Suite hooks receive them too: `test.beforeAll(({ fake }) => …)`.
 */
// eslint-disable-next-line no-empty-pattern -- vitest reads what a fixture needs from this pattern: nothing.
export const fakeRemoteTest = base.extend('fake', { scope: 'file' }, async ({}, { onCleanup }) => {
	const fake = await startFakeRemote();
	onCleanup(() => fake.close());
	return fake;
});

/** `fakeRemoteTest` with a help center started once for the file, with `env` beside the fake's gateways. */
export function helpCenterTest(env: Record<string, string> = {}) {
	return fakeRemoteTest.extend('helpCenter', { scope: 'file' }, async ({ fake }, { onCleanup }) => {
		const helpCenter = await startHelpCenter({ ...gatewayEnvOf(fake), ...env });
		onCleanup(async () => {
			await helpCenter.stop();
		});
		return helpCenter;
	});
}
