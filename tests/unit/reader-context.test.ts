import { describe, expect, test } from 'vitest';
import { allowedReturnUrl, contextAfterVisit, keptContext, withoutContextParameters } from '../../src/lib/shared/reader-context';

const origins = ['https://app.acme.example', 'http://localhost:3000'];

describe('allowedReturnUrl', () => {
	test.each([
		[
			'a page on a listed origin',
			'https://app.acme.example/connections/remote?step=2#token',
			'https://app.acme.example/connections/remote?step=2#token',
		],
		['a listed localhost origin with its port', 'http://localhost:3000/connect', 'http://localhost:3000/connect'],
		['the same host on another port', 'https://app.acme.example:8443/', null],
		['the same host over http', 'http://app.acme.example/', null],
		['a lookalike host', 'https://app.acme.example.evil.example/', null],
		['a host with the listed one as its user', 'https://app.acme.example@evil.example/', null],
		['another site', 'https://evil.example/', null],
		['javascript:', 'javascript:alert(1)', null],
		['data:', 'data:text/html,<script>alert(1)</script>', null],
		['a relative path', '/connect', null],
		['a protocol-relative URL', '//app.acme.example/', null],
		['nothing', '', null],
	])('%s', (_what, value, expected) => {
		expect(allowedReturnUrl(value, origins)).toBe(expected);
	});
});

describe('contextAfterVisit', () => {
	const visit = (query: string, kept = {}) => contextAfterVisit(new URL(`https://help.example/link-account/${query}`), kept, origins);

	test('takes an environment and a way back from the query', () => {
		expect(visit('?environment=sandbox&return=https%3A%2F%2Fapp.acme.example%2Fc')).toEqual({
			environment: 'sandbox',
			returnUrl: 'https://app.acme.example/c',
		});
	});

	test('keeps what an earlier page kept when the query says nothing', () => {
		expect(visit('', { environment: 'production', returnUrl: 'https://app.acme.example/c' })).toEqual({
			environment: 'production',
			returnUrl: 'https://app.acme.example/c',
		});
	});

	test('a parameter that is not acceptable removes what was kept for it', () => {
		expect(
			visit('?environment=staging&return=https%3A%2F%2Fevil.example%2F', {
				environment: 'production',
				returnUrl: 'https://app.acme.example/c',
			}),
		).toEqual({});
	});

	test('a way back kept earlier is checked again against today’s origins', () => {
		expect(visit('', { returnUrl: 'https://old.example/' })).toEqual({});
	});
});

test('the address bar loses only the context’s parameters', () => {
	const url = new URL('https://help.example/environments/?environment=sandbox&utm_source=hub&return=x#check-your-token');
	expect(withoutContextParameters(url).href).toBe('https://help.example/environments/?utm_source=hub#check-your-token');
});

test('kept context that cannot be read is no context', () => {
	expect(keptContext({ getItem: () => '{not json' })).toEqual({});
	expect(keptContext(undefined)).toEqual({});
});
