/**
 * Splits compounds written without separators (kundetelefon, rechnungsadresse, telefoonnummer, XXFNAME) into
 * vocabulary words. A split is accepted only when every piece is a known word, or when the compound ends in a
 * compound head (adresse, telefon, nummer, ...) after an unknown modifier of three letters or more: so
 * `pastel` and `ethnicity` stay whole.
 */
import type { CompiledRules } from './compile.js';

// Per rule set: a policy's own vocabulary changes how a compound splits.
const caches = new WeakMap<CompiledRules, Map<string, string[]>>();
const MAX_CACHE = 50_000;

function best(word: string, rules: CompiledRules): string[] | undefined {
  const n = word.length;
  // pieces[i]: fewest known pieces covering word[i..]
  const pieces: (string[] | undefined)[] = new Array(n + 1);
  pieces[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    for (let j = n; j > i + 1; j--) {
      const piece = word.slice(i, j);
      const rest = pieces[j];
      if (!rest || (pieces[i] && pieces[i]!.length <= rest.length + 1)) continue;
      const known = rules.vocabulary.has(piece) ? piece : rest.length ? linkedStem(piece, rules) : undefined;
      if (known) pieces[i] = [known, ...rest];
    }
  }
  // A function word of two letters does not start a compound (`as|signed`, `de|signed`): a vendor prefix may (`my|surname`).
  if (pieces[0] && pieces[0].length > 1 && (pieces[0][0]!.length > 2 || rules.prefixes.has(pieces[0][0]!))) return pieces[0];
  // A vendor prefix glued on: xxfname, custemail.
  for (const prefix of rules.prefixes) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rules.termWords.has(rest)) return [prefix, rest];
  }
  // An unknown modifier before a compound head: rechnungs|adresse, bostedsadresse.
  for (let i = 3; i <= n - 3; i++) {
    const rest = pieces[i];
    // Every known piece after an unknown modifier must be a real word (4+ letters): bes|tel|nummer is not a phone.
    // A listed head may be shorter (`ekstra|adr`): it ends the word, where a short piece inside one (`tel`) would not.
    if (rest && rest.length >= 1 && rules.compoundHeads.has(rest[rest.length - 1]!) && rest.every((p, k) => p.length >= 4 || k === rest.length - 1)) return [word.slice(0, i), ...rest];
    // ...or before one whole term of seven letters or more (`ktoi|vorname`, a legacy account holder's given name): the
    // term is read whole, not as an unknown `ktoivor` before `name`.
    if (rest?.length === 1 && rest[0]!.length >= 7 && rules.termWords.has(rest[0]!)) return [word.slice(0, i), rest[0]!];
  }
  return undefined;
}

/**
 * A known word joined to the next by a linking `s` (German `Unternehmen|s|name`, Norwegian `bedrift|s|navn`), as
 * the word: read otherwise, `unternehmensname` split as `unternehmen|sname`, an abbreviated surname. The longer piece
 * is tried first, so the linked reading wins a tie.
 */
function linkedStem(piece: string, rules: CompiledRules): string | undefined {
  const stem = piece.slice(0, -1);
  return piece.endsWith('s') && stem.length >= 5 && rules.vocabulary.has(stem) ? stem : undefined;
}

export function decompose(word: string, rules: CompiledRules): string[] {
  if (rules.vocabulary.has(word) || word.length < 5 || word.length > 40 || /\d/.test(word)) return [word];
  let cache = caches.get(rules);
  if (!cache) caches.set(rules, (cache = new Map()));
  const cached = cache.get(word);
  if (cached) return cached;
  const result = best(word, rules) ?? [word];
  if (cache.size > MAX_CACHE) cache.clear();
  cache.set(word, result);
  return result;
}
