import { describe, expect, test } from 'vitest';
import { inlineContentOf } from '../../config/integrations/content-security-policy';
import { completePolicy, parsePolicy, sha256Source, withFrameAncestors } from '../../src/lib/server/content-security-policy';

const astroPolicy = "script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-BBB=';";

describe('inlineContentOf', () => {
	test('finds inline scripts (not external ones), style elements and decoded style attributes', () => {
		const html = `<!doctype html><html><head><script>window.a = 1</script><script type="module" src="/x.js"></script>
			<style>p{color:red}</style></head><body><svg style="--sl-icon-size: 1em;"></svg><span style="font-family: &quot;Mono&quot;">x</span>
			<template><p style="display: none;">later</p></template></body></html>`;
		expect(inlineContentOf(html)).toEqual({
			scripts: ['window.a = 1'],
			styles: ['p{color:red}'],
			styleAttributes: ['--sl-icon-size: 1em;', 'font-family: "Mono"', 'display: none;'],
		});
	});
});

describe('completePolicy', () => {
	const policy = parsePolicy(
		completePolicy(
			astroPolicy,
			{ scripts: ['window.a = 1'], styles: [], styleAttributes: ['display: none;', 'display: none;'] },
			{ connectOrigins: ['https://help.partner.com'] },
		),
	);

	test('lists the hash of exactly what the page carries inline: none of Astro’s site-wide hashes', () => {
		expect(policy.get('script-src')).toEqual(["'self'", sha256Source('window.a = 1'), "'wasm-unsafe-eval'"]);
		expect(policy.get('style-src')).toEqual(["'self'"]);
	});

	test('allows style attributes by exact value only, once each', () => {
		expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", sha256Source('display: none;')]);
	});

	test('closes everything else to this site, and never allows inline code or eval', () => {
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('connect-src')).toEqual(["'self'", 'https://help.partner.com']);
		const text = completePolicy(astroPolicy, { scripts: [], styles: [], styleAttributes: [] });
		expect(text).not.toContain("'unsafe-inline'");
		expect(text).not.toContain("'unsafe-eval'");
		expect(text).not.toContain('style-src-attr');
	});

	test('the known hash of a script, as browsers compute it', () => {
		// echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
		expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});

	test('frame-ancestors is appended for the header form only', () => {
		expect(withFrameAncestors("default-src 'self'", "'none'")).toBe("default-src 'self'; frame-ancestors 'none'");
	});
});
