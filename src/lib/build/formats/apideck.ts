import type { FormatWords } from '../../../i18n/format-words';
import type { GuideSection } from '../guides-data-schema';
import { ApideckConsumerGuideSchema, type ApideckConsumerGuide, type ApideckGuideSection, type ApideckSectionKind } from './apideck-schema';
import type { GuideParts } from './guide-parts';

/**
 * /formats/apideck.md as data: the consumer guide in Apideck's section order (apideck-schema.ts),
 * every text from the brand's rendered guides: the link steps name the brand's platform and its
 * `connectLabel` as the guides do. Sections the brand hides (known limitations, revoking) are left
 * out; the required ones fall back to the overview's quick path.
 */

/** Paragraphs that are there, joined; undefined when none is. */
const joined = (...parts: Array<string | undefined>) => parts.filter((part) => part && part.trim() !== '').join('\n\n') || undefined;

/** A step of ours as Apideck numbers one: the step, then what else it says, indented under it. */
const stepText = (step: { title: string; content: string }) =>
	step.content ? `${step.title}\n\n${step.content.replace(/^(?=.)/gm, '   ')}` : step.title;

export function apideckGuide(parts: GuideParts, words: FormatWords): ApideckConsumerGuide {
	const { data, generate, environment, link, prerequisites, overview, knownLimitations, revoke, troubleshooting } = parts;
	const titled = (kind: ApideckSectionKind) => ({ kind, title: words.apideck.sections[kind] });
	const stepsOf = (section: GuideSection) => (section.steps ? { steps: section.steps.map(stepText) } : {});
	const prerequisitesGuide = data.guides.find((guide) => guide.slug === 'prerequisites');
	const subsections = (sections: GuideSection[]) => sections.map((section) => `### ${section.title}\n\n${section.content}`).join('\n\n');
	const sections: ApideckGuideSection[] = [
		{
			...titled('prerequisites'),
			content: prerequisitesGuide ? subsections(prerequisites.filter((section) => section.steps === undefined)) : overview.content,
		},
		{
			...titled('credentials'),
			content: joined(generate.intro?.content, generate.steps.content) ?? generate.steps.title,
			...stepsOf(generate.steps),
		},
		{ ...titled('environment'), content: environment.content },
		{
			...titled('connection-setup'),
			content: link.guide.description,
			...stepsOf(link.steps),
			outro: joined(words.apideck.connected, link.connected?.content)!,
		},
	];
	if (knownLimitations) {
		sections.push({
			...titled('known-limitations'),
			content: subsections(knownLimitations.sections.filter((section) => section.id !== undefined)),
		});
	}
	if (revoke) {
		sections.push({
			...titled('revoking'),
			content: joined(revoke.intro?.content, revoke.steps.content) ?? revoke.steps.title,
			...stepsOf(revoke.steps),
		});
	}
	const everyMessage = `[${words.apideck.moreTroubleshooting}](${troubleshooting.guide.url})`;
	sections.push({
		...titled('troubleshooting'),
		content: troubleshooting.steps ? joined(`**${troubleshooting.steps.title}**`, troubleshooting.steps.content)! : everyMessage,
		...(troubleshooting.steps ? { ...stepsOf(troubleshooting.steps), outro: everyMessage } : {}),
	});
	return ApideckConsumerGuideSchema.parse({
		title: words.apideck.title,
		intro: words.apideck.intro.replace('{platform}', data.brand.platformName),
		sections,
	} satisfies ApideckConsumerGuide);
}

/** The guide as Apideck's Markdown: one H1, then an H2 a section, its content, its numbered steps, its outro. */
export function renderApideckGuide(guide: ApideckConsumerGuide): string {
	const blocks = [`# ${guide.title}`, guide.intro];
	for (const section of guide.sections) {
		blocks.push(`## ${section.title}`, section.content);
		if (section.steps) blocks.push(section.steps.map((step, index) => `${index + 1}. ${step}`).join('\n'));
		if (section.outro) blocks.push(section.outro);
	}
	return `${blocks.join('\n\n')}\n`;
}
