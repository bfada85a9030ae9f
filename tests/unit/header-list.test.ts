import { expect, test } from 'vitest';
import { headerList } from '../../src/server/header-list';

test('lists headers as name, value pairs in order, numbers as text, repeated headers once per value', () => {
	expect(headerList({ 'Content-Type': 'text/html', 'Content-Length': 12, 'Set-Cookie': ['a=1', 'b=2'], Absent: undefined })).toEqual([
		'Content-Type',
		'text/html',
		'Content-Length',
		'12',
		'Set-Cookie',
		'a=1',
		'Set-Cookie',
		'b=2',
	]);
});

test('a value cut from a two-byte text (a page with curly quotes) keeps its characters', () => {
	const page = '<meta content="default-src \'self\'"> “quoted”';
	const policy = page.slice(15, 33);
	expect(headerList({ 'Content-Security-Policy': `${policy}; frame-ancestors 'none'` })).toEqual([
		'Content-Security-Policy',
		"default-src 'self'; frame-ancestors 'none'",
	]);
});
