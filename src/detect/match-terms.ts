/**
 * Finds rule terms in a field's words and decides, from the words around a term, whether the field is the
 * data itself (billing_address_2, phone_home) or something about it (email_verified, has_shipping_address).
 */
import type { Exclusion } from './types.js';
import type { CompiledRule, CompiledRules } from './compile.js';
import { containsTerm } from './context.js';

export interface TermMatch {
  rule: CompiledRule;
  term: string[];
  prefix: string[];
  suffix: string[];
  /** A person noun before or after the term: customerName, nom_destinataire, contact_email. */
  personNoun?: string;
}

function lastIndexOf(words: string[], term: string[]): number {
  outer: for (let i = words.length - term.length; i >= 0; i--) {
    for (let j = 0; j < term.length; j++) if (words[i + j] !== term[j]) continue outer;
    return i;
  }
  return -1;
}

function isTermOfOtherCategory(words: string[], category: string, rules: CompiledRules): string | undefined {
  for (const rule of rules.rules) {
    if (rule.category === category) continue;
    for (const term of rule.terms) if (term.length === words.length && term.every((w, i) => w === words[i])) return rule.category;
  }
  return undefined;
}

/**
 * Every rule whose term appears, with the verdict for it. Returns matches and the exclusions that explain
 * near misses.
 */
const cache = new WeakMap<CompiledRules, Map<string, { matches: TermMatch[]; excluded: Exclusion[] }>>();

/** Cached per rule set and word list: the same field names recur across a codebase. Callers must not mutate. */
export function matchTerms(words: string[], rules: CompiledRules): { matches: TermMatch[]; excluded: Exclusion[] } {
  let byWords = cache.get(rules);
  if (!byWords) cache.set(rules, (byWords = new Map()));
  const key = words.join(' ');
  let result = byWords.get(key);
  if (!result) {
    result = matchTermsUncached(words, rules);
    if (byWords.size > 50_000) byWords.clear();
    byWords.set(key, result);
  }
  return result;
}

function matchTermsUncached(words: string[], rules: CompiledRules): { matches: TermMatch[]; excluded: Exclusion[] } {
  const matches: TermMatch[] = [];
  const excluded: Exclusion[] = [];
  if (!words.some((w) => rules.termWords.has(w))) return { matches, excluded };

  const system = words.find((w) => rules.systemWords.has(w));
  for (const rule of rules.rules) {
    // The longest term of a rule that occurs, nearest the end (the head of an English compound).
    let found: { index: number; term: string[] } | undefined;
    for (const term of rule.terms) {
      const index = lastIndexOf(words, term);
      if (index < 0) continue;
      if (!found || index + term.length > found.index + found.term.length || (index + term.length === found.index + found.term.length && term.length > found.term.length)) {
        found = { index, term };
      }
    }
    if (!found) continue;
    const prefix = words.slice(0, found.index);
    const suffix = words.slice(found.index + found.term.length);
    const deny = rules.deny.get(rule.category)?.find((pattern) => containsTerm(words, pattern));
    if (deny) {
      excluded.push({ category: rule.category, ruleId: rule.id, reason: `deny:${deny.join('-')}` });
      continue;
    }
    if (system) {
      excluded.push({ category: rule.category, ruleId: rule.id, reason: `system:${system}` });
      continue;
    }
    const flag = prefix.find((w) => rules.denyPrefixes.has(w));
    if (flag) {
      excluded.push({ category: rule.category, ruleId: rule.id, reason: `qualifier:${flag}` });
      continue;
    }
    // `email address` is an email, not a postal address: the earlier term owns a later one it allows.
    let owned = false;
    for (let start = 0; start < prefix.length && !owned; start++) {
      const other = isTermOfOtherCategory(prefix.slice(start), rule.category, rules);
      if (other && rules.suffixes.get(other)?.has(found.term[0]!)) owned = true;
    }
    if (owned) continue;
    const categorySuffixes = rules.suffixes.get(rule.category);
    const badSuffix = suffix.find((w) => !(/^\d+$/.test(w) || rules.allowedSuffixes.has(w) || categorySuffixes?.has(w) || rules.personNouns.has(w) || isTermOfOtherCategory([w], '', rules) === rule.category));
    if (badSuffix) {
      excluded.push({ category: rule.category, ruleId: rule.id, reason: `qualifier:${badSuffix}` });
      continue;
    }
    // Only the word next to the term qualifies it: shipping_method_name is a method's name.
    const before = prefix[prefix.length - 1];
    const after = suffix[0];
    const personNoun = before && rules.personNouns.has(before) ? before : after && rules.personNouns.has(after) ? after : undefined;
    matches.push({ rule, term: found.term, prefix, suffix, ...(personNoun ? { personNoun } : {}) });
  }
  return { matches, excluded };
}
