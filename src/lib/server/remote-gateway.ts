import { z } from 'zod';
import { forbiddenAnswer, identityEndpoint, unauthorizedAnswer } from '../shared/remote-facts';
import type { Environment } from '../shared/token-rules';
import type { LiveCheckOutcome } from '../shared/connection-test';

/**
 * The one call the tester makes to Remote: `GET /v1/identity/current` on the gateway of the chosen
 * environment. It is made exactly once per test (no retries: every call spends the company's
 * shared rate limit), never follows a redirect (the token would go with it), reads at most a small
 * body, and turns every way it can end into one outcome.
 */

export interface GatewaySettings {
	/** Base URL of each environment's gateway, e.g. `https://gateway.remote.com`. */
	gateways: Record<Environment, string>;
	/** The whole call's time budget, from connecting to the last byte read. */
	timeoutMs: number;
}

/** The part of Remote's identity answer we rely on. The user's name and email are never read. */
const IdentityResponseSchema = z.object({
	data: z.object({
		// The name is shown to the reader: a real company name is short, and a gateway that sends a
		// novel is cut to a line rather than passed on whole.
		company: z.object({
			id: z.union([z.string(), z.number()]),
			name: z
				.string()
				.min(1)
				.transform((name) => (name.length > 120 ? `${name.slice(0, 119)}…` : name)),
		}),
		user: z.object({}).loose(),
	}),
});

/** Remote's answers are tiny; anything bigger is not its identity answer and is not read further. */
export const maximumUpstreamBodyBytes = 64 * 1024;

/** The identity endpoint on a gateway, tolerating a trailing slash in the configured base URL. */
export function identityUrl(gateway: string): string {
	return `${gateway.replace(/\/+$/, '')}${identityEndpoint.value.path}`;
}

/** Reads a response body up to `limit` bytes; `null` when it is larger (the rest is discarded). */
async function readBodyCapped(response: Response, limit: number): Promise<string | null> {
	if (!response.body) return '';
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string | null): unknown {
	if (text === null) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * Seconds until a rate-limited caller may try again: `Retry-After` when Remote sends it (seconds or
 * an HTTP date), otherwise `x-ratelimit-reset`, which Remote documents as milliseconds to go.
 */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | null {
	// Whatever the gateway claims, a wait longer than a day is reported as a day.
	const bounded = (seconds: number) => Math.min(maximumRetryAfterSeconds, Math.max(0, Math.ceil(seconds)));
	const retryAfter = headers.get('retry-after')?.trim();
	if (retryAfter) {
		if (/^\d+$/.test(retryAfter)) return bounded(Number(retryAfter));
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return bounded((date - now) / 1000);
	}
	const resetMs = headers.get('x-ratelimit-reset')?.trim();
	if (resetMs && /^\d+(\.\d+)?$/.test(resetMs)) return bounded(Number(resetMs) / 1000);
	return null;
}

/** The longest wait reported back: a day. */
export const maximumRetryAfterSeconds = 86_400;

const networkErrorCodes = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EPIPE',
	'UND_ERR_SOCKET',
	'UND_ERR_CLOSED',
]);

function errorCode(error: unknown): string | undefined {
	for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string') return code;
	}
	return undefined;
}

function classifyAnswer(status: number, headers: Headers, body: string | null): Omit<LiveCheckOutcome, 'latencyMs'> {
	const answer = { upstreamStatus: status, companyName: null, retryAfterSeconds: null };
	// What every message about this answer may quote: Remote's status, never its body.
	const values = { status };
	if (status >= 200 && status < 300) {
		const identity = IdentityResponseSchema.safeParse(parseJson(body));
		if (identity.success) {
			return { ...answer, verdict: 'connected', companyName: identity.data.data.company.name, check: { code: 'accepted', values } };
		}
		return {
			...answer,
			verdict: 'upstream_error',
			cause: 'unexpected_answer',
			check: { code: 'not_identity', values },
		};
	}
	if (status === unauthorizedAnswer.value.status) {
		return {
			...answer,
			verdict: 'unauthorized',
			check: { code: 'rejected', values },
		};
	}
	if (status === forbiddenAnswer.value.status) {
		return {
			...answer,
			verdict: 'forbidden',
			check: { code: 'refused', values },
		};
	}
	if (status === 429) {
		const seconds = retryAfterSeconds(headers);
		return {
			...answer,
			verdict: 'rate_limited',
			retryAfterSeconds: seconds,
			check: seconds === null ? { code: 'rate_limited', values } : { code: 'rate_limited_reset_known', values: { ...values, seconds } },
		};
	}
	if (status >= 300 && status < 400) {
		return {
			...answer,
			verdict: 'upstream_error',
			cause: 'gateway_not_found',
			check: { code: 'redirected', values },
		};
	}
	if (status === 404) {
		return {
			...answer,
			verdict: 'upstream_error',
			cause: 'gateway_not_found',
			check: { code: 'gateway_not_found', values },
		};
	}
	if (status >= 500) {
		return {
			...answer,
			verdict: 'upstream_error',
			cause: 'remote_unavailable',
			check: { code: 'remote_unavailable', values },
		};
	}
	return {
		...answer,
		verdict: 'upstream_error',
		cause: 'unexpected_answer',
		check: { code: 'unexpected_status', values },
	};
}

/** Asks the environment's gateway whether it accepts `token`. Never throws. */
export async function checkTokenLive(
	token: string,
	environment: Environment,
	settings: GatewaySettings,
	fetchImplementation: typeof fetch = fetch,
	/** Aborted when the reader has gone: the call stops, and frees its place under the cap. */
	cancelled?: AbortSignal,
): Promise<LiveCheckOutcome> {
	const started = performance.now();
	const latency = () => Math.round(performance.now() - started);
	const signal = AbortSignal.timeout(settings.timeoutMs);
	// Set once the gateway's status line has arrived: a connection lost after it was reached, not before.
	let answeredStatus: number | null = null;
	try {
		const response = await fetchImplementation(identityUrl(settings.gateways[environment]), {
			method: 'GET',
			headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
			redirect: 'manual',
			signal: cancelled ? AbortSignal.any([signal, cancelled]) : signal,
		});
		answeredStatus = response.status;
		const body = await readBodyCapped(response, maximumUpstreamBodyBytes);
		return { ...classifyAnswer(response.status, response.headers, body), latencyMs: latency() };
	} catch (error) {
		const failed = { upstreamStatus: null, companyName: null, retryAfterSeconds: null, latencyMs: latency() };
		if (signal.aborted) {
			return {
				...failed,
				verdict: 'timeout',
				check: { code: 'timeout', values: { seconds: settings.timeoutMs / 1000 } },
			};
		}
		const code = errorCode(error);
		const named = code && networkErrorCodes.has(code) ? ` (${code})` : '';
		return {
			...failed,
			verdict: 'unreachable',
			check:
				answeredStatus === null
					? { code: 'unreachable', values: { network: named } }
					: { code: 'connection_broken', values: { status: answeredStatus, network: named } },
		};
	}
}
