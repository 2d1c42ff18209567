/** What a field's container and siblings say: a person, an address, an organisation, settings, or a thing. */
import type { CompiledRules } from './compile.js';
import { decompose } from './decompose.js';
import { splitWords } from './split-words.js';

export type ContainerKind = 'person' | 'non-person' | 'organisation' | 'settings' | 'ui-text' | 'neutral';

interface Caches {
  words: Map<string, string[]>;
  containers: Map<string, { kind: ContainerKind; word?: string }>;
  siblings: Map<string, { person: boolean; address: boolean }>;
}

// Per compiled rule set: a policy's own terms change how names split and what containers mean, and one
// process (an editor, the test suite) may hold detectors for several policies.
const cachesByRules = new WeakMap<CompiledRules, Caches>();

function cachesOf(rules: CompiledRules): Caches {
  let caches = cachesByRules.get(rules);
  if (!caches) cachesByRules.set(rules, (caches = { words: new Map(), containers: new Map(), siblings: new Map() }));
  return caches;
}

/** Words of an identifier after compound splitting; identifiers repeat across a codebase, so they are cached. */
export function wordsOf(name: string, rules: CompiledRules): string[] {
  const cache = cachesOf(rules).words;
  let words = cache.get(name);
  if (!words) {
    words = splitWords(name).flatMap((w) => decompose(w, rules));
    if (cache.size > 100_000) cache.clear();
    cache.set(name, words);
  }
  return words;
}

function kindOf(word: string, rules: CompiledRules): ContainerKind | undefined {
  if (rules.textContainers.has(word)) return 'ui-text';
  if (rules.settingsContainers.has(word)) return 'settings';
  if (rules.organisationContainers.has(word)) return 'organisation';
  if (rules.nonPersonContainers.has(word)) return 'non-person';
  if (rules.personContainers.has(word)) return 'person';
  return undefined;
}

/**
 * The innermost container segment decides (Order.billing is billing), and within a segment its head word
 * (shipping_methods is methods, not shipping); other words only when the head says nothing (customer_entity).
 */
export function classifyContainer(container: string[] | undefined, rules: CompiledRules): { kind: ContainerKind; word?: string } {
  const cache = cachesOf(rules).containers;
  const key = container?.join('\u0000') ?? '';
  let cached = cache.get(key);
  if (!cached) {
    cached = classifyContainerUncached(container, rules);
    if (cache.size > 50_000) cache.clear();
    cache.set(key, cached);
  }
  return cached;
}

/** Words a container name carries for the code's sake (CustomerDto, user_entity, PublicUser). */
const TECHNICAL = new Set(['dto', 'entity', 'model', 'schema', 'input', 'type', 'public']);
const SCOPES = new Set(['workspace', 'tenant']);

/**
 * Head kinds that a word of the same name turns into a person's record. A person's own settings
 * (UserSettings, customer_preferences) hold that person's addresses, not the system's sender and support
 * addresses; a shipping label (ShippingLabel) is printed with a person's name and address, unlike a form's
 * labels (SignupLabels).
 */
const PERSON_QUALIFIER: Partial<Record<ContainerKind, (word: string, rules: CompiledRules) => boolean>> = {
  settings: (word, rules) => kindOf(word, rules) === 'person',
  'ui-text': (word, rules) => rules.mailedContainers.has(word),
};

function classifyContainerUncached(container: string[] | undefined, rules: CompiledRules): { kind: ContainerKind; word?: string } {
  for (const segment of [...(container ?? [])].reverse()) {
    const all = wordsOf(segment, rules);
    let words = all.filter((w) => !/^\d+$/.test(w) && !TECHNICAL.has(w));
    // `PersonWorkspaceEntity`, `InvoiceTenantModel`: a person (an invoice) stored per workspace or tenant.
    if (words.length > 1 && SCOPES.has(words[words.length - 1]!) && TECHNICAL.has(all[all.length - 1]!)) words = words.slice(0, -1);
    const head = words[words.length - 1];
    const headKind = head ? kindOf(head, rules) : undefined;
    const yieldsTo = headKind && PERSON_QUALIFIER[headKind];
    const qualifier = yieldsTo ? words.find((w) => yieldsTo(w, rules)) : undefined;
    if (qualifier) return { kind: 'person', word: qualifier };
    if (headKind) return { kind: headKind, word: head! };
    for (const word of [...words].reverse()) {
      const kind = kindOf(word, rules);
      if (kind) return { kind, word };
    }
  }
  return { kind: 'neutral' };
}

function containsTerm(words: string[], term: string[]): boolean {
  outer: for (let i = 0; i + term.length <= words.length; i++) {
    for (let j = 0; j < term.length; j++) if (words[i + j] !== term[j]) continue outer;
    return true;
  }
  return false;
}

export function classifySiblings(siblings: string[] | undefined, self: string, rules: CompiledRules): { person: boolean; address: boolean } {
  if (!siblings?.length) return { person: false, address: false };
  const cache = cachesOf(rules).siblings;
  const key = siblings.join('|');
  let cached = cache.get(key);
  if (!cached) {
    const lists = siblings.map((s) => wordsOf(s, rules));
    cached = {
      person: lists.some((w) => rules.personEvidence.some((t) => containsTerm(w, t))),
      address: lists.some((w) => rules.addressEvidence.some((t) => containsTerm(w, t))),
    };
    if (cache.size > 10_000) cache.clear();
    cache.set(key, cached);
  }
  // A field is not its own evidence: `email` beside `id` alone says nothing about `name`.
  if (cached.person && siblings.length === 1 && siblings[0] === self) return { person: false, address: cached.address };
  return cached;
}

export { containsTerm };
