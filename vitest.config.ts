import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Playwright owns tests/e2e; vitest runs the pure-logic tests only.
		include: ['tests/unit/**/*.test.ts'],
	},
});
