import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Who may read the insights: whoever holds INSIGHTS_TOKEN, by `Authorization: Bearer` or through
 * the session cookie that signing in with it sets. The session is signed with a key derived from
 * the token (no session table, so every instance sharing the token accepts it, and changing the
 * token ends every session). Comparisons take the same time whatever the guess.
 */

/**
 * `__Host-`: browsers keep the cookie only if it is Secure, for this host alone and the whole
 * path, so no sibling subdomain or plain-HTTP page can set or shadow it. Browsers accept Secure
 * cookies from http://localhost (and 127.0.0.1) too, so it works on a developer's machine.
 */
export const sessionCookieName = '__Host-insights_session';
/** How long a sign-in lasts. */
export const sessionSeconds = 8 * 60 * 60;

const digest = (text: string) => createHash('sha256').update(text).digest();

export interface InsightsAccess {
	/** Whether `candidate` is the token. */
	tokenMatches(candidate: string): boolean;
	/** Whether a request's `Authorization` header carries the token. */
	bearerMatches(header: string | null): boolean;
	/** A new session's cookie value, valid for `sessionSeconds`. */
	issueSession(): string;
	/** Whether a `Cookie` header holds a session still valid. */
	sessionIn(cookieHeader: string | null): boolean;
	/** The Set-Cookie header that starts a session. */
	sessionCookie(value: string): string;
	/** The Set-Cookie header that ends it. */
	endSessionCookie(): string;
}

export function insightsAccess(token: string, now: () => number = Date.now): InsightsAccess {
	const tokenDigest = digest(token);
	const key = createHmac('sha256', tokenDigest).update('insights-session-key').digest();
	const sign = (expires: string) => createHmac('sha256', key).update(`insights-session:${expires}`).digest('base64url');
	const tokenMatches = (candidate: string) => timingSafeEqual(digest(candidate), tokenDigest);
	const attributes = 'Path=/; HttpOnly; SameSite=Strict; Secure';

	return {
		tokenMatches,
		bearerMatches(header) {
			const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
			return match !== null && tokenMatches(match[1]!);
		},
		issueSession() {
			const expires = String(Math.floor(now() / 1000) + sessionSeconds);
			return `${expires}.${sign(expires)}`;
		},
		sessionIn(cookieHeader) {
			const value = (cookieHeader ?? '')
				.split(';')
				.map((pair) => pair.trim())
				.find((pair) => pair.startsWith(`${sessionCookieName}=`))
				?.slice(sessionCookieName.length + 1);
			const match = /^(\d{1,12})\.([\w-]{43})$/.exec(value ?? '');
			if (!match) return false;
			const [, expires, signature] = match;
			if (Number(expires) * 1000 <= now()) return false;
			return timingSafeEqual(Buffer.from(signature!), Buffer.from(sign(expires!)));
		},
		sessionCookie: (value) => `${sessionCookieName}=${value}; Max-Age=${sessionSeconds}; ${attributes}`,
		endSessionCookie: () => `${sessionCookieName}=; Max-Age=0; ${attributes}`,
	};
}
