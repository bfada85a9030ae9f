import type { GuideData, GuideSection, GuidesData, GuideStep } from '../guides-data-schema';
import { fieldAnchors } from '../../shared/guide-catalogue';
import { gateways, identityEndpoint, tokenPrefixes } from '../../shared/remote-facts';
import { maximumTokenLength, minimumBodyLength } from '../../shared/token-rules';

/**
 * The parts of a brand's guides (its /guides.json, in one language) that every platform format is
 * made from, picked by the sections' stable ids, the same in every language. A guide the brand
 * hides is absent, and a format falls back to the overview's quick path, which every brand keeps.
 */

export interface GuideParts {
	data: GuidesData;
	/** The overview's opening: what it takes and who may do it. */
	overview: GuideSection;
	/** The overview's quick path: the whole job in a few steps. */
	quickPath: GuideSection;
	/** Who may generate a token, and what the platform must allow: the prerequisites' sections, when kept. */
	prerequisites: GuideSection[];
	/** Signing in to the right company, then the steps that generate and copy the token; the quick path when hidden. */
	generate: { intro: GuideSection | undefined; steps: GuideSection };
	/** Which environment a token is for (the environments guide's opening, never hidden). */
	environment: GuideSection;
	/** The link steps in the platform, with the field anchors, and what to note once connected. */
	link: { steps: GuideSection; connected: GuideSection | undefined; guide: GuideData };
	/** The token field's and the environment field's step, each with its stable anchor. */
	tokenStep: GuideStep;
	environmentStep: GuideStep;
	knownLimitations: GuideData | undefined;
	revoke: { intro: GuideSection | undefined; steps: GuideSection } | undefined;
	troubleshooting: { guide: GuideData; steps: GuideSection | undefined };
}

/** The id a stable anchor's path ends with: `/link-account/#field-api-token` → `field-api-token`. */
const anchorId = (path: string) => path.slice(path.indexOf('#') + 1);
const guideOf = (data: GuidesData, slug: string) => data.guides.find((guide) => guide.slug === slug);
const sectionOf = (guide: GuideData | undefined, id: string) => guide?.sections.find((section) => section.id === id);
/** A guide's opening: the section under its title, before any heading. */
const openingOf = (guide: GuideData | undefined) => guide?.sections.find((section) => section.id === undefined);

function required<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`The platform formats need ${what}, which the guides no longer have.`);
	return value;
}

export function guideParts(data: GuidesData): GuideParts {
	const overviewGuide = required(guideOf(data, ''), 'the overview');
	const quickPath = required(sectionOf(overviewGuide, 'quick-path'), 'the overview’s quick path');
	const linkGuide = required(guideOf(data, 'link-account'), 'the link-account guide');
	const linkSteps = required(sectionOf(linkGuide, 'connect-your-remote-account'), 'the link steps');
	const stepWithAnchor = (id: string) =>
		required(
			linkSteps.steps?.find((step) => step.id === id),
			`the step anchored #${id}`,
		);
	const generateGuide = guideOf(data, 'generate-token');
	const createSteps = sectionOf(generateGuide, 'create-the-token');
	const revokeGuide = guideOf(data, 'revoke-token');
	const revokeSteps = sectionOf(revokeGuide, 'revoke-the-token-in-remote');
	const troubleshootingGuide = required(guideOf(data, 'troubleshooting'), 'the troubleshooting guide');
	return {
		data,
		overview: required(openingOf(overviewGuide), 'the overview’s opening'),
		quickPath,
		prerequisites: guideOf(data, 'prerequisites')?.sections ?? [],
		generate: createSteps ? { intro: openingOf(generateGuide), steps: createSteps } : { intro: undefined, steps: quickPath },
		environment: required(openingOf(guideOf(data, 'environments')), 'the environments guide’s opening'),
		link: { steps: linkSteps, connected: sectionOf(linkGuide, 'youre-connected'), guide: linkGuide },
		tokenStep: stepWithAnchor(anchorId(fieldAnchors.token)),
		environmentStep: stepWithAnchor(anchorId(fieldAnchors.environment)),
		knownLimitations: guideOf(data, 'known-limitations'),
		revoke: revokeSteps ? { intro: openingOf(revokeGuide), steps: revokeSteps } : undefined,
		troubleshooting: { guide: troubleshootingGuide, steps: sectionOf(troubleshootingGuide, 'when-a-working-connection-stops') },
	};
}

/** A section's address: its guide's page with the heading's anchor. */
export const sectionUrl = (guide: GuideData, section: GuideSection) => (section.id ? `${guide.url}#${section.id}` : guide.url);

/** Markdown as a connect form's plain help text: emphasis, code marks and links dropped, their words kept. */
export const plainText = (markdown: string) =>
	markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\*\*|__|`/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** A numbered list of steps in Markdown, each step's further content indented under it. */
export function stepsAsMarkdown(steps: readonly GuideStep[]): string {
	return steps
		.map((step, index) => {
			const marker = `${index + 1}. `;
			const more = step.content ? `\n\n${step.content.replace(/^(?=.)/gm, ' '.repeat(marker.length))}` : '';
			return `${marker}${step.title}${more}`;
		})
		.join('\n');
}

/** What Remote's API asks of a connection, from the fact registry: each environment's gateway and token prefix. */
export const remoteConnection = {
	gateways: gateways.value,
	prefixes: tokenPrefixes,
	verification: identityEndpoint.value,
	/**
	 * A whole token as the tester takes one: a Remote prefix, then printable characters without spaces,
	 * within the tester's length bounds (the prefixes are Remote's; the rest is this help center's
	 * heuristic, `tester-expects-length` and `tester-expects-characters` on /sources/).
	 */
	tokenPattern: `^(?:${Object.values(tokenPrefixes).join('|')})[!-~]{${minimumBodyLength},${maximumTokenLength - Math.max(...Object.values(tokenPrefixes).map((prefix) => prefix.length))}}$`,
} as const;
