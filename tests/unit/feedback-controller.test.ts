import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	createFeedbackController,
	feedbackAnswer,
	feedbackCommentMaxLength,
	type FeedbackState,
} from '../../src/lib/shared/feedback-controller';
import { feedbackWords } from '../../src/i18n/en/feedback';

/**
 * A real HTTP server in place of the feedback route, answering each path its own way: the
 * controller's requests go through Node's own fetch, as a browser's would.
 */
let server: Server;
let base: string;
const answerId = '0b6f2a9e-1c7d-4e5f-9a3b-2c1d0e9f8a7b';
const received: Array<{ path: string; body: unknown; cookie: string | undefined; contentType: string | undefined }> = [];
beforeAll(async () => {
	server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += chunk));
		request.on('end', (): void => {
			const path = new URL(request.url!, base).pathname;
			received.push({
				path: request.url!,
				body: JSON.parse(body),
				cookie: request.headers.cookie,
				contentType: request.headers['content-type'],
			});
			const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
				response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(value));
			const refusal = (status: number, code: string, extra: object = {}, headers: Record<string, string> = {}) =>
				json(status, { error: { code, message: `Refused: ${code}.`, ...extra } }, headers);
			if (path === '/received') return void json(202, { status: 'received', answer: answerId });
			if (path === '/slow') return void setTimeout(() => json(202, { status: 'received', answer: answerId }), 100);
			if (path === '/too-many') return void refusal(429, 'too_many_requests', {}, { 'Retry-After': '30' });
			if (path === '/too-many-1s') return void refusal(429, 'too_many_requests', {}, { 'Retry-After': '1' });
			if (path === '/too-many-no-wait') return void refusal(429, 'too_many_requests');
			if (path === '/bad-comment') return void refusal(400, 'invalid_request', { field: 'comment' });
			if (path === '/bad-page') return void refusal(400, 'invalid_request', { field: 'page' });
			if (path === '/too-large') return void refusal(413, 'payload_too_large');
			if (path === '/other-site') return void refusal(403, 'origin_not_allowed');
			if (path === '/proxy-error') return void response.writeHead(502, 'Bad Gateway', { 'Content-Type': 'text/html' }).end('<h1>502</h1>');
			response.destroy();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Each controller's requests carry a query of their own, so a test counts only its own. */
let controllers = 0;

function feedback(route = '/received') {
	const path = `${route}?controller=${++controllers}`;
	const states: FeedbackState[] = [];
	const controller = createFeedbackController({
		api: `${base}${path}`,
		where: { page: 'environments', brand: 'acme', locale: 'en' },
		words: feedbackWords,
		render: (state) => states.push(structuredClone(state)),
	});
	const sentTo = () => received.filter((request) => request.path === path);
	return { controller, states, last: () => states.at(-1)!, sentTo };
}

/** The overview of the house brand, in English. */
const indexPage = { page: 'index', brand: 'default', locale: 'en' } as const;

describe('the answer as sent', () => {
	test.each([
		['no comment: the field is left out', '', { page: 'index', helpful: true, brand: 'default', locale: 'en' }],
		['a comment of only spaces is no comment', '  \n ', { page: 'index', helpful: true, brand: 'default', locale: 'en' }],
		[
			'a comment is trimmed',
			'  Clear steps. \n',
			{ page: 'index', helpful: true, comment: 'Clear steps.', brand: 'default', locale: 'en' },
		],
	])('%s', (_reason, comment, expected) => {
		expect(feedbackAnswer(indexPage, true, comment)).toEqual(expected);
	});

	test('a comment quotes the id of the answer it completes; without a comment there is nothing to complete', () => {
		expect(feedbackAnswer(indexPage, true, 'More.', answerId)).toEqual({
			page: 'index',
			helpful: true,
			comment: 'More.',
			brand: 'default',
			locale: 'en',
			answer: answerId,
		});
		expect(feedbackAnswer(indexPage, true, '', answerId)).toEqual({ page: 'index', helpful: true, brand: 'default', locale: 'en' });
	});

	test(`a comment is never longer than ${feedbackCommentMaxLength} characters`, () => {
		expect(feedbackAnswer(indexPage, false, 'x'.repeat(feedbackCommentMaxLength + 50)).comment).toHaveLength(feedbackCommentMaxLength);
	});
});

describe('answering', () => {
	test('Yes or No is sent at once; a comment then completes that answer, quoting its id; JSON, no cookie', async () => {
		const { controller, last, sentTo } = feedback('/received');
		await controller.choose(true);
		expect(last()).toEqual({ helpful: true, voted: true, phase: 'asking', problem: null });
		await controller.send('The tester helped.');
		expect(last()).toEqual({ helpful: true, voted: true, phase: 'sent', problem: null });
		expect(sentTo()).toEqual([
			{
				path: expect.stringMatching(/^\/received\?/),
				body: { page: 'environments', helpful: true, brand: 'acme', locale: 'en' },
				cookie: undefined,
				contentType: 'application/json',
			},
			{
				path: expect.stringMatching(/^\/received\?/),
				body: { page: 'environments', helpful: true, comment: 'The tester helped.', brand: 'acme', locale: 'en', answer: answerId },
				cookie: undefined,
				contentType: 'application/json',
			},
		]);
	});

	test('one answer per page view: once recorded it cannot change, and Send without a comment sends nothing more', async () => {
		const { controller, last, sentTo } = feedback('/received');
		await controller.choose(false);
		await controller.choose(true);
		await controller.send('  ');
		expect(last()).toEqual({ helpful: false, voted: true, phase: 'sent', problem: null });
		await controller.send('too late');
		expect(sentTo().map((request) => request.body)).toEqual([{ page: 'environments', helpful: false, brand: 'acme', locale: 'en' }]);
	});

	test('nothing is sent before a choice, nor while the choice is on its way', async () => {
		const { controller, states, sentTo } = feedback('/slow');
		await controller.send('A comment without an answer.');
		expect(states).toEqual([]);
		const voting = controller.choose(false);
		await controller.choose(true);
		await controller.send('while sending');
		await voting;
		expect(sentTo().map((request) => request.body)).toEqual([{ page: 'environments', helpful: false, brand: 'acme', locale: 'en' }]);
		expect(states.map((state) => state.phase)).toEqual(['asking', 'sending', 'asking']);
	});
});

describe('a refusal or a failure says why, and the reader can send again', () => {
	const { problems } = feedbackWords;
	test.each([
		['429 with Retry-After: how long to wait', '/too-many', 'Please try again in 30 seconds.'],
		['429 with Retry-After: 1, in the singular', '/too-many-1s', 'Please try again in 1 second.'],
		['429 without Retry-After: a minute', '/too-many-no-wait', problems.tooMany],
		['400 about the comment: change it', '/bad-comment', problems.comment],
		['413: the comment is too long', '/too-large', problems.comment],
		['403: this copy may not send feedback', '/other-site', problems.notAllowed],
		['400 about something else: the status, and try again', '/bad-page', '(the server answered 400)'],
		['a proxy’s HTML error page: the status, and try again', '/proxy-error', '(the server answered 502)'],
		['no answer at all: check the connection', '/hang-up', problems.unreachable],
	])('%s', async (_reason, path, expected) => {
		const { controller, last, states, sentTo } = feedback(path);
		await controller.choose(true);
		expect(last()).toMatchObject({ helpful: true, voted: false, phase: 'asking' });
		expect(last().problem).toContain(expected);
		expect(states.map((state) => state.phase)).toEqual(['asking', 'sending', 'asking']);
		// Send tries again with the whole answer, the comment kept in its field for another try.
		await controller.send('Kept for another try.');
		expect(last().problem).toContain(expected);
		expect(sentTo().at(-1)?.body).toEqual({
			page: 'environments',
			helpful: true,
			comment: 'Kept for another try.',
			brand: 'acme',
			locale: 'en',
		});
	});

	test('the other answer, pressed after a refusal, is sent in its place', async () => {
		const { controller, last, sentTo } = feedback('/too-many');
		await controller.choose(true);
		await controller.choose(false);
		expect(last()).toMatchObject({ helpful: false, voted: false });
		expect(sentTo().map((request) => (request.body as { helpful: boolean }).helpful)).toEqual([true, false]);
	});
});
