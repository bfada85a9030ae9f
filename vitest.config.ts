import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				// Pure modules (src/lib, config): fast, no build needed.
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				// The built server over real HTTP, with the fake Remote gateways on 127.0.0.1.
				test: {
					name: 'http',
					include: ['tests/http/**/*.test.ts'],
					globalSetup: ['tests/http/global-setup.ts'],
					testTimeout: 20_000,
					hookTimeout: 30_000,
				},
			},
		],
	},
});
