/**
 * Why an INSIGHTS_TOKEN would be easy to guess, or null when it is not. Its length alone does not
 * say: `aaaaaaaaaaaaaaaaaaaaaaaa` and `passwordpasswordpassword` are long enough. A token made by
 * `openssl rand -hex 24` passes every rule by far.
 */
export function tokenWeakness(token: string): string | null {
	const distinctCharacters = new Set(token).size;
	if (distinctCharacters < 8) return `it uses only ${distinctCharacters} different characters`;
	// A word or a phrase: letters alone, all in one case. (Random letters mix both cases.)
	if (/^[a-z]+$/.test(token) || /^[A-Z]+$/.test(token)) return 'it is letters only, like a word or a phrase';
	// Repetition: in a random token nearly every pair of neighbours is new; a repeated word or
	// pattern (`abcabc…`, `passwordpassword…`) brings the same pairs back again and again.
	const pairs = new Set(Array.from({ length: token.length - 1 }, (_, index) => token.slice(index, index + 2)));
	if (pairs.size / (token.length - 1) < 0.6) return 'it repeats itself';
	// Shannon entropy of its characters, times its length: at least 64 bits of apparent randomness
	// (24 random hex characters, the shortest token allowed, measure about 90, rarely under 80).
	const counts = new Map<string, number>();
	for (const character of token) counts.set(character, (counts.get(character) ?? 0) + 1);
	const bitsPerCharacter = [...counts.values()].reduce((bits, count) => {
		const share = count / token.length;
		return bits - share * Math.log2(share);
	}, 0);
	if (bitsPerCharacter * token.length < 64) return 'its characters are too predictable';
	return null;
}
