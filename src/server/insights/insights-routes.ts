import type { OutgoingHttpHeaders } from 'node:http';
import type { TrustedProxies } from '../../lib/server/client-address';
import type { InsightsAccess } from '../../lib/server/insights/insights-access';
import { reportToCsv } from '../../lib/server/insights/insights-csv';
import { defaultQuery, parseInsightsQuery } from '../../lib/server/insights/insights-query';
import { InsightsUnavailableError, type InsightsRecorder } from '../../lib/server/insights/recorder';
import { FixedWindowRateLimiter } from '../../lib/server/rate-limiter';
import { json, refused, type Answer } from '../api/answers';
import { refusals, type Refusal } from '../api/refusals';
import { checkOrigin, clientIdentity, mediaTypeOf, readTextBody } from '../api/request-guards';
import type { Route, RouteRequest } from '../api/route';
import { dashboardStyles } from './dashboard-styles';
import { dashboardOffPage, dashboardPage, signInPage, stylesheetPath } from './pages';

/**
 * Reading the insights: `GET /api/insights` (JSON or CSV, by bearer token or the dashboard's
 * session) and the dashboard at /insights/ with its sign-in. Server only: no build or export has
 * these pages, so no search index, sitemap or llms file can list them.
 */

/**
 * Wrong tries at the token one address gets per minute, signing in and by bearer alike; then every
 * try is refused until the minute is over, the right token's too. Right tries are not counted, so an
 * operator's script may export as often as it needs.
 */
export const tokenAttemptsPerMinute = 10;

/** The dashboard loads its stylesheet and nothing else, and is never framed. */
const dashboardPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export interface InsightsRoutesOptions {
	recorder: InsightsRecorder;
	/** Null when the server has no INSIGHTS_TOKEN: the dashboard and the API are off. */
	access: InsightsAccess | null;
	siteTitle: string;
	/** The proxies whose forwarded headers name the client and the host (TRUST_PROXY). */
	trustedProxies: TrustedProxies;
}

/** The largest sign-in body read: a form or JSON with a token of at most 512 characters fits with room. */
const maximumSignInBytes = 2048;

/**
 * The token a sign-in sends: a form's `token` field (the sign-in page), or `{"token": …}` as JSON
 * (a script), read by the server's one body reader. `tooLarge` for a body over the cap (answered
 * 413); an empty token for another type or a body without one (a wrong guess like any other).
 */
async function readSignInToken(request: RouteRequest): Promise<{ token: string } | { tooLarge: true }> {
	const type = mediaTypeOf(request);
	if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') return { token: '' };
	const body = await readTextBody(request, maximumSignInBytes);
	if (!body.ok) return body.refusal.status === 413 ? { tooLarge: true } : { token: '' };
	if (type === 'application/x-www-form-urlencoded') return { token: new URLSearchParams(body.value).get('token') ?? '' };
	try {
		const parsed = JSON.parse(body.value) as { token?: unknown } | null;
		return { token: typeof parsed?.token === 'string' ? parsed.token : '' };
	} catch {
		return { token: '' };
	}
}

/**
 * The insights' routes for the server's one route table: `GET /api/insights`, and the dashboard's
 * pages, each a request in and an answer out.
 */
