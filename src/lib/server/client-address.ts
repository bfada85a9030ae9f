import { BlockList, isIP } from 'node:net';

/**
 * Who a client is, for the limits: the socket's peer, or, when that peer is a proxy the operator
 * named in `TRUST_PROXY`, the address the proxy says it saw. A header is only as trustworthy as
 * whoever wrote it, so `X-Forwarded-For` is read from named proxies alone, right to left, and its
 * first address that is not itself a named proxy is the client. A client that reaches the server
 * directly, or writes its own header, cannot choose its key.
 *
 * IPv6 clients are counted per /64, the block one subscriber line or host usually holds: counted
 * per address, a single machine would have 2^64 fresh allowances.
 */

/** The proxies named in `TRUST_PROXY`: addresses and CIDR ranges, IPv4 or IPv6. */
export interface TrustedProxies {
	/** Whether `address` (as a socket reports it, IPv4-mapped or not) is one of them. */
	includes(address: string): boolean;
	/** The entries as written, for the startup log and error messages. */
	readonly entries: readonly string[];
}

/** Why an entry of `TRUST_PROXY` is not an address or a CIDR range, or null when it is one. */
export function proxyEntryProblem(entry: string): string | null {
	const [address = '', prefix, ...rest] = entry.split('/');
	const family = isIP(address);
	if (family === 0 || rest.length > 0) return `"${entry}" is not an IP address or a CIDR range (such as 10.0.0.0/8 or fd00::/8)`;
	if (prefix === undefined) return null;
	const bits = Number(prefix);
	const most = family === 4 ? 32 : 128;
	if (!/^\d{1,3}$/.test(prefix) || bits > most) return `"${entry}": the prefix length must be 0 to ${most}`;
	return null;
}

/** The proxies in `entries`, each checked with {@link proxyEntryProblem} first. */
export function trustedProxiesOf(entries: readonly string[]): TrustedProxies {
	const list = new BlockList();
	for (const entry of entries) {
		const [address = '', prefix] = entry.split('/');
		const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
		if (prefix === undefined) list.addAddress(address, family);
		else list.addSubnet(address, Number(prefix), family);
	}
	return {
		entries,
		includes(address) {
			const plain = plainAddress(address);
			const family = isIP(plain);
			return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
		},
	};
}

export const noTrustedProxies: TrustedProxies = trustedProxiesOf([]);

/**
 * An address as one client: IPv4 from an IPv4-mapped IPv6 socket (`::ffff:10.0.0.1`), no zone
 * (`fe80::1%eth0`), no brackets or port (`[2001:db8::1]:443`, `203.0.113.7:5000`), as some
 * proxies write them. Anything else comes back as it was, and fails `isIP`.
 */
export function plainAddress(address: string): string {
	let plain = address.trim();
	const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(plain);
	if (bracketed) plain = bracketed[1]!;
	else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(plain)) plain = plain.slice(0, plain.lastIndexOf(':'));
	plain = plain.replace(/%.*$/, '');
	const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(plain);
	return mapped ? mapped[1]! : plain;
}

/** Who sent a request, decided once for everything that asks. */
export interface Client {
	/** The client's address (see {@link clientAddress}). */
	address: string;
	/** Whether the socket's peer is a trusted proxy, whose forwarded headers are believed. */
	viaTrustedProxy: boolean;
}

/**
 * The client's address: the socket's peer, unless the peer is a trusted proxy and sent
 * `X-Forwarded-For`; then the nearest forwarded address that is not a trusted proxy, if it is an
 * IP address at all (anything else leaves the proxy's own address, rather than a key the client wrote).
 */
export function clientAddress(peer: string, forwardedFor: string | null | undefined, proxies: TrustedProxies): Client {
	const socketPeer = plainAddress(peer);
	const viaTrustedProxy = proxies.includes(socketPeer);
	const client = (address: string): Client => ({ address, viaTrustedProxy });
	if (!forwardedFor || !viaTrustedProxy) return client(socketPeer);
	const hops = forwardedFor.split(',').map(plainAddress);
	for (let index = hops.length - 1; index >= 0; index--) {
		const hop = hops[index]!;
		if (isIP(hop) === 0) return client(socketPeer);
		if (!proxies.includes(hop)) return client(hop);
	}
	// Every hop is a trusted proxy: the request began at the first of them.
	return client(hops[0]!);
}

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail included). */
function ipv6Groups(address: string): number[] {
	const [head = '', tail] = address.toLowerCase().split('::');
	const groupsOf = (part: string) =>
		part === ''
			? []
			: part.split(':').flatMap((group) => {
					if (!group.includes('.')) return [parseInt(group, 16)];
					const [a, b, c, d] = group.split('.').map(Number) as [number, number, number, number];
					return [(a << 8) | b, (c << 8) | d];
				});
	const front = groupsOf(head);
	if (tail === undefined) return front;
	const back = groupsOf(tail);
	return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/** The rate-limit key of a client's address: IPv4 as it is, IPv6 as its /64 (`2001:db8:0:1::/64`). */
export function clientKey(address: string): string {
	if (isIP(address) !== 6) return address;
	return `${ipv6Groups(address)
		.slice(0, 4)
		.map((group) => group.toString(16))
		.join(':')}::/64`;
}
