import type { FormatWords } from '../../../i18n/format-words';
import { environments } from '../../shared/environments';
import type { GuideSection } from '../guides-data-schema';
import { plainText, remoteConnection, type GuideParts } from './guide-parts';
import { StackOneConnectorFragmentSchema, type StackOneConnectorFragment, type StackOneGuideSection } from './stackone-schema';

/**
 * /formats/stackone.yaml as data: what a StackOne connector's API-token method needs for Remote
 * (stackone-schema.ts), every text from the brand's rendered guides. The guide the Hub shows is
 * the link-account guide's warning, then who may generate a token, generating it, choosing the
 * environment and linking, each section with its steps; the fields' help is the step each field's
 * stable anchor marks, with a link to it.
 */

const asStackOneSection = ({ title, content, steps }: GuideSection): StackOneGuideSection => ({
	title,
	content,
	...(steps ? { steps: steps.map((step) => ({ title: step.title, content: step.content })) } : {}),
});

function guideSectionsOf({ prerequisites, generate, environment, link }: GuideParts): StackOneGuideSection[] {
	const adminRole = prerequisites.find((section) => section.id === 'an-admin-role-in-remote');
	// Generating: where to sign in (the guide's opening), then its steps, as one section.
	const generating: GuideSection = generate.intro ? { ...generate.intro, steps: generate.steps.steps } : generate.steps;
	return [...(adminRole ? [adminRole] : []), generating, environment, link.steps].map(asStackOneSection);
}

export function stackOneFragment(parts: GuideParts, words: FormatWords): StackOneConnectorFragment {
	const { data, tokenStep, environmentStep } = parts;
	const help = (markdown: string, anchor: string) => `${markdown} [${words.moreHelp}](${anchor})`;
	return StackOneConnectorFragmentSchema.parse({
		baseUrl: '${credentials.environment}',
		authentication: [
			{
				custom: {
					type: 'custom',
					label: words.tokenLabel,
					support: {
						link: parts.link.guide.url,
						description: parts.link.guide.description,
						guides: {
							config: {
								...(parts.link.guide.warning ? { warning: parts.link.guide.warning } : {}),
								sections: guideSectionsOf(parts),
							},
						},
					},
					authorization: { type: 'bearer', token: '$.credentials.apiToken' },
					configFields: [
						{
							key: 'environment',
							label: words.environmentLabel,
							type: 'select',
							required: true,
							secret: false,
							description: plainText(environmentStep.title),
							tooltip: words.environmentTooltip,
							guide: { description: help(environmentStep.title, data.fields.environment), tooltip: words.environmentTooltip },
							options: environments.map((environment) => ({
								label: words.environments[environment],
								value: remoteConnection.gateways[environment],
							})),
						},
						{
							key: 'apiToken',
							label: words.tokenLabel,
							type: 'password',
							required: true,
							secret: true,
							placeholder: `${remoteConnection.prefixes.production}…`,
							description: plainText(tokenStep.title),
							tooltip: words.tokenTooltip,
							guide: { description: help(tokenStep.title, data.fields.token), tooltip: words.tokenTooltip },
							validation: { type: 'html-pattern', pattern: remoteConnection.tokenPattern, error: words.tokenPatternError },
						},
					],
					environments: environments.map((environment) => ({ key: environment, name: words.environments[environment] })),
				},
			},
		],
	} satisfies StackOneConnectorFragment);
}
