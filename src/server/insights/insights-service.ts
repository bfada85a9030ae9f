import { guideSlugs, isGuideSlug } from '../../lib/shared/guide-catalogue.ts';
import { insightsAccess } from '../../lib/server/insights/insights-access';
import type { InsightsSettings } from '../../lib/server/insights/insights-settings';
import { dayOf } from '../../lib/server/insights/days';
import { outcomeRecordOf } from '../../lib/server/insights/outcome-record';
import { createInsightsRecorder, type InsightsRecorder } from '../../lib/server/insights/recorder';
import { openInsightsStore } from '../../lib/server/insights/store';
import type { ConnectionTestResult } from '../../lib/shared/connection-test-schema';
import type { Route } from '../api/route';
import type { TestOrigin } from '../api/connection-test-route';
import { logEvent } from '../../lib/server/log';
import { insightsRoutes, type InsightsRoutesOptions } from './insights-routes';

/**
 * The insights as the server runs them: the recorder on DATABASE_URL, the rule for which brand a
 * record belongs to, what a completed test leaves, and the routes that read it all back.
 */

export interface InsightsServiceOptions extends Pick<InsightsRoutesOptions, 'siteTitle' | 'trustedProxies'> {
	/** Whether the site is served over HTTPS (HSTS=1), where the dashboard's Secure cookie is kept. */
	servedOverHttps: boolean;
	settings: InsightsSettings;
	/** This server's own brand: what a record is counted under unless the request names another it knows. */
	siteBrand: string;
	/** Every brand the build knew of, so a record cannot invent one. */
	knownBrands: readonly string[];
	/** Replaces the database (tests of the degraded path). */
	recorder?: InsightsRecorder;
}

export interface InsightsService {
	recorder: InsightsRecorder;
	brandOf(requested: string | undefined): string;
	/** Told of every completed connection test. */
	onTested(result: ConnectionTestResult, origin: TestOrigin): void;
	/** Its entries in the server's route table. */
	routes: Record<string, Route>;
}

/** Where a test ran: a guide, the embeddable tester, or (with no page said) a direct call to the API. */
export function pageOfTest(page: string | undefined): string {
	if (page === undefined) return 'api';
	return isGuideSlug(page) ? page : 'other';
}

export function createInsightsService(options: InsightsServiceOptions): InsightsService {
	const { settings, siteBrand, knownBrands } = options;
	const recorder =
		options.recorder ??
		createInsightsRecorder({
			open: () => openInsightsStore(settings.databaseUrl),
			retentionDays: settings.retentionDays,
			guideOrder: guideSlugs,
		});
	if (settings.token && !options.servedOverHttps) {
		// The session cookie is Secure: a browser keeps it over HTTPS, and on localhost, only.
		logEvent('warn', 'insights_needs_https', {
			message:
				'The dashboard signs in with a Secure cookie, which browsers keep only over HTTPS or on localhost. Serve the site over HTTPS (and set HSTS=1), or use the dashboard on localhost.',
		});
	}
	const brandOf = (requested: string | undefined) => (requested !== undefined && knownBrands.includes(requested) ? requested : siteBrand);
	return {
		recorder,
		brandOf,
		onTested(result, origin) {
			if (origin.doNotTrack) return;
			recorder.recordOutcome(
				outcomeRecordOf(result, { day: dayOf(new Date()), brand: brandOf(origin.brand), page: pageOfTest(origin.page) }),
			);
		},
		routes: insightsRoutes({
			siteTitle: options.siteTitle,
			trustedProxies: options.trustedProxies,
			recorder,
			access: settings.token ? insightsAccess(settings.token) : null,
		}),
	};
}
