import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { json, refused, type EndpointAnswer } from '../../lib/server/api-answers';
import type { InsightsAccess } from '../../lib/server/insights/insights-access';
import { reportToCsv } from '../../lib/server/insights/insights-csv';
import { defaultQuery, parseInsightsQuery } from '../../lib/server/insights/insights-query';
import { InsightsUnavailableError, type InsightsRecorder } from '../../lib/server/insights/recorder';
import { FixedWindowRateLimiter } from '../../lib/server/rate-limiter';
import { refusals } from '../../lib/server/refusals';
import { checkOrigin, clientIdentity } from '../../lib/server/request-guards';
import { headerReader } from '../api-routes';
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
	/** Whether the site is served over HTTPS (HSTS=1): the session cookie is then Secure. */
	secureCookies: boolean;
	trustProxy: boolean;
	/** The security headers every answer carries (the dashboard's own policy replaces theirs). */
	headers: OutgoingHttpHeaders;
}

/**
 * The token a sign-in sends: a form's `token` field (the sign-in page), or `{"token": …}` as JSON
 * (a script). Null when the body is larger than `maxBytes`, of another type, or has none.
 */
async function readSignInToken(request: IncomingMessage, maxBytes: number): Promise<string | null> {
	const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
	if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') return null;
	let text = '';
	for await (const chunk of request) {
		text += chunk;
		if (text.length > maxBytes) return null;
	}
	if (type === 'application/x-www-form-urlencoded') return new URLSearchParams(text).get('token');
	try {
		const body = JSON.parse(text) as { token?: unknown } | null;
		return typeof body?.token === 'string' ? body.token : null;
	} catch {
		return null;
	}
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export function createInsightsRoutes({ recorder, access, siteTitle, secureCookies, trustProxy, headers }: InsightsRoutesOptions) {
	const attempts = new FixedWindowRateLimiter(tokenAttemptsPerMinute);
	const clientOf = (request: IncomingMessage) =>
		clientIdentity({ headers: headerReader(request) }, request.socket.remoteAddress ?? '', trustProxy);
	const pageHeaders = {
		...headers,
		'Content-Security-Policy': dashboardPolicy,
		'Cache-Control': 'no-store',
		'X-Robots-Tag': 'noindex, nofollow',
	};

	function sendPage(response: ServerResponse, status: number, body: string, extra: OutgoingHttpHeaders = {}): void {
		response.writeHead(status, {
			...pageHeaders,
			'Content-Type': 'text/html; charset=utf-8',
			'Content-Length': Buffer.byteLength(body),
			...extra,
		});
		response.end(response.req.method === 'HEAD' ? undefined : body);
	}
	function redirect(response: ServerResponse, location: string, extra: OutgoingHttpHeaders = {}): void {
		response.writeHead(303, { ...pageHeaders, Location: location, 'Content-Length': 0, ...extra }).end();
	}
	/** A form post from this site's own page, or from a client that sends no Origin (curl, old browsers): the tester's rule. */
	const fromThisSite = (request: IncomingMessage) => checkOrigin({ headers: headerReader(request) }, { trustProxy }).ok;
	const signedIn = (request: IncomingMessage) => access !== null && access.sessionIn(request.headers.cookie ?? null);

	/** `GET /api/insights`: the figures for `?from=&to=&brand=`, as JSON, or as CSV with `&format=csv`. */
	async function api(request: IncomingMessage): Promise<EndpointAnswer> {
		const requestId = crypto.randomUUID();
		const refuse = (refusal: Parameters<typeof refused>[0]) => refused(refusal, requestId, {}, { event: 'insights_refused' });
		if (request.method !== 'GET' && request.method !== 'HEAD')
			return refuse(refusals.methodNotAllowed(request.method ?? '', 'GET, HEAD', 'use GET'));
		if (!access) return refuse(refusals.insightsOff());
		if (!signedIn(request)) {
			const client = clientOf(request);
			// A client that used up its wrong tries is not even compared, until its minute is over.
			const wait = attempts.waitFor(client);
			if (wait !== null) return refuse(refusals.tooManyInsightsAttempts(wait));
			if (!access.bearerMatches(request.headers.authorization ?? null)) {
				attempts.take(client);
				return refuse(refusals.insightsUnauthorized());
			}
		}
		const parsed = parseInsightsQuery(new URL(request.url ?? '/', 'http://insights').searchParams);
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

	async function dashboard(request: IncomingMessage, response: ServerResponse): Promise<void> {
		if (!signedIn(request)) return sendPage(response, 200, signInPage({ siteTitle }));
		const parameters = new URL(request.url ?? '/', 'http://insights').searchParams;
		const parsed = parseInsightsQuery(parameters);
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
		sendPage(response, report === null ? 503 : parsed.ok ? 200 : 400, body, report === null ? { 'Retry-After': '60' } : {});
	}

	async function signIn(request: IncomingMessage, response: ServerResponse): Promise<void> {
		if (!access) return sendPage(response, 404, dashboardOffPage(siteTitle));
		const client = clientOf(request);
		const wait = attempts.waitFor(client);
		if (wait !== null) {
			return sendPage(response, 429, signInPage({ siteTitle, error: `Too many attempts. Try again in ${wait} seconds.` }), {
				'Retry-After': String(wait),
			});
		}
		const token = (await readSignInToken(request, 2048)) ?? '';
		if (!token || !access.tokenMatches(token)) {
			attempts.take(client);
			return sendPage(response, 401, signInPage({ siteTitle, error: 'That is not the insights token.' }));
		}
		redirect(response, '/insights/', { 'Set-Cookie': access.sessionCookie(access.issueSession(), secureCookies) });
	}

	function stylesheet(_request: IncomingMessage, response: ServerResponse): void {
		response.writeHead(200, {
			...headers,
			'Content-Type': 'text/css; charset=utf-8',
			'Cache-Control': 'no-cache',
			'Content-Length': Buffer.byteLength(dashboardStyles),
		});
		response.end(response.req.method === 'HEAD' ? undefined : dashboardStyles);
	}
	async function showDashboard(request: IncomingMessage, response: ServerResponse): Promise<void> {
		if (!access) return sendPage(response, 404, dashboardOffPage(siteTitle));
		await dashboard(request, response);
	}
	function signOut(_request: IncomingMessage, response: ServerResponse): void {
		redirect(response, '/insights/', { 'Set-Cookie': access?.endSessionCookie(secureCookies) ?? [] });
	}
	/**
	 * A form post, answered only from this origin: the cookie is SameSite=Strict, and a POST whose
	 * Origin is another site is refused as well.
	 */
	const fromOurPage =
		(handler: Handler): Handler =>
		(request, response) =>
			fromThisSite(request)
				? handler(request, response)
				: sendPage(response, 403, signInPage({ siteTitle, error: 'Sign in from this site’s own page.' }));

	/** Each path under /insights by method (GET answers HEAD too). A POST to the dashboard itself signs in, where one expects it. */
	const routes: Record<string, { GET?: Handler; POST?: Handler }> = {
		[stylesheetPath]: { GET: stylesheet },
		'/insights/': { GET: showDashboard, POST: fromOurPage(signIn) },
		'/insights/sign-in': { POST: fromOurPage(signIn) },
		'/insights/sign-out': { POST: fromOurPage(signOut) },
	};

	/** Answers a path under /insights; false for any other path. */
	function route(request: IncomingMessage, response: ServerResponse, path: string): boolean {
		if (path === '/insights') {
			redirect(response, '/insights/');
			return true;
		}
		const handlers = routes[path];
		if (!handlers) return false;
		const method = request.method === 'HEAD' ? 'GET' : request.method;
		const handler = method === 'GET' || method === 'POST' ? handlers[method] : undefined;
		if (!handler) {
			const allow = [...(handlers.GET ? ['GET', 'HEAD'] : []), ...(handlers.POST ? ['POST'] : [])].join(', ');
			response.writeHead(405, { ...pageHeaders, Allow: allow, 'Content-Length': 0 }).end();
			return true;
		}
		Promise.resolve(handler(request, response)).catch(() => {
			if (!response.headersSent) response.writeHead(500, { ...pageHeaders, 'Content-Length': 0 });
			response.end();
		});
		return true;
	}

	return { api, route };
}
