/**
 * The lexicon: for each concept (given name, street, postcode, mobile, ...) the words of each language
 * (`rules/lexicon/<language>.yml`), and what each concept is (`rules/lexicon/concepts.yml`). Compiled into
 * the category rules the concepts name, so a new language is a new file, not new rules.
 */
import { readdirSync } from 'node:fs';
import { readRulesYaml } from '../cache/parsed-rules.js';
import { normalizeWord } from './normalize.js';
import { conceptsFileSchema, lexiconFileSchema } from './rule-schema.js';
import { precompiled } from '../cache/validators.js';

export interface Concept {
  rule: string;
  evidence?: 'person' | 'address' | 'place';
}

export interface LexiconFile {
  language: string;
  title?: string;
  concepts: Record<string, string[]>;
  personNouns?: string[];
  scoped?: string[];
  markers?: string[];
  /** The ending glued to a noun to make its genitive (Nordic `s`). */
  genitive?: string;
  /** Words joining a term's nouns that code leaves out (`nome de exibicao` written `nome_exibicao`). */
  linkWords?: string[];
}

export interface Lexicon {
  concepts: Record<string, Concept>;
  languages: LexiconFile[];
}

/** One term of the lexicon joined to its rule: scoped terms carry the languages they count in. */
export interface LexiconTerm {
  ruleId: string;
  term: string;
  concept: string;
  /** Present for scoped words: they count only in a record in one of these languages. */
  languages?: string[];
}

const LEXICON_DIR = new URL('../../rules/lexicon/', import.meta.url);
/** The `language` of files that belong to no language (ERP abbreviations): never used to infer one. */
export const ANY_LANGUAGE = 'any';

// Compiled at build time (src/cache/validators.ts), not at every start.
const validateConcepts = precompiled('lexicon-concepts-file', conceptsFileSchema);
const validateLexicon = precompiled('lexicon-file', lexiconFileSchema);

function fail(errors: typeof validateLexicon.errors, where: string): never {
  const first = errors?.[0];
  throw new Error(`invalid lexicon in ${where}: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim());
}

let loaded: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (loaded) return loaded;
  const conceptsFile = readRulesYaml(new URL('concepts.yml', LEXICON_DIR)) as { concepts: Record<string, Concept> };
  if (!validateConcepts(conceptsFile)) fail(validateConcepts.errors, 'rules/lexicon/concepts.yml');
  const files = readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.yml') && f !== 'concepts.yml').sort();
  const languages = files.map((file) => {
    const data = readRulesYaml(new URL(file, LEXICON_DIR)) as LexiconFile;
    if (!validateLexicon(data)) fail(validateLexicon.errors, `rules/lexicon/${file}`);
    for (const concept of Object.keys(data.concepts)) {
      if (!conceptsFile.concepts[concept]) throw new Error(`invalid lexicon in rules/lexicon/${file}: unknown concept "${concept}" (rules/lexicon/concepts.yml lists them)`);
    }
    return data;
  });
  loaded = { concepts: conceptsFile.concepts, languages };
  return loaded;
}

const words = (term: string) => term.split(/\s+/).filter(Boolean).map(normalizeWord);

/**
 * Every lexicon term with its rule. A word listed as `scoped` in a language counts only in that language's
 * records; the same word unscoped in another language (or a built-in rule) counts everywhere.
 */
export function lexiconTerms(lexicon: Lexicon): LexiconTerm[] {
  const byKey = new Map<string, LexiconTerm>();
  for (const file of lexicon.languages) {
    const scoped = new Set((file.scoped ?? []).map((t) => words(t).join(' ')));
    const links = new Set((file.linkWords ?? []).map(normalizeWord));
    for (const [concept, terms] of Object.entries(file.concepts)) {
      const ruleId = lexicon.concepts[concept]!.rule;
      for (const term of terms.flatMap((raw) => withoutLinkWords(words(raw), links))) {
        const key = `${ruleId}\u0000${term}`;
        const existing = byKey.get(key);
        const isScoped = scoped.has(term);
        if (!existing) byKey.set(key, { ruleId, term, concept, ...(isScoped ? { languages: [file.language] } : {}) });
        else if (!isScoped) delete existing.languages;
        else if (existing.languages && !existing.languages.includes(file.language)) existing.languages.push(file.language);
      }
    }
  }
  return [...byKey.values()];
}

/**
 * A term as written and, when a link word joins its nouns (`nome de exibicao`, `code du postal`), without it too: code
 * drops the preposition (`nome_exibicao`), and a term is a convention of the language, not of one spelling.
 */
function withoutLinkWords(term: string[], links: Set<string>): string[] {
  const joined = term.join(' ');
  if (links.size === 0 || term.length < 3) return [joined];
  const kept = term.filter((w, i) => i === 0 || i === term.length - 1 || !links.has(w));
  return kept.length === term.length || kept.length < 2 ? [joined] : [joined, kept.join(' ')];
}

/** The languages that can be inferred, sorted; their positions are the indexes `languageVocabulary` uses. */
export function inferableLanguages(lexicon: Lexicon): string[] {
  return [...new Set(lexicon.languages.map((l) => l.language).filter((l) => l !== ANY_LANGUAGE))].sort();
}

/** Word -> indexes (in `inferableLanguages`) of the languages whose lexicon has it; for telling a record's language. */
export function languageVocabulary(lexicon: Lexicon): Map<string, number[]> {
  const languages = inferableLanguages(lexicon);
  const vocabulary = new Map<string, number[]>();
  for (const file of lexicon.languages) {
    if (file.language === ANY_LANGUAGE) continue;
    const index = languages.indexOf(file.language);
    const scoped = new Set((file.scoped ?? []).map(normalizeWord));
    const all = [...Object.values(file.concepts).flat(), ...(file.personNouns ?? []), ...(file.markers ?? [])];
    for (const term of all) {
      for (const word of words(term)) {
        // Scoped words are what the language decides, never evidence for it; short words say too little.
        if (scoped.has(word) || word.length < 3) continue;
        const list = vocabulary.get(word);
        if (!list) vocabulary.set(word, [index]);
        else if (!list.includes(index)) list.push(index);
      }
    }
  }
  return vocabulary;
}
