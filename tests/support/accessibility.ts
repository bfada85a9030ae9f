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
	// Our pages hold no frames, so axe runs in the page alone ("legacy mode"): its frame-by-frame mode
	// opens a blank page on every run to merge the frames' results, which here would only double the
	// time of each check. A page that gains a frame fails here, so this choice is made again.
	const frames = page.frames().filter((frame) => frame !== page.mainFrame() && frame.url() !== 'about:blank');
	if (frames.length > 0) {
		throw new Error(`${page.url()} holds frames (${frames.map((frame) => frame.url()).join(', ')}): check them with axe's frame mode.`);
	}
	let builder = new AxeBuilder({ page }).setLegacyMode(true);
	if (include) builder = builder.include(include);
	if (tags) builder = builder.withTags(tags);
	const { violations } = await builder.analyze();
	return violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