export function insightsRoutes({ recorder, access, siteTitle, trustedProxies }: InsightsRoutesOptions): Record<string, Route> {
	const attempts = new FixedWindowRateLimiter(tokenAttemptsPerMinute, { name: 'insights sign-in attempts' });
	const clientOf = (request: RouteRequest) => clientIdentity(request, request.clientAddress, trustedProxies);
	const keyOf = (request: RouteRequest) => clientOf(request).key;
	const pageHeaders = {
		'Content-Security-Policy': dashboardPolicy,
		'Cache-Control': 'no-store',
		'X-Robots-Tag': 'noindex, nofollow',
	};

	const page = (status: number, body: string, extra: OutgoingHttpHeaders = {}): Answer => ({
		status,
		headers: { ...pageHeaders, 'Content-Type': 'text/html; charset=utf-8', ...extra },
		body,
	});
	const redirect = (location: string, extra: OutgoingHttpHeaders = {}): Answer => ({
		status: 303,
		headers: { ...pageHeaders, Location: location, ...extra },
		body: '',
	});
	/** A form post from this site's own page, or from a client that sends no Origin (curl, old browsers): the tester's rule. */
	const fromThisSite = (request: RouteRequest) => checkOrigin(request, { viaTrustedProxy: clientOf(request).viaTrustedProxy }).ok;
	const signedIn = (request: RouteRequest) => access !== null && access.sessionIn(request.headers.get('cookie'));

	/** `GET /api/insights`: the figures for `?from=&to=&brand=`, as JSON, or as CSV with `&format=csv`. */
	async function api(request: RouteRequest): Promise<Answer> {
		const requestId = crypto.randomUUID();
		const refuse = (refusal: Refusal) => refused(refusal, requestId, {}, { event: 'insights_refused' });
		if (!access) return refuse(refusals.insightsOff());
		if (!signedIn(request)) {
			const client = keyOf(request);
			// A client that used up its wrong tries is not even compared, until its minute is over.
			const wait = attempts.waitFor(client);
			if (wait !== null) return refuse(refusals.tooManyInsightsAttempts(wait));
			if (!access.bearerMatches(request.headers.get('authorization'))) {
				attempts.take(client);
				return refuse(refusals.insightsUnauthorized());
			}
		}
		const parsed = parseInsightsQuery(request.query);
		if (!parsed.ok) return refuse(refusals.invalidInsightsQuery(parsed.message, parsed.field));
		try {
			const report = await recorder.report(parsed.query);
			if (parsed.format === 'json') return json(200, report, requestId);
			const name = `insights-${parsed.query.brand ?? 'all'}-${parsed.query.from}-to-${parsed.query.to}.csv`;
			return {
				status: 200,
				headers: {
					'Content-Type': 'text/csv; charset=utf-8',
					'Content-Disposition': `attachment; filename="${name}"`,
					'Cache-Control': 'no-store',
					'X-Request-Id': requestId,
				},
				body: reportToCsv(report),
			};
		} catch (error) {
			if (error instanceof InsightsUnavailableError) return refuse(refusals.insightsUnavailable());
			throw error;
		}
	}

	async function dashboard(request: RouteRequest): Promise<Answer> {
		if (!access) return page(404, dashboardOffPage(siteTitle));
		if (!signedIn(request)) return page(200, signInPage({ siteTitle }));
		const parsed = parseInsightsQuery(request.query);
		const query = parsed.ok ? parsed.query : defaultQuery();
		let problem =
			recorder.status === 'degraded'
				? 'Recording is failing: the insights database is not answering, so new feedback and test outcomes are being dropped. The server log says why (insights_degraded).'
				: undefined;
		let report = null;
		let brands: string[] = [];
		try {
			[report, brands] = await Promise.all([recorder.report(query), recorder.brands()]);
		} catch (error) {
			if (!(error instanceof InsightsUnavailableError)) throw error;
			problem =
				'The insights database is not answering, so no figures can be shown. Try again in a minute; the server log says why (insights_degraded).';
		}
		const body = dashboardPage({ siteTitle, report, query, brands, problem, filterError: parsed.ok ? undefined : parsed.message });
		return page(report === null ? 503 : parsed.ok ? 200 : 400, body, report === null ? { 'Retry-After': '60' } : {});
	}

	async function signIn(request: RouteRequest): Promise<Answer> {
		if (!access) return page(404, dashboardOffPage(siteTitle));
		// The body first: from here on, checking the limit, comparing and counting happen with no
		// await between them, so guesses sent at once on many connections are counted one by one
		// and every one past the limit is refused without being compared.
		const sent = await readSignInToken(request);
		if ('tooLarge' in sent) {
			return page(413, signInPage({ siteTitle, error: `That sign-in is larger than ${maximumSignInBytes} bytes; paste the token alone.` }));
		}
		const client = keyOf(request);
		const wait = attempts.waitFor(client);
		if (wait !== null) {
			return page(429, signInPage({ siteTitle, error: `Too many attempts. Try again in ${wait} seconds.` }), {
				'Retry-After': String(wait),
			});
		}
		if (!sent.token || !access.tokenMatches(sent.token)) {
			attempts.take(client);
			return page(401, signInPage({ siteTitle, error: 'That is not the insights token.' }));
		}
		return redirect('/insights/', { 'Set-Cookie': access.sessionCookie(access.issueSession()) });
	}

	const stylesheet: Route = () => ({
		status: 200,
		headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' },
		body: dashboardStyles,
	});
	const signOut: Route = () => redirect('/insights/', { 'Set-Cookie': access?.endSessionCookie() ?? [] });
	/**
	 * A form post, answered only from this origin: the cookie is SameSite=Strict, and a POST whose
	 * Origin is another site is refused as well.
	 */
	const fromOurPage =
		(route: Route): Route =>
		(request) =>
			fromThisSite(request) ? route(request) : page(403, signInPage({ siteTitle, error: 'Sign in from this site’s own page.' }));

	return {
		'GET /api/insights': api,
		'GET /insights': () => redirect('/insights/'),
		[`GET ${stylesheetPath}`]: stylesheet,
		'GET /insights/': dashboard,
		// A POST to the dashboard itself signs in, where one expects it.
		'POST /insights/': fromOurPage(signIn),
		'POST /insights/sign-in': fromOurPage(signIn),
		'POST /insights/sign-out': fromOurPage(signOut),
	};
}
