import { describe, expect, test } from 'vitest';
import { insightsAccess, sessionCookieName, sessionSeconds } from '../../src/lib/server/insights/insights-access';

const token = 'a-long-insights-token-for-tests-0123456789';

describe('insights access', () => {
	let now = Date.parse('2026-11-30T12:00:00Z');
	const access = insightsAccess(token, () => now);

	test('the token, and only the token, matches', () => {
		expect(access.tokenMatches(token)).toBe(true);
		expect(access.tokenMatches(`${token}x`)).toBe(false);
		expect(access.tokenMatches('')).toBe(false);
		expect(access.bearerMatches(`Bearer ${token}`)).toBe(true);
		expect(access.bearerMatches(`bearer ${token}`)).toBe(true);
		expect(access.bearerMatches(token)).toBe(false);
		expect(access.bearerMatches(`Basic ${token}`)).toBe(false);
		expect(access.bearerMatches(null)).toBe(false);
	});

	test('a session it issued is valid until it expires, and its cookie is __Host-, HttpOnly, SameSite=Strict and Secure', () => {
		const value = access.issueSession();
		expect(value).not.toContain(token);
		const cookie = access.sessionCookie(value);
		expect(sessionCookieName).toMatch(/^__Host-/);
		expect(cookie).toBe(`${sessionCookieName}=${value}; Max-Age=${sessionSeconds}; Path=/; HttpOnly; SameSite=Strict; Secure`);
		expect(access.endSessionCookie()).toBe(`${sessionCookieName}=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure`);
		expect(access.sessionIn(`other=1; ${sessionCookieName}=${value}`)).toBe(true);
		now += sessionSeconds * 1000;
		expect(access.sessionIn(`${sessionCookieName}=${value}`)).toBe(false);
	});

	test('a forged, altered or other token’s session is refused', () => {
		const value = access.issueSession();
		const [expires, signature] = value.split('.');
		expect(access.sessionIn(`${sessionCookieName}=${Number(expires) + 1000}.${signature}`)).toBe(false);
		expect(access.sessionIn(`${sessionCookieName}=${expires}.${'A'.repeat(43)}`)).toBe(false);
		expect(access.sessionIn(`${sessionCookieName}=${insightsAccess(`${token}-rotated`, () => now).issueSession()}`)).toBe(false);
		expect(access.sessionIn(`${sessionCookieName}=garbage`)).toBe(false);
		expect(access.sessionIn(null)).toBe(false);
	});
});
