/**
 * Hostile requests for `POST /api/connection-test`, generated from a seed so that any run can be
 * replayed exactly (`FUZZ_SEED=…`). Each case is the bytes to put on a fresh connection, the
 * token-like secrets hidden in it (none may ever come back), and what the route must do with it.
 *
 * Every token-like value ends in a tail no other case uses (`fz` + a counter + random characters,
 * 16 in all). The route shows at most a token's last 4 characters, so a tail found whole in an
 * answer or a log line means the token was echoed.
 */
import { demoTokens, type DemoBehaviour } from '../../src/lib/shared/demo-tokens';
import { maximumRequestBytes } from '../../src/lib/shared/connection-test-schema';

export const fuzzCategories = [
	'well-formed',
	'malformed-json',
	'deep-nesting',
	'huge-strings',
	'odd-numbers',
	'wrong-shape',
	'prototype-keys',
	'duplicate-keys',
	'unicode',
	'invalid-utf8',
	'content-type',
	'odd-headers',
	'origin',
	'content-length',
	'chunked',
	'methods',
	'pipelined',
	'hang-up',
	'slow',
] as const;
export type FuzzCategory = (typeof fuzzCategories)[number];

export interface FuzzCase {
	/** Position in the generated list: with the seed, enough to replay this case alone. */
	index: number;
	category: FuzzCategory;
	/** A short description for failure reports (never the secrets themselves in full). */
	label: string;
	/** The bytes to send, in order, on one connection. */
	pieces: Buffer[];
	/** Pause between pieces (slow clients only). */
	pauseMs: number;
	/** Half-close after sending: a client that declared more body than it sends. */
	endAfterSend: boolean;
	/** Hang up hard right after sending, without reading any answer. */
	resetAfterSend: boolean;
	/** The method of each request on the connection, in order. */
	methods: string[];
	/** Whether the request is well-framed HTTP the route itself must answer (not only Node's parser). */
	routeMustAnswer: boolean;
	/** The statuses the route may answer with, when the case decides it (e.g. 413 for a body too large). */
	expectStatuses: number[] | null;
	/** Tails of the tokens in this case (in every form sent): none may appear in any answer or log. */
	secrets: string[];
}

/** mulberry32: a small, fast PRNG; the same seed gives the same cases on every machine. */
export class SeededRandom {
	#state: number;
	constructor(seed: number) {
		this.#state = seed >>> 0;
	}
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}
	/** An integer in [0, max). */
	int(max: number): number {
		return Math.floor(this.next() * max);
	}
	/** An integer in [min, max]. */
	between(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}
	chance(probability: number): boolean {
		return this.next() < probability;
	}
	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)]!;
	}
	text(length: number, alphabet: string): string {
		let text = '';
		for (let i = 0; i < length; i++) text += alphabet[this.int(alphabet.length)];
		return text;
	}
}

const lowerAlphanumeric = '0123456789abcdefghijklmnopqrstuvwxyz';
const prefixes = ['ra_test_', 'ra_live_'] as const;
/** Everything but the slow token, which would only measure REMOTE_TIMEOUT_MS. */
const behaviours = [...new Set(demoTokens.map((demo) => demo.behaviour))].filter((behaviour) => behaviour !== 'slow');
const environmentValues: unknown[] = [
	'sandbox',
	'production',
	'staging',
	'',
	'Sandbox',
	'SANDBOX',
	' sandbox',
	'sandbox\u0000',
	'ｓａｎｄｂｏｘ',
	null,
	0,
	true,
	[],
	{},
	['sandbox'],
];

/** Characters that print nothing, or change direction, where they sit. */
const invisibles = [
	'\u200b',
	'\u200c',
	'\u200d',
	'\u2060',
	'\ufeff',
	'\u00ad',
	'\u00a0',
	'\u200e',
	'\u200f',
	'\u202a',
	'\u202b',
	'\u202e',
	'\u2066',
	'\u2069',
	'\u180e',
	'\u2028',
	'\u2029',
];
/** Lone and misordered surrogates: valid JSON escapes, not valid Unicode. */
const surrogates = ['\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', '\ud83d'];
const controls = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001b', '\u007f', '\u0085', '\u009f', '\t', '\n', '\r', '\u000b', '\u000c'];
const symbols = [
	'😀',
	'👩‍💻',
	'🇬🇧',
	'🏳️‍⚧️',
	'\u{1f600}\u{fe0f}',
	'é',
	'e\u0301',
	'Å',
	'A\u030a',
	'\u212b',
	'ﬁ',
	'ℝ',
	'ǅ',
	'ß',
	'İ',
	'ı',
	'\u0430',
	'\u0441',
	'𝐫𝐚',
	'\u{10ffff}',
	'\ufffd',
	'\ufffe',
	'\uffff',
];
/** Byte sequences no valid UTF-8 holds: stray bytes, overlong forms, encoded surrogates, past U+10FFFF, cut-off sequences. */
const invalidUtf8: number[][] = [
	[0xff],
	[0xfe],
	[0x80],
	[0xbf],
	[0xc0, 0xaf],
	[0xc1, 0xbf],
	[0xc0, 0x80],
	[0xe0, 0x80, 0xaf],
	[0xe0, 0x81, 0x81],
	[0xf0, 0x80, 0x80, 0xaf],
	[0xed, 0xa0, 0x80],
	[0xed, 0xbf, 0xbf],
	[0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80],
	[0xf4, 0x90, 0x80, 0x80],
	[0xf8, 0x88, 0x80, 0x80, 0x80],
	[0xe2, 0x82],
	[0xf0, 0x9f, 0x98],
	[0xc3],
	[0xe9],
];

