/**
 * Where a build's pages send live checks and answers: this server's own routes, or in a static
 * export the same routes on the brand's hosted service (its `tester.apiUrl`).
 */

/** This server's feedback route, and the path a brand's hosted service answers it on. */
export const feedbackRoute = '/api/feedback';

/**
 * A brand's hosted service answers feedback beside its tester: the same origin, this route
 * (`https://connect.acme.example/api/connection-test` → `https://connect.acme.example/api/feedback`).
 */
export function hostedFeedbackUrl(testerApiUrl: string | undefined): string | null {
	return testerApiUrl ? new URL(feedbackRoute, testerApiUrl).href : null;
}

/**
 * The host of a hosted tester route (`https://connect.acme.example/api/…` → `connect.acme.example`),
 * or undefined for this server's own route: how pages name where a live check goes.
 */
export function hostedTesterHost(testerApiUrl: string | null | undefined): string | undefined {
	return testerApiUrl?.startsWith('http') ? new URL(testerApiUrl).host : undefined;
}
