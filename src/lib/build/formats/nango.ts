import type { FormatWords } from '../../../i18n/format-words';
import { environments } from '../../shared/environments';
import { plainText, remoteConnection, sectionUrl, stepsAsMarkdown, type GuideParts } from './guide-parts';
import { NangoConnectPageSchema, NangoProvidersFileSchema, type NangoConnectPage, type NangoProvidersFile } from './nango-schema';

/**
 * /formats/nango.yaml and /formats/nango-connect.md as data: a `remote` entry for Nango's
 * providers.yaml (an API-key provider whose gateway is a connection-config choice, verified by the
 * identity call the tester makes) and its connect page, every text from the brand's rendered
 * guides. `docs_connect` is the help center's link-account guide and each field's `doc_section`
 * its stable anchor there, so Nango's Connect UI links each field to the step that explains it.
 */

/** The gateway's host for each environment: Nango's proxy adds the scheme (`https://${connectionConfig.environment}`). */
const gatewayHost = (environment: (typeof environments)[number]) => new URL(remoteConnection.gateways[environment]).host;
const anchorOf = (url: string) => new URL(url).hash;

export function nangoProvider(parts: GuideParts, words: FormatWords): NangoProvidersFile {
	const { data, tokenStep, environmentStep } = parts;
	return NangoProvidersFileSchema.parse({
		remote: {
			display_name: 'Remote',
			categories: ['hr'],
			auth_mode: 'API_KEY',
			proxy: {
				base_url: 'https://${connectionConfig.environment}',
				headers: { authorization: 'Bearer ${apiKey}' },
				verification: { method: 'GET', endpoints: [remoteConnection.verification.path] },
			},
			docs: data.guides.find((guide) => guide.slug === '')!.url,
			docs_connect: parts.link.guide.url,
			connection_config: {
				environment: {
					type: 'string',
					title: words.environmentLabel,
					description: plainText(environmentStep.title),
					enum: environments.map(gatewayHost),
					example: gatewayHost('sandbox'),
					order: 1,
					doc_section: anchorOf(data.fields.environment),
					warnings: { [gatewayHost('production')]: words.productionWarning, [gatewayHost('sandbox')]: words.sandboxWarning },
				},
			},
			credentials: {
				apiKey: {
					type: 'string',
					title: words.tokenLabel,
					description: plainText(tokenStep.title),
					example: `${remoteConnection.prefixes.sandbox}…`,
					pattern: remoteConnection.tokenPattern,
					doc_section: anchorOf(data.fields.token),
					secret: true,
				},
			},
		},
	} satisfies NangoProvidersFile);
}

export function nangoConnectPage(parts: GuideParts, words: FormatWords): NangoConnectPage {
	const { generate, environment, link, prerequisites, overview } = parts;
	const step = (index: number, title: string) => words.nango.stepTitle.replace('{number}', String(index)).replace('{title}', title);
	return NangoConnectPageSchema.parse({
		frontmatter: { title: words.nango.title, sidebarTitle: 'Remote', description: plainText(link.guide.description) },
		overview: {
			intro: words.nango.needIntro,
			needs: [
				{ name: words.tokenLabel, description: words.nango.tokenNeed },
				{ name: words.environmentLabel, description: words.nango.environmentNeed },
			],
			outro: words.nango.outro,
		},
		prerequisites:
			prerequisites.length > 0
				? prerequisites.map(
						(section) =>
							`[${section.title}](${sectionUrl(
								parts.data.guides.find((guide) => guide.slug === 'prerequisites')!,
								section,
							)})`,
					)
				: [overview.content],
		steps: [
			{
				title: step(1, generate.intro?.title ?? generate.steps.title),
				content: [generate.intro?.content, stepsAsMarkdown(generate.steps.steps ?? [])].filter(Boolean).join('\n\n'),
			},
			{ title: step(2, environment.title), content: environment.content },
			{ title: step(3, link.steps.title), content: stepsAsMarkdown(link.steps.steps ?? []) },
		],
		closing: [words.nango.closing, link.connected?.content].filter(Boolean).join('\n\n'),
	} satisfies NangoConnectPage);
}

/** The connect page as Nango writes connect.mdx: frontmatter, Overview, Prerequisites, Instructions with one heading a step. */
export function renderNangoConnectPage(page: NangoConnectPage, words: FormatWords): string {
	const yamlString = (text: string) => JSON.stringify(text);
	return [
		'---',
		`title: ${yamlString(page.frontmatter.title)}`,
		`sidebarTitle: ${yamlString(page.frontmatter.sidebarTitle)}`,
		...(page.frontmatter.description ? [`description: ${yamlString(page.frontmatter.description)}`] : []),
		'---',
		'',
		`## ${words.nango.overviewHeading}`,
		'',
		page.overview.intro,
		'',
		page.overview.needs.map((need, index) => `${index + 1}. **${need.name}** - ${need.description}`).join('\n'),
		...(page.overview.outro ? ['', page.overview.outro] : []),
		'',
		`### ${words.nango.prerequisitesHeading}`,
		'',
		page.prerequisites.map((item) => `- ${item}`).join('\n'),
		'',
		`### ${words.nango.instructionsHeading}`,
		'',
		...page.steps.flatMap((step) => [`#### ${step.title}`, '', step.content, '']),
		...(page.closing ? [page.closing, ''] : []),
	].join('\n');
}
