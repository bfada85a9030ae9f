import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The serious and critical accessibility violations axe finds on `page` (inside `include`, when
 * given), one line each naming the rule and where: what every accessibility test expects to be empty.
 */
export async function blockingViolations(page: Page, { include, tags }: { include?: string; tags?: string[] } = {}): Promise<string[]> {
	// Expressive Code makes a code block that scrolls focusable from a script that runs once the
	// page is idle; axe must look after it has, or it reports the block it is about to fix.
	await page.waitForFunction(() =>
		[...document.querySelectorAll('.expressive-code pre')].every(
			(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
		),
	);
	let builder = new AxeBuilder({ page });
	if (include) builder = builder.include(include);
	if (tags) builder = builder.withTags(tags);
	const { violations } = await builder.analyze();
	return violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
