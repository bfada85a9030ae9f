// ESLint beside Prettier: Prettier decides layout, ESLint catches what compiles but is wrong
// (unused code, floating promises in the server, unsafe patterns in .astro files). Type-aware rules
// run on the TypeScript the project ships (src, config, scripts' TypeScript) and its tests.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: ['dist/', 'exports/', 'node_modules/', 'test-results/', 'playwright-report/', '.astro/', 'coverage/'],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		// The scripts run in Node; screenshot.mjs and audit.mjs also hand functions to the browser.
		files: ['**/*.{js,mjs}'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
	{
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			// A promise nobody awaits or handles is a crash or a lost error in a server: say so with `void`.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
		},
	},
	{
		// French typography puts a no-break space before a colon and inside « »: in the words, it is text.
		files: ['src/i18n/**/*.ts'],
		rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
);
