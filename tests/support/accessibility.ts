import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The serious and critical accessibility violations axe finds on `page` (inside `include`, when
 * given), one line each naming the rule and where: what every accessibility test expects to be empty.
 */
export async function blockingViolations(page: Page, { include, tags }: { include?: string; tags?: string[] } = {}): Promise<string[]> {
	let builder = new AxeBuilder({ page });
	if (include) builder = builder.include(include);
	if (tags) builder = builder.withTags(tags);
	const { violations } = await builder.analyze();
	return violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
