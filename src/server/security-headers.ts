import type { OutgoingHttpHeaders } from 'node:http';
import { pagePolicyOf, resourcePolicy, scriptPolicy, withFrameAncestors } from '../lib/server/content-security-policy';
import type { ServerSettings } from '../lib/server/server-settings';

/**
 * The headers every answer carries. A page's Content-Security-Policy is the one the build wrote
 * into its `<meta>` tag (complete, with hashes), sent as a header so `frame-ancestors` applies and
 * nothing in the page can weaken it; anything that is not a page gets a policy that loads nothing.
 */

/** Browser features no guide uses, switched off for the page and anything it embeds. */
const permissionsPolicy = ['accelerometer', 'camera', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb']
	.map((feature) => `${feature}=()`)
	.join(', ');

/** A file's own policy: a page's from its `<meta>`, a script's for when it runs as a worker. */
export function policyForFile(urlPath: string, content: Buffer): string | undefined {
	if (urlPath.endsWith('.html')) return pagePolicyOf(content.toString('utf8'));
	if (urlPath.endsWith('.js') || urlPath.endsWith('.mjs')) return scriptPolicy;
	return undefined;
}

/** The headers for an answer with `policy` (by default, one that loads nothing). */
export function securityHeaders(settings: ServerSettings, policy = resourcePolicy): OutgoingHttpHeaders {
	return {
		'Content-Security-Policy': withFrameAncestors(policy, settings.frameAncestors),
		'X-Content-Type-Options': 'nosniff',
		// Other sites learn the origin a reader came from, never the page (nor anything in a URL).
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': permissionsPolicy,
		// A page opened from here cannot reach back into it (window.opener), and vice versa.
		'Cross-Origin-Opener-Policy': 'same-origin',
		...(settings.hsts ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
	};
}
