/** What a declared type says: ruled out (flags, numbers, dates, ids), a category of its own, or nothing. */
import type { CompiledRules } from './compile.js';
import { wordsOf } from './context.js';
import { hasEmailLength } from './actor-address.js';

export type TypeVerdict =
  | { kind: 'text' }
  | { kind: 'ruled-out'; reason: string }
  | { kind: 'numeric' }
  | { kind: 'object'; name: string }
  | { kind: 'unknown' };

/** The type arguments of `Name<A, B>` at the top level, or undefined when `text` is not one generic. */
function genericOf(text: string): { name: string; args: string[] } | undefined {
  const open = text.indexOf('<');
  if (open <= 0 || !text.endsWith('>') || !/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(text.slice(0, open))) return undefined;
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < text.length - 1; i++) {
    const ch = text[i]!;
    if (ch === '<' || ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === '>' || ch === ')' || ch === ']' || ch === '}') {
      if (text[i - 1] === '=' && ch === '>') continue;
      if (--depth < 0) return undefined;
    } else if (ch === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  args.push(text.slice(start, text.length - 1).trim());
  const name = text.slice(0, open);
  return { name: name.slice(name.lastIndexOf('.') + 1), args };
}

/**
 * Strips nullability, arrays, SQL lengths and wrapper generics: `String?`, `string | null`, `varchar(255)`,
 * `Array<Email>`, `Field<string>`, `Answer<string | null>`, `Ref<string>`. A generic with one type argument
 * holds that argument (a form field, an observable, a Vue ref); one named in `opaqueGenerics` does not
 * (a `Repository<User>` is not a user) and is returned whole.
 */
function core(type: string, rules: CompiledRules): string {
  let text = type.trim();
  for (let step = 0; step < 8; step++) {
    const before = text;
    if (text.startsWith('(') && text.endsWith(')') && closingParen(text, 0) === text.length - 1) text = text.slice(1, -1).trim();
    if (text.includes('|')) text = text.replace(/\s*\|\s*(null|undefined)\b/g, '').replace(/^(null|undefined)\s*\|\s*/g, '').trim();
    if (text.startsWith('readonly ')) text = text.slice(9).trim();
    if (text.endsWith('?')) text = text.slice(0, -1).trim();
    if (text.endsWith('[]')) text = text.slice(0, -2).trim();
    if (text.endsWith('>')) {
      const generic = genericOf(text);
      if (generic && generic.args.length === 1 && !rules.opaqueGenerics.has(generic.name)) text = generic.args[0]!;
      else if (generic && rules.opaqueGenerics.has(generic.name)) return generic.name;
    }
    if (text === before) break;
  }
  // graphql-js's wrappers hold their argument's type: `new GraphQLNonNull(GraphQLString)`, `GraphQLList(adresse)`.
  const graphql = /^(?:new\s+)?(?:GraphQLNonNull|GraphQLList)\((.+)\)$/.exec(text);
  if (graphql) return core(graphql[1]!, rules);
  // Django's `ArrayField(models.EmailField())` holds values of its base field: read it as that field.
  const array = /^(?:[\w.]+\.)?ArrayField\((?:base_field\s*=\s*)?([\w.]+)/.exec(text);
  if (array) return array[1]!;
  return text.includes('(') ? text.replace(/\(.*\)$/, '').trim() : text;
}

/** The index of the parenthesis closing the one at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 40) depth++;
    else if (ch === 41 && --depth === 0) return i;
  }
  return -1;
}

/** `(v: string) => void`, `<T>(v: T) => T`, `async () => ...`, `new () => X`: a function or constructor type. */
function isFunctionType(text: string): boolean {
  let start = text.startsWith('new ') || text.startsWith('new(') ? text.indexOf('(') : text.startsWith('async ') ? text.indexOf('(') : 0;
  if (text.startsWith('<')) start = text.indexOf('(', text.indexOf('>'));
  if (start < 0 || text.charCodeAt(start) !== 40) return false;
  const close = closingParen(text, start);
  return close > 0 && /^\s*=>/.test(text.slice(close + 1));
}

/** Column and member types that hold plain text. */
// Oracle's `VARCHAR2(100 BYTE)`, `NVARCHAR2`, `NCLOB` are text too (upper case, they would read as a record type `VARCHAR2`).
const TEXT_TYPE = /^(string|text|varchar|varchar2|nvarchar2|nclob|char|character|citext|nvarchar|nchar|ntext|tinytext|mediumtext|longtext|clob|str|json|jsonb|object|any|unknown|stringfield|charfield|textfield)$/;

/** A form field of text named so in English or a Germanic lexicon language, an interface's `I` before it. */
const TEXT_FIELD = /^I?(?:Text|Tekst|String|Streng)(?:Field|Felt|Feld|Veld|Falt)(?:Value|Data)?$/;

const verdicts = new WeakMap<CompiledRules, Map<string, TypeVerdict>>();

/**
 * Whether a declared type may say a category whatever the name's words: a record named for it (capitalised: `Email`,
 * `PhoneNumber`) or text sized for an email address (actor-address.ts). Both early exits of the detector ask this.
 */
export function mayTellByType(type: string | undefined): boolean {
  return type !== undefined && (/^[A-Z]/.test(type) || hasEmailLength(type));
}

export function judgeType(type: string | undefined, rules: CompiledRules): TypeVerdict {
  if (!type) return { kind: 'unknown' };
  let cache = verdicts.get(rules);
  if (!cache) verdicts.set(rules, (cache = new Map()));
  let verdict = cache.get(type);
  if (!verdict) {
    verdict = judgeTypeUncached(type, rules);
    if (cache.size > 20_000) cache.clear();
    cache.set(type, verdict);
  }
  return verdict;
}

function judgeTypeUncached(type: string, rules: CompiledRules): TypeVerdict {
  const trimmed = type.trim();
  // Members that are functions or brands hold no value: `setEmail: (v: string) => void`, `__brand: unique symbol`.
  if (trimmed.includes('=>') && isFunctionType(trimmed)) return { kind: 'ruled-out', reason: 'type:function' };
  if (/^(?:unique\s+)?symbol$/.test(trimmed)) return { kind: 'ruled-out', reason: 'type:symbol' };
  const text = core(type, rules);
  if (rules.opaqueGenerics.has(text)) return { kind: 'ruled-out', reason: `type:${text}` };
  if (/^(['"`]).*\1(\s*\|\s*(['"`]).*\3)+$/.test(text) || /^(true|false|\d+)(\s*\|\s*(true|false|\d+))*$/.test(text)) {
    return { kind: 'ruled-out', reason: 'type:literal-union' };
  }
  const lower = text.toLowerCase().replace(/\s+(with|without)\s+time\s+zone$/, '').replace(/^character varying$/, 'varchar');
  // `Link:Contact` (a Frappe DocType link, written with its target): the kind is the word before the colon.
  const first = lower.split(/[\s(:]/)[0] ?? lower;
  if (rules.ruledOutAll.has(first)) return { kind: 'ruled-out', reason: `type:${first}` };
  // MySQL's BOOLEAN is tinyint(1); a one-digit int or bit column is a flag (`rechnungsadresse int(1)`), not a number.
  if (/^(?:tinyint|int|bit|number)\s*\(1\)(?:\s+unsigned)?$/i.test(trimmed)) return { kind: 'ruled-out', reason: 'type:flag' };
  if (rules.ruledOutNumeric.has(first)) return { kind: 'numeric' };
  if (rules.textTypes.has(lower)) return { kind: 'text' };
  if (TEXT_TYPE.test(first)) return { kind: 'text' };
  // A form's text field typed by the project (`navn: ITekstFelt`, `TextFieldValue`): a text with its label, its value text.
  if (TEXT_FIELD.test(text)) return { kind: 'text' };
  const fieldClass = fieldClassVerdict(text, rules);
  if (fieldClass) return fieldClass;
  const nullable = nullableAliasVerdict(text, rules);
  if (nullable) return nullable;
  if (/^[A-Z][A-Za-z0-9_]*$/.test(text)) return { kind: 'object', name: text };
  return { kind: 'unknown' };
}

// ORM field classes are named for what they store, and a project's own subclasses keep that name around a
// modifier: `CharFieldPlus`, `EncryptedCharField`, `CICharField`, `LowerCaseEmailField`, `ForeignKeyPlus`,
// `BRPostalCodeField`. Read them as their base class, never as a record type named `CharFieldPlus`.
/** A subclass marker after the base class's name: `CharFieldPlus`, `ForeignKeyExt`, `EmailFieldV2`. */
const SUBCLASS_MARKER = /(Field|Key|Relation)(?:Plus|Ext|Extended|Custom|Compat|V\d+)$/;
/** Django's relation classes (and django-mptt's, modelcluster's, generic relations): links to other records. */
const RELATION_CLASS = /(?:ForeignKey|OneToOneField|ManyToManyField|GenericRelation|GenericForeignKey|ParentalKey)$/;

/**
 * The verdict for an ORM field class (`models.CharField`, `CharFieldPlus`, `ForeignKeyPlus`), or undefined when
 * `text` is not one. A class named for a kind of data (`LowerCaseEmailField`, `BrTelefoneField`,
 * `USZipCodeField`) is read as a value type named for that data (`EmailField`, `TelefoneField`,
 * `ZipCodeField`): the modifiers before the lexicon's term (`lower case`, `br`, `us`) are dropped. Any other
 * class is read as the declared type its name ends with (`PositiveIntegerField` an integer, `DateTimeFieldPlus`
 * a datetime, `EncryptedCharField` a char), with the type lists of `rules/context.yml`; a relation class
 * (`ForeignKeyPlus`, `OneToOneFieldPlus`) links to another record.
 */
function fieldClassVerdict(text: string, rules: CompiledRules): TypeVerdict | undefined {
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(text)) return undefined;
  const name = text.slice(text.lastIndexOf('.') + 1).replace(SUBCLASS_MARKER, '$1');
  if (!/^[A-Z]\w*(?:Field|Key|Relation)$/.test(name) || name === 'Field') return undefined;
  if (RELATION_CLASS.test(name)) return { kind: 'ruled-out', reason: 'type:relation' };
  if (!name.endsWith('Field')) return { kind: 'object', name };
  const stem = name.slice(0, -'Field'.length);
  const words = wordsOf(stem, rules);
  const start = words.findIndex((w, i) => rules.personNouns.has(w) || [1, 2, 3].some((n) => rules.termCategories.has(words.slice(i, i + n).join(' '))));
  // A system word keeps the whole name, so the detector still sees it: `GenericIPAddressField` is no postal address.
  if (start >= 0) {
    if (start === 0 || words.some((w) => rules.systemWords.has(w))) return { kind: 'object', name };
    return { kind: 'object', name: `${words.slice(start).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')}Field` };
  }
  const parts = stem.match(/[A-Z]+(?![a-z])|[A-Z][a-z0-9]*/g) ?? [];
  for (let i = 0; i < parts.length; i++) {
    const base = baseTypeVerdict(parts.slice(i).join('').toLowerCase(), rules);
    if (base) return base;
  }
  return { kind: 'object', name };
}

/** Words a project's nullability alias adds to its base type's name (`StringOrNothing`, `NullableString`, `MaybeDate`). */
const NULLABILITY_WORDS = new Set(['or', 'nothing', 'null', 'nullable', 'undefined', 'optional', 'maybe', 'opt', 'none']);

/**
 * A project's alias of a primitive that may be absent, named for it (session 43, seen in a Norwegian case worker's app:
 * `fornavn: StringOrNothing`, `epostAdresse: StringOrNothing`): read as its base type, not as a record type named so.
 */
function nullableAliasVerdict(text: string, rules: CompiledRules): TypeVerdict | undefined {
  if (!/^[A-Z][A-Za-z]*$/.test(text)) return undefined;
  const words = (text.match(/[A-Z][a-z]*/g) ?? []).map((w) => w.toLowerCase());
  const rest = words.filter((w) => !NULLABILITY_WORDS.has(w));
  return rest.length === 1 && rest.length < words.length ? baseTypeVerdict(rest[0]!, rules) : undefined;
}

/** A declared type's own word (`integer`, `datetime`, `char`) read with the same lists as a column type. */
function baseTypeVerdict(base: string, rules: CompiledRules): TypeVerdict | undefined {
  if (rules.ruledOutAll.has(base)) return { kind: 'ruled-out', reason: `type:${base}` };
  if (rules.ruledOutNumeric.has(base)) return { kind: 'numeric' };
  if (rules.textTypes.has(base) || TEXT_TYPE.test(base)) return { kind: 'text' };
  return undefined;
}
