import { type verdicts } from '../../lib/shared/connection-test-schema';

/**
 * Each verdict's colour in the dashboard's chart, by theme, and the words that say it. Picked to
 * stay apart for the common colour-vision deficiencies and to reach 3:1 against each theme's
 * background; the legend and the data table say every figure in words as well.
 */
export const verdictColours: Record<(typeof verdicts)[number], { light: string; dark: string; label: string }> = {
	connected: { light: '#1a7f37', dark: '#3fb950', label: 'Connected' },
	invalid_format: { light: '#bc4c00', dark: '#f0883e', label: 'Invalid format' },
	environment_mismatch: { light: '#9a6700', dark: '#d29922', label: 'Environment mismatch' },
	unauthorized: { light: '#cf222e', dark: '#ff7b72', label: 'Unauthorized' },
	forbidden: { light: '#8250df', dark: '#bc8cff', label: 'Forbidden' },
	rate_limited: { light: '#0969da', dark: '#58a6ff', label: 'Rate limited' },
	upstream_error: { light: '#6e7781', dark: '#8b949e', label: 'Remote error' },
	unreachable: { light: '#1b7c83', dark: '#39c5cf', label: 'Unreachable' },
	timeout: { light: '#953800', dark: '#ffa657', label: 'Timed out' },
};

export const verdictLabel = (verdict: string) => verdictColours[verdict as keyof typeof verdictColours]?.label ?? verdict;
