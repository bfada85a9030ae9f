/**
 * Remote's two environments, in their own module: the pages' small scripts (reader-context.ts)
 * need the names without the token rules that come with token-rules.ts.
 */
export const environments = ['production', 'sandbox'] as const;
export type Environment = (typeof environments)[number];
