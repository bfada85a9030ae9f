import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// `npm run test:unit` measures what the unit tests reach of src/lib (the domain: rules, schemas,
		// controllers, the insights' logic) and fails below these floors, set just under today's figures
		// so coverage can only grow. What only runs in a server process (Redis, PostgreSQL) is proven by
		// the HTTP tests instead, which v8 cannot see across the process boundary.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			reporter: ['text-summary'],
			thresholds: { statements: 85, branches: 79, functions: 83, lines: 86 },
		},
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
					// Each file spends most of its time waiting on processes it started (servers, Redis,
					// PostgreSQL, a slow fake Remote), so three files in flight halve the run on two cores,
					// where Vitest's default (one fewer than the cores) would run them one by one.
					maxWorkers: 3,
					testTimeout: 20_000,
					hookTimeout: 30_000,
				},
			},
		],
	},
});