const fullWidth = (text: string) => text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
/** Every UTF-16 unit as a `\\uXXXX` escape: the same string to JSON.parse, other bytes on the wire. */
const jsonEscapeAll = (text: string) =>
	Array.from({ length: text.length }, (_, i) => `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
const insertAt = (text: string, index: number, insert: string) => text.slice(0, index) + insert + text.slice(index);
const byteLength = (text: string) => Buffer.byteLength(text);

interface HttpRequestSpec {
	method?: string;
	target?: string;
	version?: string;
	/** Host header; null sends none. */
	host?: string | null;
	/** Content-Type header; null sends none. */
	contentType?: string | Buffer | null;
	headers?: Array<[string, string | Buffer]>;
	body?: string | Buffer;
	/** The right Content-Length, chunked in random sizes, no framing header, or a declared length. */
	framing?: 'length' | 'chunked' | 'none' | { contentLength: string };
	keepAlive?: boolean;
}

interface CaseDraft {
	label: string;
	pieces?: Buffer[];
	request?: HttpRequestSpec;
	pauseMs?: number;
	endAfterSend?: boolean;
	resetAfterSend?: boolean;
	methods?: string[];
	routeMustAnswer?: boolean;
	expectStatuses?: number[] | null;
}

/** Builds cases for one seed; `secrets` collects the tails of the case being built. */
class CaseBuilder {
	readonly random: SeededRandom;
	#tokenCount = 0;
	secrets: string[] = [];

	constructor(seed: number) {
		this.random = new SeededRandom(seed);
	}

	/** A fresh demo-like token with a tail no other case uses; its tail is recorded as a secret. */
	token(prefix: string = this.random.pick(prefixes)): string {
		const tail = `fz${(this.#tokenCount++).toString(36).padStart(4, '0')}${this.random.text(10, lowerAlphanumeric)}`;
		this.secrets.push(tail);
		const behaviour = this.random.pick<DemoBehaviour | null>([...behaviours, null]);
		return `${prefix}${behaviour ? `demo_${behaviour}_` : ''}${tail}`;
	}

	/** The last tail recorded, for transforms that change it. */
	get lastTail(): string {
		return this.secrets.at(-1)!;
	}

	/** A token as people and programs mangle it: pasted, padded, invisible or odd characters, other scripts. */
	oddToken(): string {
		const random = this.random;
		const token = this.token(random.pick([...prefixes, ...prefixes, 'RA_LIVE_', 'ra_', 'Ra_Test_', 'sk_live_', 'ra-test-', '']));
		const tail = this.lastTail;
		const beforeTail = token.length - tail.length;
		switch (random.int(14)) {
			case 0:
				return random.pick([
					`  Bearer "${token}"\n`,
					`'${token}'`,
					`\u201c${token}\u201d`,
					`\t${token}\r\n`,
					`bearer\t${token}`,
					`"Bearer ${token}"`,
				]);
			case 1:
				return insertAt(token, random.int(beforeTail + 1), random.pick(invisibles));
			case 2:
				return random.pick([`\u202e${token}`, `${token}\u200f`, `\u202b${token}\u202c`, `\u2067${token}\u2069`]);
			case 3:
				return insertAt(token, random.pick([0, beforeTail, token.length]), random.pick(surrogates));
			case 4:
				return insertAt(token, random.pick([0, beforeTail, token.length]), random.pick(symbols));
			case 5:
				return insertAt(token, random.pick([0, beforeTail, token.length]), random.pick(controls));
			case 6:
				return fullWidth(token.slice(0, beforeTail)) + tail;
			case 7: {
				this.secrets.push(fullWidth(tail));
				return fullWidth(token);
			}
			case 8: {
				this.secrets.push(tail.toUpperCase());
				return token.toUpperCase();
			}
			case 9:
				// Cyrillic а and с where Latin a and c belong.
				return token.slice(0, beforeTail).replace('a', '\u0430').replace('c', '\u0441') + tail;
			case 10:
				return `${token}${'x'.repeat(random.between(480, 600))}`;
			case 11:
				return (random.chance(0.5) ? 'e\u0301' : '\u00e9') + token + random.pick(['\u0301', '\u0308', '\u20dd']);
			case 12:
				return `${token}${random.pick([' ', '\n', '\u3000', '\u00a0'])}${this.token()}`;
			default:
				return token;
		}
	}

	/** A JSON value that is either a string token (plain or odd) or something else entirely. */
	oddValue(): unknown {
		return this.random.pick<() => unknown>([
			() => this.token(),
			() => this.oddToken(),
			() => this.random.pick(environmentValues),
			() => this.random.pick([0, -0, 1e308, -1, 0.5, Number.MAX_SAFE_INTEGER + 2, true, false, null]),
			() => [this.token()],
			() => ({ token: this.token() }),
		])();
	}

	/** A token as its JSON string literal: usually JSON.stringify's, sometimes with characters needlessly escaped. */
	tokenLiteral(token = this.token()): string {
		switch (this.random.int(5)) {
			case 0:
				return `"${jsonEscapeAll(token)}"`;
			case 1: {
				// Escapes only the prefix: the route must still see `ra_test_…`.
				const cut = token.indexOf('_', 3) + 1;
				return `"${jsonEscapeAll(token.slice(0, cut))}${token.slice(cut)}"`;
			}
			case 2:
				return JSON.stringify(token).replaceAll('_', '\\u005f');
			default:
				return JSON.stringify(token);
		}
	}

	/** The body of a valid request: a token and, usually, the environment its prefix names. */
	validBody(token = this.token()): string {
		const environment = token.startsWith('ra_live_') ? 'production' : 'sandbox';
		const literal = this.tokenLiteral(token);
		return this.random.pick([
			`{"token":${literal}}`,
			`{"token":${literal},"environment":"${environment}"}`,
			`{"environment":"${environment}","token":${literal}}`,
			`{\n  "token": ${literal},\n  "environment": "${environment}"\n}\n`,
			`\r\n\t {\t"token"\r\n:\t${literal}\t}\t\r\n`,
		]);
	}

	/** Splits `body` into chunked framing with random chunk sizes, sometimes with extensions and trailers. */
	chunked(body: Buffer, { extensions = false, trailers = false } = {}): Buffer {
		const parts: Buffer[] = [];
		for (let at = 0; at < body.length;) {
			const size = Math.min(body.length - at, this.random.chance(0.3) ? 1 : this.random.between(1, 700));
			const sizeText = this.random.pick([size.toString(16), size.toString(16).toUpperCase(), `000${size.toString(16)}`]);
			const extension = extensions ? this.random.pick([';a=b', ';token="x"', `;${this.token()}`, ';x;y=""', '']) : '';
			parts.push(Buffer.from(`${sizeText}${extension}\r\n`), body.subarray(at, at + size), Buffer.from('\r\n'));
			at += size;
		}
		const trailer = trailers
			? this.random.pick([`X-Trailer: ${this.token()}\r\n`, 'Content-Type: text/plain\r\n', 'X-A: 1\r\nX-B: 2\r\n'])
			: '';
		parts.push(Buffer.from(`0\r\n${trailer}\r\n`));
		return Buffer.concat(parts);
	}

	/** The bytes of one request. */
	request(spec: HttpRequestSpec): Buffer {
		const {
			method = 'POST',
			target = '/api/connection-test',
			version = 'HTTP/1.1',
			host = 'help.test',
			contentType = 'application/json',
		} = spec;
		const body = typeof spec.body === 'string' ? Buffer.from(spec.body) : (spec.body ?? Buffer.alloc(0));
		const framing = spec.framing ?? 'length';
		const lines: Array<string | Buffer> = [`${method} ${target} ${version}`];
		if (host !== null) lines.push(`Host: ${host}`);
		if (contentType !== null) lines.push(Buffer.concat([Buffer.from('Content-Type: '), Buffer.from(contentType)]));
		for (const [name, value] of spec.headers ?? []) lines.push(Buffer.concat([Buffer.from(`${name}: `), Buffer.from(value)]));
		let payload = body;
		if (framing === 'length') lines.push(`Content-Length: ${body.length}`);
		else if (framing === 'chunked') {
			lines.push('Transfer-Encoding: chunked');
			payload = this.chunked(body, { extensions: this.random.chance(0.2), trailers: this.random.chance(0.2) });
		} else if (framing !== 'none') lines.push(`Content-Length: ${framing.contentLength}`);
		lines.push(spec.keepAlive ? 'Connection: keep-alive' : 'Connection: close');
		const head = Buffer.concat(lines.flatMap((line) => [Buffer.from(line), Buffer.from('\r\n')]));
		return Buffer.concat([head, Buffer.from('\r\n'), payload]);
	}

	finish(index: number, category: FuzzCategory, draft: CaseDraft): FuzzCase {
		const pieces = draft.pieces ?? [this.request(draft.request ?? {})];
		const fuzzCase: FuzzCase = {
			index,
			category,
			label: draft.label,
			pieces,
			pauseMs: draft.pauseMs ?? 0,
			endAfterSend: draft.endAfterSend ?? false,
			resetAfterSend: draft.resetAfterSend ?? false,
			methods: draft.methods ?? [draft.request?.method ?? 'POST'],
			routeMustAnswer: draft.routeMustAnswer ?? true,
			expectStatuses: draft.expectStatuses ?? null,
			secrets: this.secrets,
		};
		this.secrets = [];
		return fuzzCase;
	}
}

type CaseMaker = (builder: CaseBuilder) => CaseDraft;

/** Answers the route may give a request whose body is over the cap: 413, or a reset before it is read. */
const tooLarge = { routeMustAnswer: false, expectStatuses: [413] };

const makers: Record<Exclude<FuzzCategory, 'slow'>, CaseMaker> = {
	'well-formed': (b) => ({
		label: 'a valid request',
		request: {
			body: b.validBody(),
			contentType: b.random.pick(['application/json', 'application/json; charset=utf-8', 'application/json;charset=UTF-8']),
		},
		expectStatuses: [200],
	}),

	'malformed-json': (b) => {
		const random = b.random;
		const valid = b.validBody();
		const junk = [
			'',
			' ',
			'\n\r\t',
			'{',
			'}',
			'[',
			'"',
			'{"token"}',
			`{'token':'${b.token()}'}`,
			`{token: "${b.token()}"}`,
			`{"token": "${b.token()}",}`,
			`{"token": "${b.token()}"} trailing`,
			`{"token": "${b.token()}"}{"token": "${b.token()}"}`,
			`/* comment */ {"token": "${b.token()}"}`,
			`{"token": "${b.token()}" // comment\n}`,
			'undefined',
			'NaN',
			'{"token": NaN}',
			'{"token": Infinity}',
			'{"token": -Infinity}',
			'{"token": 0x1F}',
			'{"token": 01}',
			'{"token": .5}',
			'{"token": -}',
			'{"token": tru}',
			'nul',
			'{"token": "\\x41"}',
			'{"token": "\\u12"}',
			'{"token": "\\uZZZZ"}',
			`{"token": "${b.token()}\\"}`,
			`{"token": "a\nb${b.token()}"}`,
			`{"token": "\t${b.token()}"}`,
			'{"a":1 "b":2}',
			'{,}',
			'{"token"::"x"}',
			`{"token": "${b.token()}"`,
			`{"token": ${b.token()}}`,
			`token=${b.token()}`,
			`{"token": "${b.token()}"}\u0000`,
			`\u0000{"token": "${b.token()}"}`,
		];
		switch (random.int(4)) {
			case 0: {
				// Anywhere before the last character that matters (a cut in trailing whitespace is no cut).
				const cut = random.int(byteLength(valid.trimEnd()));
				return {
					label: `a valid body cut after ${cut} bytes`,
					request: { body: Buffer.from(valid).subarray(0, cut) },
					expectStatuses: [400],
				};
			}
			case 1: {
				// A few random byte edits of a valid body: may still parse, mostly does not.
				const bytes = [...Buffer.from(valid)];
				for (let edits = random.between(1, 4); edits > 0; edits--) {
					const at = random.int(bytes.length);
					const byte = random.chance(0.8) ? random.between(0x20, 0x7e) : random.int(256);
					random.pick([() => (bytes[at] = byte), () => bytes.splice(at, 0, byte), () => bytes.splice(at, 1)])();
				}
				return { label: 'a valid body with random byte edits', request: { body: Buffer.from(bytes) } };
			}
			case 2: {
				const body = random.pick(junk);
				return { label: `malformed JSON ${JSON.stringify(body.slice(0, 24))}`, request: { body }, expectStatuses: [400] };
			}
			default: {
				const length = random.between(1, 300);
				const body = random.chance(0.5)
					? random.text(length, '{}[]":,\\ tnulrefas0123456789.-+eE_')
					: Buffer.from(Array.from({ length }, () => random.int(256)));
				return { label: `${length} random ${typeof body === 'string' ? 'JSON characters' : 'bytes'}`, request: { body } };
			}
		}
	},

	'deep-nesting': (b) => {
		const random = b.random;
		const depth = random.pick([64, 500, 1000, 2000, 2040, 4096, 10_000, 10_000, 50_000]);
		const shapes: Array<[string, string]> = [
			['unclosed [', '['.repeat(depth)],
			['balanced []', '['.repeat(depth) + ']'.repeat(depth)],
			['unclosed {"a":', '{"a":'.repeat(depth)],
			['balanced {"a":…}', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`],
			['a nested token', `{"token":${'['.repeat(depth)}${JSON.stringify(b.token())}${']'.repeat(depth)}}`],
			['nested environment', `{"token":${JSON.stringify(b.token())},"environment":${'{"e":'.repeat(depth)}0${'}'.repeat(depth)}}`],
			['nested __proto__', `{"token":${JSON.stringify(b.token())},"__proto__":${'{"__proto__":'.repeat(depth)}{}${'}'.repeat(depth)}}`],
			['mixed, unclosed', Array.from({ length: depth }, () => random.pick(['[', '{"a":', '[{"b":'])).join('')],
		];
		const [shape, body] = random.pick(shapes);
		const framing = random.chance(0.3) ? ('chunked' as const) : ('length' as const);
		return {
			label: `${shape}, depth ${depth}, ${framing}`,
			request: { body, framing },
			...(byteLength(body) > maximumRequestBytes ? tooLarge : { expectStatuses: [400] }),
		};
	},

	'huge-strings': (b) => {
		const random = b.random;
		const token = b.token();
		const size = random.pick([
			maximumRequestBytes - 2,
			maximumRequestBytes - 1,
			maximumRequestBytes,
			maximumRequestBytes + 1,
			maximumRequestBytes + 2,
			5000,
			8192,
			65_536,
			random.between(100, 4000),
		]);
		const filler = random.pick(['a', ' ', '\\n', 'é', '😀', '\\ud800', '\u200b']);
		const template = random.pick([
			(fill: string) => `{"token":"${token}${fill}"}`,
			(fill: string) => `{"token":"${fill}${token}"}`,
			(fill: string) => `{"token":"${token}","environment":"${fill}"}`,
			(fill: string) => `{"token":"${token}","${fill}":1}`,
			(fill: string) => `{"token":"${token}"}${fill.replace(/[^ ]/g, ' ')}`,
			(fill: string) => `["${fill}","${token}"]`,
		]);
		// Grow the filler to just under `size` bytes, then pad with ASCII to land on it exactly.
		const base = byteLength(template(''));
		const unit = byteLength(filler);
		let fill = filler.repeat(Math.max(0, Math.floor((size - base) / unit)));
		fill += 'a'.repeat(Math.max(0, size - base - byteLength(fill)));
		const body = template(fill);
		const framing = random.chance(0.25) ? ('chunked' as const) : ('length' as const);
		return {
			label: `${byteLength(body)} bytes of ${JSON.stringify(filler)} (${framing})`,
			request: { body, framing },
			...(byteLength(body) > maximumRequestBytes ? tooLarge : { expectStatuses: [200, 400] }),
		};
	},

	'odd-numbers': (b) => {
		const random = b.random;
		const number = random.pick([
			'1e309',
			'-1e309',
			'-0',
			'-0.0e-0',
			'1e-400',
			'5e-324',
			'1.7976931348623157e308',
			'9007199254740993',
			'123456789012345678901234567890',
			'0.000000000000000000000000000000000000001',
			'1E+2',
			'1e00000000000000000000000000001',
			'-'.concat('9'.repeat(random.between(300, 4000))),
			'9'.repeat(random.between(20, 4050)),
			`0.${'1'.repeat(random.between(20, 3000))}`,
		]);
		const body = random.pick([
			number,
			`{"token":${number}}`,
			`{"token":${JSON.stringify(b.token())},"environment":${number}}`,
			`{"token":${JSON.stringify(b.token())},"n":${number}}`,
			`{"token":[${number},${JSON.stringify(b.token())}]}`,
			`[${number}]`,
		]);
		return {
			label: `the number ${number.slice(0, 24)}${number.length > 24 ? `… (${number.length} digits)` : ''}`,
			request: { body },
			...(byteLength(body) > maximumRequestBytes ? tooLarge : { expectStatuses: [400] }),
		};
	},

	'wrong-shape': (b) => {
		const token = b.token();
		const literal = JSON.stringify(token);
		const body = b.random.pick([
			`[${literal}]`,
			`[{"token":${literal}}]`,
			literal,
			'null',
			'true',
			'false',
			'42',
			'""',
			'[]',
			'{}',
			`{"token":null}`,
			`{"token":true}`,
			`{"token":[${literal}]}`,
			`{"token":{"value":${literal}}}`,
			`{"token":{}}`,
			`{"environment":"sandbox"}`,
			`{"tokens":${literal}}`,
			`{"Token":${literal}}`,
			`{"token ":${literal}}`,
			`{"":${literal}}`,
			`{${literal}:${literal}}`,
			`{"token":${literal},"environment":${JSON.stringify(b.random.pick(environmentValues))}}`,
			`{"token":${literal},"environment":"sandbox","extra":${JSON.stringify(b.oddValue())}}`,
		]);
		return { label: `shape ${body.replace(/fz\w+/g, '…').slice(0, 40)}`, request: { body }, expectStatuses: [200, 400] };
	},

	'prototype-keys': (b) => {
		const random = b.random;
		const key = random.pick([
			'__proto__',
			'constructor',
			'prototype',
			'__defineGetter__',
			'hasOwnProperty',
			'toString',
			'valueOf',
			'toJSON',
			'\\u005f\\u005fproto\\u005f\\u005f',
			'then',
		]);
		const literal = JSON.stringify(b.token());
		const polluting = random.pick([
			'{"environment":"production"}',
			'{"token":"ra_test_polluted_from_the_prototype"}',
			'{"prototype":{"environment":"production","polluted":true}}',
			`{"token":${literal}}`,
			'{"polluted":true}',
			'null',
			'"x"',
			'[]',
			'1',
			`{"__proto__":{"__proto__":{"environment":"production"}}}`,
		]);
		const body = random.pick([
			`{"token":${literal},"${key}":${polluting}}`,
			`{"${key}":${polluting},"token":${literal}}`,
			`{"${key}":${polluting}}`,
			`{"token":{"${key}":${polluting}}}`,
			`{"token":${literal},"environment":{"${key}":${polluting}}}`,
			`{"${key}":${polluting},"${key}":${polluting},"token":${literal}}`,
			`{"constructor":{"prototype":${polluting}},"token":${literal}}`,
			`[{"${key}":${polluting}}]`,
		]);
		return { label: `${key} → ${polluting.replace(/fz\w+/g, '…').slice(0, 40)}`, request: { body }, expectStatuses: [400] };
	},

	'duplicate-keys': (b) => {
		const random = b.random;
		const valid = JSON.stringify(b.token());
		const other = JSON.stringify(random.pick([b.token(), b.oddToken(), 'ra_test_short', '']));
		const invalid = JSON.stringify(random.pick<unknown>([null, 5, [], {}, true]));
		const [label, body] = random.pick<[string, string]>([
			['a valid token, then an invalid one', `{"token":${valid},"token":${invalid}}`],
			['an invalid token, then a valid one', `{"token":${invalid},"token":${valid}}`],
			['two string tokens', `{"token":${valid},"token":${other}}`],
			['three tokens', `{"token":${other},"token":${valid},"token":${other}}`],
			['two environments', `{"token":${valid},"environment":"sandbox","environment":"production"}`],
			['a key spelled with an escape', `{"token":${other},"\\u0074oken":${valid}}`],
			['keys differing in case', `{"token":${valid},"TOKEN":${other}}`],
			['a composed and a decomposed key', `{"token":${valid},"tok\u00e9n":${other},"toke\u0301n":${other}}`],
		]);
		return { label, request: { body }, expectStatuses: [200, 400] };
	},

	unicode: (b) => {
		const random = b.random;
		const token = b.oddToken();
		const literal = JSON.stringify(token);
		const body = random.pick([
			`{"token":${literal}}`,
			`{"token":${literal},"environment":"${random.pick(['sandbox', 'production'])}"}`,
			`\ufeff{"token":${literal}}`,
			`{"token":${literal}}\ufeff`,
			`{"${random.pick(['ｔｏｋｅｎ', 'token\u200b', '\u202etoken', 'tok\u0435n', 'to\u00adken', '\ud800', '😀'])}":${literal}}`,
			`{"token":${literal},"environment":"${random.pick(['ｓａｎｄｂｏｘ', 'sandbox\u200b', '\u202esandbox', 'sandbox\\u0000', 'sandbo\u0445', 'sand\\ud800box'])}"}`,
			`{"token":"${jsonEscapeAll(token)}"}`,
		]);
		return { label: `token ${JSON.stringify(token.replace(/fz\w+/g, '…')).slice(0, 50)}`, request: { body }, expectStatuses: [200, 400] };
	},

	'invalid-utf8': (b) => {
		const random = b.random;
		const token = b.token();
		const bad = Buffer.from(random.pick(invalidUtf8));
		const at = token.indexOf('_', 3) + 1;
		const [label, body] = random.pick<[string, Buffer]>([
			[
				'bad bytes inside the token',
				Buffer.concat([Buffer.from(`{"token":"${token.slice(0, at)}`), bad, Buffer.from(`${token.slice(at)}"}`)]),
			],
			['bad bytes after the token', Buffer.concat([Buffer.from(`{"token":"${token}`), bad, Buffer.from('"}')])],
			['bad bytes between fields', Buffer.concat([Buffer.from(`{"token":"${token}",`), bad, Buffer.from('"environment":"sandbox"}')])],
			['bad bytes first', Buffer.concat([bad, Buffer.from(`{"token":"${token}"}`)])],
			['bad bytes in a key', Buffer.concat([Buffer.from(`{"tok`), bad, Buffer.from(`en":"${token}"}`)])],
			['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`{"token":"${token}"}`, 'utf16le')])],
			['UTF-16LE without a BOM', Buffer.from(`{"token":"${token}"}`, 'utf16le')],
			['Latin-1', Buffer.from(`{"token":"${token}\u00e9"}`, 'latin1')],
			['a UTF-8 BOM first (valid)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`{"token":"${token}"}`)])],
			['two UTF-8 BOMs first', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from(`{"token":"${token}"}`)])],
			[
				'a raw NUL in the token',
				Buffer.concat([Buffer.from(`{"token":"${token.slice(0, at)}`), Buffer.from([0]), Buffer.from(`${token.slice(at)}"}`)]),
			],
		]);
		return {
			label: `${label} (${bad.toString('hex')})`,
			request: {
				body,
				contentType: random.pick(['application/json', 'application/json; charset=utf-16', 'application/json; charset=latin1']),
			},
			expectStatuses: [200, 400],
		};
	},

	'content-type': (b) => {
		const random = b.random;
		const token = b.token();
		const typeWithToken = b.token();
		const contentType = random.pick<string | null>([
			null,
			'',
			' ',
			'APPLICATION/JSON',
			'Application/Json; Charset=UTF-8',
			'application/json;charset=utf-16',
			'application/json; charset="utf-8"',
			'application/json;;;',
			'application/json ;',
			'\tapplication/json\t',
			'application/json, text/plain',
			'application/jsonx',
			'application/json-patch+json',
			'application/ld+json',
			'text/json',
			'text/plain',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=----x',
			'*/*',
			';application/json',
			'application',
			`application/json; token=${typeWithToken}`,
			`application/json; ${'p=v; '.repeat(random.between(10, 400))}`,
			typeWithToken,
			`application/${typeWithToken}`,
			`text/${typeWithToken}; charset=utf-8`,
			'x'.repeat(random.between(90, 6000)),
		]);
		const duplicate = random.chance(0.2) ? random.pick(['text/plain', 'application/json']) : null;
		// Node keeps the first of two Content-Type headers.
		const mediaType = (contentType ?? duplicate)?.split(';')[0]?.trim().toLowerCase();
		return {
			label: `Content-Type ${JSON.stringify(contentType?.replace(/ra_\w+/g, '<token>').slice(0, 40) ?? null)}${duplicate ? ` and ${duplicate}` : ''}`,
			request: { body: b.validBody(token), contentType, headers: duplicate ? [['Content-Type', duplicate]] : [] },
			expectStatuses: mediaType === 'application/json' ? [200] : [415],
		};
	},

	'odd-headers': (b) => {
		const random = b.random;
		const token = b.token();
		const [label, headers, spec, routeMustAnswer] = random.pick<
			[string, Array<[string, string | Buffer]>, Partial<HttpRequestSpec>, boolean]
		>([
			['the token as a bearer', [['Authorization', `Bearer ${b.token()}`]], {}, true],
			['the token in a cookie', [['Cookie', `token=${b.token()}; other=1`]], {}, true],
			['the token in X-Api-Key', [['X-Api-Key', b.token()]], {}, true],
			['the token in the query', [], { target: `/api/connection-test?token=${b.token()}` }, true],
			['a trailing slash and a query', [], { target: '/api/connection-test/?a=1&a=2' }, true],
			['no Host (HTTP/1.1)', [], { host: null }, false],
			['no Host (HTTP/1.0)', [], { host: null, version: 'HTTP/1.0' }, true],
			['an odd Host', [], { host: random.pick(['', 'help.test:99999', '[::1]', 'a b', `${b.token()}.example`, 'help.test.']) }, false],
			['two Hosts', [['Host', 'attacker.example']], {}, false],
			[
				'forwarded headers, untrusted',
				[
					['X-Forwarded-For', '1.2.3.4, <script>'],
					['X-Forwarded-Host', 'attacker.example'],
					['Forwarded', 'for=unknown'],
				],
				{},
				true,
			],
			['Expect: 100-continue', [['Expect', '100-continue']], {}, true],
			['an unknown Expect', [['Expect', 'the-unexpected']], {}, false],
			['8 KB of User-Agent', [['User-Agent', 'u'.repeat(8000)]], {}, true],
			['100 headers', Array.from({ length: 100 }, (_, i): [string, string] => [`X-H${i}`, `${i}`]), {}, true],
			['a 20 KB header (over Node’s limit)', [['X-Big', 'b'.repeat(20_000)]], {}, false],
			['a header value with raw non-ASCII bytes', [['X-Name', Buffer.from([0x68, 0xe9, 0xff, 0xfe, 0x80])]], {}, true],
			['a header value with a NUL', [['X-Nul', Buffer.from([0x61, 0x00, 0x62])]], {}, false],
			['a header name with a space', [['X Bad', '1']], {}, false],
			['a header name with a colon-space inside', [['X-A : b', '1']], {}, false],
			['a folded header line', [['X-Fold', 'a\r\n  b']], {}, false],
			['a bare CR in a value', [['X-CR', 'a\rb']], {}, false],
			[
				'lower- and upper-case framing names',
				[],
				{
					framing: 'none',
					headers: [
						['content-length', '0'],
						['CONTENT-LENGTH', '0'],
					],
				},
				false,
			],
			['Accept that wants no JSON', [['Accept', 'text/html;q=1, application/json;q=0']], {}, true],
			['Accept-Encoding: br, gzip', [['Accept-Encoding', 'br, gzip, *']], {}, true],
			[
				'Sec-Fetch headers of a cross-site request',
				[
					['Sec-Fetch-Site', 'cross-site'],
					['Sec-Fetch-Mode', 'cors'],
				],
				{},
				true,
			],
		]);
		return {
			label,
			request: { body: b.validBody(token), ...spec, headers: [...headers, ...(spec.headers ?? [])] },
			routeMustAnswer,
		};
	},

	origin: (b) => {
		const random = b.random;
		const [origin, allowed] = random.pick<[string | Buffer, boolean | null]>([
			['null', false],
			['', false],
			['https://attacker.example', false],
			['http://help.test', true],
			['http://HELP.TEST', true],
			['http://help.test:80', true],
			['https://help.test', true],
			['http://help.test/some/path', true],
			['https://help.test.attacker.example', false],
			['http://help.test@attacker.example', false],
			['http://attacker.example#@help.test', false],
			['file://', false],
			['chrome-extension://abcdefghijklmnop', false],
			['http://[::1]', false],
			['http://help.test, https://attacker.example', false],
			[`https://${b.token()}.example`, false],
			[Buffer.from('http://h\u00e9lp.test'), false],
			['http://xn--hlp-dma.test', false],
			['javascript:alert(1)', false],
			['http://help.test:99999', false],
			[' http://help.test ', true],
		]);
		const twice = random.chance(0.1);
		return {
			label: `Origin ${JSON.stringify(origin.toString().replace(/ra_\w+/g, '<token>'))}${twice ? ' twice' : ''}`,
			request: {
				body: b.validBody(),
				headers: twice
					? [
							['Origin', origin],
							['Origin', origin],
						]
					: [['Origin', origin]],
			},
			expectStatuses: allowed && !twice ? [200] : allowed === false ? [403] : null,
		};
	},

	'content-length': (b) => {
		const random = b.random;
		const body = Buffer.from(b.validBody());
		const [label, contentLength, endAfterSend, routeMustAnswer, expectStatuses] = random.pick<
			[string, string, boolean, boolean, number[] | null]
		>([
			['shorter than the body', String(random.int(body.length)), false, false, null],
			['zero, with a body', '0', false, false, null],
			['longer than the body, then the client stops', String(body.length + random.between(1, 200)), true, false, null],
			['over the cap, with a short body', String(maximumRequestBytes + random.between(1, 1_000_000)), false, true, [413]],
			['far over any integer', '99999999999999999999999', false, false, null],
			['negative', '-1', false, false, null],
			['not a number', random.pick(['abc', '0x10', '1e3', '+5', '', ' ', '1 2', '١٢']), false, false, null],
			['padded with spaces', ` ${body.length} `, false, true, null],
			['with leading zeros', `000${body.length}`, false, true, null],
		]);
		const twice = random.chance(0.15);
		return {
			label: `Content-Length ${label}${twice ? ', sent twice' : ''}`,
			request: {
				body,
				framing: { contentLength },
				headers: twice ? [['Content-Length', random.pick([contentLength, String(body.length)])]] : [],
			},
			endAfterSend,
			routeMustAnswer: routeMustAnswer && !twice,
			expectStatuses: twice ? null : expectStatuses,
		};
	},

	chunked: (b) => {
		const random = b.random;
		const body = Buffer.from(random.chance(0.8) ? b.validBody() : `{"token":"${b.token()}${'a'.repeat(random.between(4000, 6000))}"}`);
		const variant = random.int(8);
		if (variant <= 3) {
			return {
				label: `${body.length} bytes, chunked`,
				request: { body, framing: 'chunked' },
				...(body.length > maximumRequestBytes ? tooLarge : { expectStatuses: [200] }),
			};
		}
		const [label, payload, headers] = random.pick<[string, Buffer, Array<[string, string]>]>([
			['only the last chunk', Buffer.from('0\r\n\r\n'), [['Transfer-Encoding', 'chunked']]],
			[
				'a chunk size that is not hex',
				Buffer.concat([Buffer.from('zz\r\n'), body, Buffer.from('\r\n0\r\n\r\n')]),
				[['Transfer-Encoding', 'chunked']],
			],
			[
				'a chunk longer than declared',
				Buffer.concat([Buffer.from('2\r\n'), body, Buffer.from('\r\n0\r\n\r\n')]),
				[['Transfer-Encoding', 'chunked']],
			],
			['a huge chunk size', Buffer.concat([Buffer.from('ffffffffffffffffffff\r\n'), body]), [['Transfer-Encoding', 'chunked']]],
			['a negative chunk size', Buffer.concat([Buffer.from('-5\r\n'), body]), [['Transfer-Encoding', 'chunked']]],
			[
				'space before a chunk extension (strict parsers refuse it)',
				Buffer.concat([Buffer.from(`${body.length.toString(16)} ;x\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]),
				[['Transfer-Encoding', 'chunked']],
			],
			[
				'chunks without CRLF',
				Buffer.concat([Buffer.from(`${body.length.toString(16)}\n`), body, Buffer.from('0\n\n')]),
				[['Transfer-Encoding', 'chunked']],
			],
			[
				'chunked and a Content-Length',
				b.chunked(body),
				[
					['Transfer-Encoding', 'chunked'],
					['Content-Length', String(body.length)],
				],
			],
			['chunked, not last', b.chunked(body), [['Transfer-Encoding', 'chunked, identity']]],
			[
				'chunked twice',
				b.chunked(body),
				[
					['Transfer-Encoding', 'chunked'],
					['Transfer-Encoding', 'chunked'],
				],
			],
			['CHUNKED in capitals', b.chunked(body), [['Transfer-Encoding', 'CHUNKED']]],
			['gzip, then chunked (body not gzipped)', b.chunked(body), [['Transfer-Encoding', 'gzip, chunked']]],
			['an unknown coding', body, [['Transfer-Encoding', 'x-unknown']]],
			[
				'a chunk cut short, then the client stops',
				Buffer.concat([Buffer.from(`${(body.length + 10).toString(16)}\r\n`), body]),
				[['Transfer-Encoding', 'chunked']],
			],
		]);
		const request = b.request({ body: Buffer.alloc(0), framing: 'none', headers });
		return { label, pieces: [Buffer.concat([request, payload])], routeMustAnswer: false, endAfterSend: label.endsWith('stops') };
	},

	methods: (b) => {
		const random = b.random;
		const method = random.pick([
			'GET',
			'PUT',
			'PATCH',
			'DELETE',
			'HEAD',
			'OPTIONS',
			'OPTIONS',
			'TRACE',
			'SEARCH',
			'PROPFIND',
			'CONNECT',
			'post',
			'POSTX',
			'GET ',
		]);
		const headers: Array<[string, string]> =
			method === 'OPTIONS'
				? [
						['Origin', random.pick(['https://attacker.example', 'http://help.test', 'null'])],
						['Access-Control-Request-Method', random.pick(['POST', 'DELETE'])],
					]
				: [];
		const known = ['GET', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'TRACE', 'SEARCH', 'PROPFIND'].includes(method);
		return {
			label: `${method} with a body`,
			request: { method, body: b.validBody(), headers, target: method === 'CONNECT' ? 'help.test:443' : '/api/connection-test' },
			methods: [method],
			routeMustAnswer: known || method === 'OPTIONS',
			expectStatuses: known ? [405] : method === 'OPTIONS' ? [403] : null,
		};
	},

	pipelined: (b) => {
		const count = b.random.between(2, 5);
		const requests = Array.from({ length: count }, (_, i) =>
			b.request({
				body: b.random.chance(0.6)
					? b.validBody()
					: b.random.pick(['{', '[]', `{"token":${JSON.stringify(b.oddToken())}}`, '{"__proto__":{"environment":"production"}}']),
				framing: b.random.chance(0.3) ? 'chunked' : 'length',
				keepAlive: i < count - 1,
			}),
		);
		return { label: `${count} requests on one connection`, pieces: [Buffer.concat(requests)], methods: requests.map(() => 'POST') };
	},

	'hang-up': (b) => {
		const request = b.request({ body: b.validBody(), framing: b.random.chance(0.3) ? 'chunked' : 'length' });
		const headEnd = request.indexOf('\r\n\r\n') + 4;
		const [label, cut] = b.random.pick<[string, number]>([
			['mid-headers', b.random.between(1, headEnd - 1)],
			['after the headers', headEnd],
			['mid-body', b.random.between(headEnd + 1, request.length - 1)],
			// The whole request: the route is asking Remote when the client goes.
			['while the test runs', request.length],
		]);
		return {
			label: `a client that resets the connection ${label}`,
			pieces: [request.subarray(0, cut)],
			resetAfterSend: true,
			routeMustAnswer: false,
		};
	},
};

/** A slow client: the request in a few small pieces, split anywhere (inside a header, a UTF-8 sequence, a chunk). */
function slowCase(b: CaseBuilder): CaseDraft {
	const token = b.oddToken();
	const request = b.request({ body: `{"token":${JSON.stringify(`${token}é😀`)}}`, framing: b.random.chance(0.5) ? 'chunked' : 'length' });
	const cuts = [...new Set(Array.from({ length: b.random.between(4, 8) }, () => 1 + b.random.int(request.length - 1)))].sort(
		(x, y) => x - y,
	);
	const pieces = [0, ...cuts].map((start, i) => request.subarray(start, cuts[i] ?? request.length));
	return { label: `${pieces.length} pieces`, pieces, pauseMs: b.random.between(10, 40), expectStatuses: [200] };
}

/** How often each category comes up, relative to the others. */
const weights: Record<Exclude<FuzzCategory, 'slow'>, number> = {
	'well-formed': 8,
	'malformed-json': 12,
	'deep-nesting': 5,
	'huge-strings': 6,
	'odd-numbers': 5,
	'wrong-shape': 6,
	'prototype-keys': 7,
	'duplicate-keys': 5,
	unicode: 10,
	'invalid-utf8': 6,
	'content-type': 6,
	'odd-headers': 6,
	origin: 4,
	'content-length': 4,
	chunked: 5,
	methods: 3,
	pipelined: 3,
	'hang-up': 2,
};

/** `count` cases for `seed`, plus `slowCount` slow clients; the same arguments give the same bytes. */
export function generateFuzzCases(seed: number, count: number, slowCount = 6): FuzzCase[] {
	const builder = new CaseBuilder(seed);
	const categories = Object.keys(weights) as Array<keyof typeof weights>;
	const total = categories.reduce((sum, category) => sum + weights[category], 0);
	const cases: FuzzCase[] = [];
	for (let index = 0; index < slowCount; index++) cases.push(builder.finish(index, 'slow', slowCase(builder)));
	while (cases.length < count + slowCount) {
		let roll = builder.random.next() * total;
		const category = categories.find((candidate) => (roll -= weights[candidate]) < 0) ?? categories[0]!;
		cases.push(builder.finish(cases.length, category, makers[category](builder)));
	}
	return cases;
}
