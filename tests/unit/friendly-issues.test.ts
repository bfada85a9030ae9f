import { z } from 'zod';
import { expect, test } from 'vitest';
import { friendlyIssues } from '../../src/lib/shared/friendly-issues';

const Schema = z.strictObject({
	name: z.string('expected a name'),
	uses: z.array(z.strictObject({ access: z.enum(['read', 'write'], 'expected "read" or "write"') })),
});

test('names each field as a dotted path, with what was found and what is expected', () => {
	const input = { name: 42, uses: [{ access: 'writes' }] };
	expect(friendlyIssues(Schema.safeParse(input).error!, input)).toEqual([
		{ field: 'name', found: '42', expected: 'expected a name' },
		{ field: 'uses.0.access', found: '"writes"', expected: 'expected "read" or "write"' },
	]);
});

test('an unknown field is one issue per key, at its own path', () => {
	const input = { name: 'x', uses: [{ access: 'read', acess: 'read' }], extra: 1 };
	const issues = friendlyIssues(Schema.safeParse(input).error!, input);
	expect(issues.map((issue) => [issue.field, issue.unknownKey])).toEqual([
		['uses.0.acess', 'acess'],
		['extra', 'extra'],
	]);
});

test('a missing value is found as nothing; a long one is cut to a line; and nothing is quoted when asked not to', () => {
	const input = { uses: [] as unknown[], name: undefined };
	expect(friendlyIssues(Schema.safeParse(input).error!, input)[0]).toMatchObject({ field: 'name', found: 'nothing' });
	const long = { name: 'x', uses: 'x'.repeat(200) };
	expect(friendlyIssues(Schema.safeParse(long).error!, long)[0]!.found).toMatch(/^".{56}…$/);
	const secret = { name: 'ra_test_secretsecretsecret', uses: 'nope' };
	expect(
		JSON.stringify(friendlyIssues(z.object({ name: z.number() }).safeParse(secret).error!, secret, { quoteFound: false })),
	).not.toContain('ra_test');
});
