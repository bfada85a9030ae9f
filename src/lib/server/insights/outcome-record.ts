import type { ConnectionTestResult } from '../../shared/connection-test-schema';
import type { Day, LatencyBucket, OutcomeRecord, StatusClass } from './records';

/**
 * What one completed connection test leaves in the insights: its verdict and coarse figures about
 * Remote's answer. Never the token (masked or not), the company, or anything about the reader.
 */

export function statusClassOf(status: number | null): StatusClass {
	if (status === null) return 'none';
	if (status >= 200 && status < 300) return '2xx';
	if (status >= 400 && status < 500) return '4xx';
	if (status >= 500 && status < 600) return '5xx';
	// A 1xx or 3xx is not an answer the identity call ends with: counted with the failures of Remote's side.
	return '5xx';
}

export function latencyBucketOf(latencyMs: number | null): LatencyBucket {
	if (latencyMs === null) return 'none';
	if (latencyMs < 250) return 'under-250ms';
	if (latencyMs < 1000) return '250ms-1s';
	if (latencyMs < 3000) return '1s-3s';
	return 'over-3s';
}

export interface OutcomeContext {
	day: Day;
	brand: string;
	page: string;
}

export function outcomeRecordOf(result: ConnectionTestResult, { day, brand, page }: OutcomeContext): OutcomeRecord {
	return {
		day,
		brand,
		page,
		locale: result.locale,
		environment: result.environment ?? 'none',
		verdict: result.verdict,
		statusClass: statusClassOf(result.upstreamStatus),
		latencyBucket: latencyBucketOf(result.latencyMs),
	};
}
