import type { Day } from './records';

/**
 * Days as the insights keep them: UTC, `YYYY-MM-DD`, the finest time any record holds. One place
 * for the arithmetic the period, the report and the retention all do.
 */

export const dayMs = 86_400_000;

/** The UTC day `date` (or a time in milliseconds) falls on. */
export const dayOf = (date: Date | number): Day => new Date(date).toISOString().slice(0, 10);

/** The time, in milliseconds, at which `day` starts (NaN when it is not a date). */
export const startOf = (day: Day): number => Date.parse(`${day}T00:00:00Z`);
