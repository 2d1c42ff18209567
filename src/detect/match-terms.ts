/**
 * Finds rule terms in a field's words and decides, from the words around a term, whether the field is the
 * data itself (billing_address_2, phone_home) or something about it (email_verified, has_shipping_address).
 */
import type { Exclusion } from './types.js';
import type { CompiledRule, CompiledRules } from './compile.js';
import { containsTerm } from './context.js';
import { isLegalPerson } from './legal-person.js';

function matchesAt(words: string[], index: number, term: string[]): boolean {
  if (index + term.length > words.length) return false;
  for (let j = 0; j < term.length; j++) if (words[index + j] !== term[j]) return false;
  return true;
}

/** `by` after a participle outside English: Swedish and Norwegian `av`, Danish `af`, Dutch `door`, German `von` and `durch`. */
/** English participles not ending in -ed/-en/-ne (`paymentMadeByName`, `paid_by_name`, `sent_by_email`). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'paid', 'sent', 'sold', 'bought', 'held', 'found', 'led', 'kept', 'met', 'built', 'brought', 'won', 'set', 'put', 'read', 'run', 'told', 'taught', 'caught', 'left', 'lent', 'spent', 'booked']);
const DOER_BY = new Set(['av', 'af', 'door', 'von', 'durch']);
/**
 * ...and in Portuguese, Spanish and French (`criadoPorNome`, `rejeitado_por_nome`, `creado_por_nombre`, `cree_par_nom`):
 * `por` after a participle in -ado, -ido, -to, -so or -sto, `par` after one in -e, -is or -it.
 */
const ROMANCE_DOER = (by: string, participle: string): boolean =>
  (by === 'por' && /(?:ad[oa]|id[oa]|st[oa]|t[oa]|s[oa])$/.test(participle)) || (by === 'par' && /(?:e|ee|is|ise|it|ite)$/.test(participle));

/**
 * A role towards the thing named just before it (`document_author`, `page_author`, `DOCUMENTAUTEUR`): one thing's word
 * and nothing after the role. Not where compounds put the head first: `documento_autor` is the author's document.
 */
function thingsRole(rule: CompiledRule, term: string[], prefix: string[], suffix: string[], rules: CompiledRules): boolean {
  if (!rule.role || prefix.length !== 1 || suffix.some((w) => !/^\d+$/.test(w))) return false;
  const thing = prefix[0]!;
  if (!rules.nonPersonContainers.has(thing) && !rules.organisationContainers.has(thing)) return false;
  const headFirst = (word: string) => rules.languageOf.get(word)?.some((i) => rules.headFirstIndexes.has(i));
  const onlyHeadFirst = (word: string) => rules.languageOf.get(word)?.every((i) => rules.headFirstIndexes.has(i));
  return !headFirst(thing) && !term.every(onlyHeadFirst);
}

/**
 * A role, then what it is a role in, where compounds put the head first (`presidente_reuniao`, `secretario_comissao`,
 * `representante_legal`): the role's holder, like a bare role. Only a qualifier, a thing or an organisation after it
 * (`autor_id`, `responsavel_cpf` and `presidente_email` stay out).
 */
function roleOfThing(rule: CompiledRule, term: string[], prefix: string[], suffix: string[], rules: CompiledRules): boolean {
  if (!rule.role || prefix.length > 0 || suffix.length === 0 || suffix.length > 2) return false;
  if (!term.some((w) => rules.languageOf.get(w)?.some((i) => rules.headFirstIndexes.has(i)))) return false;
  const qualifies = (w: string) => rules.allowedSuffixes.has(w) || rules.suffixes.get(rule.category)?.has(w) || rules.nonPersonContainers.has(w) || rules.organisationContainers.has(w);
  return suffix.every((w) => qualifies(w) && !rules.termWords.has(w) && !rules.systemWords.has(w));
}

/**
 * Where compounds put the head first, a person noun right after a name term says whose name it is (`nomeCittadino`,
 * `nombreActorVial`, `cognome_cittadino_egov`); the words after that person noun describe the person (a road user, the
 * citizen known to the eGov system), not the name. The index of that person noun, or the suffix's length if none.
 * The same holds for a phone or an email written head first (`telefonoActorVial`, `correo_usuario_final`, session 28).
 */
const PERSON_FIRST_CATEGORIES = new Set(['name', 'phone', 'email']);
function personFirstAfter(rule: CompiledRule, term: string[], suffix: string[], rules: CompiledRules): number {
  if (!PERSON_FIRST_CATEGORIES.has(rule.category) || suffix.length < 2 || !rules.personNouns.has(suffix[0]!)) return suffix.length;
  const headFirst = (w: string) => rules.languageOf.get(w)?.some((i) => rules.headFirstIndexes.has(i));
  return term.every(headFirst) ? 0 : suffix.length;
}

/** A word that may describe a person after their noun: not a flag, a key or a kind (`nome_cliente_id`), no other data. */
function describesPerson(word: string, rules: CompiledRules): boolean {
  // ...nor kinds in the plural (`email_receiver_types_flags`: which kinds of receiver get mail, a setting).
  const kind = rules.kindHeads.has(word) || (word.endsWith('s') && rules.kindHeads.has(word.slice(0, -1)));
  return !rules.denyPrefixes.has(word) && !rules.termWords.has(word) && !rules.systemWords.has(word) && !kind;
}

/**
 * A person noun of a language that puts the head first, a word describing that person, then a name (`usuarioLogadoNome`,
 * `responsavel_inativacao_nome`, `dre_diretor_regional_nome`): the logged-in user's, the one responsible for an
 * inactivation's, the regional director's name, written in English order. The person noun, if the word between is no
 * thing, organisation, flag, key or other data (`cliente_empresa_nome` stays the company's).
 */
function describedPersonBefore(rule: CompiledRule, prefix: string[], rules: CompiledRules): string | undefined {
  if (rule.category !== 'name' || prefix.length < 2) return undefined;
  const noun = prefix[prefix.length - 2]!;
  const between = prefix[prefix.length - 1]!;
  if (!rules.personNouns.has(noun) || !rules.languageOf.get(noun)?.every((i) => rules.headFirstIndexes.has(i))) return undefined;
  if (rules.nonPersonContainers.has(between) || rules.organisationContainers.has(between) || !describesPerson(between, rules)) return undefined;
  return noun;
}

/** A name rule of a person's own name parts (given, family, middle name): no context, no bare word, no thing's name. */
function namesPartOfPerson(rule: CompiledRule): boolean {
  return rule.category === 'name' && !rule.generic && !rule.bare && !rule.context && !rule.thingOwns;
}

/**
 * Whether a person noun stands between the system word and the term (`contract partner email`); `host` or `sender`,
 * a system word and a person noun at once, stays the system's.
 */
function personAfterSystem(words: string[], system: string, termAt: number, rules: CompiledRules): boolean {
  const at = words.indexOf(system);
  return at >= 0 && at < termAt && words.slice(at + 1, termAt).some((w) => rules.personNouns.has(w) && !rules.systemWords.has(w));
}

/** An organisation named after a preposition owns an email as it owns one named right after the term (`email_da_escola`). */
function orgOwnsEmail(rule: CompiledRule, word: string, rules: CompiledRules): boolean {
  return rule.category === 'email' && rules.organisationContainers.has(word);
}

/**
 * A line's or a part's number, in digits or spelled out (`line_2`, `line_one`, `addressLineThree`), in English or in the
 * Romance and Germanic lexicon languages (`autorizado_dois`, `linea_dos`, `zeile_zwei`); not the short words that are
 * also articles or prepositions (`un`, `en`, `to`, `tre`).
 */
const NUMBERED = /^(?:\d+|one|two|three|four|five|um|dois|tres|quatro|cinco|uno|dos|cuatro|deux|trois|quatre|cinq|due|quattro|zwei|drei|vier|funf|twee|drie)$/;

export interface TermMatch {
  rule: CompiledRule;
  term: string[];
  prefix: string[];
  suffix: string[];
  /** A person noun before or after the term: customerName, nom_destinataire, contact_email. */
  personNoun?: string;
  /** The record's address group a qualifier kept out the term for (`s:vers` of `LOCALITA_VERS`): address-group.ts. */
  group?: string;
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
  // For each rule, the longest of its terms that occurs nearest the end (the head of an English compound).
  const foundByRule = new Map<CompiledRule, { index: number; term: string[] }>();
  for (let index = 0; index < words.length; index++) {
    for (const { rule, term } of rules.termIndex.get(words[index]!) ?? []) {
      if (!matchesAt(words, index, term)) continue;
      const found = foundByRule.get(rule);
      if (!found || index + term.length > found.index + found.term.length || (index + term.length === found.index + found.term.length && term.length > found.term.length)) {
        foundByRule.set(rule, { index, term });
      }
    }
  }
  for (const rule of rules.rules) {
    const found = foundByRule.get(rule);
    if (!found) continue;
    const prefix = words.slice(0, found.index);
    const suffix = words.slice(found.index + found.term.length);
    const deny = rules.deny.get(rule.category)?.find((pattern) => containsTerm(words, pattern));
    if (deny) {
      excluded.push({ category: rule.category, ruleId: rule.id, reason: `deny:${deny.join('-')}` });
      continue;
    }
    // A term may spell a system word itself (SAP's `smtp_addr` is a person's email).
    // ...and a person between the system word and the term owns the data (`contractPartnerEmail`, `server_admin_name`:
    // the contract's partner, the server's administrator).
    if (system && !found.term.includes(system) && !personAfterSystem(words, system, found.index, rules)) {
      excluded.push({ category: rule.category, ruleId: rule.id, reason: `system:${system}` });
      continue;
    }
    // A bare part (`line_2`, `line_one`, `nummer`) stands alone: `order_line` and `numero_client` are something else.
    // A thing's author (`document_author`, `DOCUMENTAUTEUR`) is a person: a role after a thing's word is not qualified.
    // A role's holder keeps the role through a word the data allows after it (`chairman_old`, `docente_esterno`): the
    // former or an outside holder is still a person.
    const keepsRole = (w: string) => NUMBERED.test(w) || (rule.role && rules.allowedSuffixes.has(w));
    const ofThing = roleOfThing(rule, found.term, prefix, suffix, rules);
    const qualifier = rule.bare && !thingsRole(rule, found.term, prefix, suffix, rules) && !ofThing ? (prefix[prefix.length - 1] ?? suffix.find((w) => !keepsRole(w))) : undefined;
    if (qualifier) {
      excluded.push({ category: rule.category, ruleId: rule.id, reason: `qualifier:${qualifier}` });
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
      for (const other of rules.termCategories.get(prefix.slice(start).join(' ')) ?? []) {
        // ...and a contact person after another category's data is whose it is (`epost_kontaktperson`): not their
        // name. A person before the contact person stays a person (`recipientCompanyContact`).
        const personBefore = prefix.slice(start).some((w) => rules.personNouns.has(w));
        if (other !== rule.category && (rules.suffixes.get(other)?.has(found.term[0]!) || (rule.person && !personBefore))) owned = true;
      }
    }
    if (owned) continue;
    const categorySuffixes = rules.suffixes.get(rule.category);
    // `name_of_organizer`: the owner after a preposition is a person noun like `organizer_name`'s. Words the data allows
    // may follow the owner (`nombre_del_representante_legal`, `email_of_contact_2`), as they may follow a term.
    const afterOwner = (w: string) => NUMBERED.test(w) || rules.allowedSuffixes.has(w) || categorySuffixes?.has(w);
    const owner = suffix.length >= 2 && rules.ownerPrepositions.has(suffix[0]!) && (rules.personNouns.has(suffix[1]!) || orgOwnsEmail(rule, suffix[1]!, rules)) && suffix.slice(2).every(afterOwner) ? suffix[1] : undefined;
    if (owner) {
      matches.push({ rule, term: found.term, prefix, suffix, personNoun: owner });
      continue;
    }
    // An organisation after an address, phone or email owns it (`endereco_unidade`, `telefone_escola`): its data.
    // ...and a given or family name after it is its contact person's (`prenomAgence`, `vorname_firma`): only a person has one.
    const orgOwns = (w: string) => (rule.category !== 'name' || rule.person || namesPartOfPerson(rule)) && rules.organisationContainers.has(w);
    // ...and what a head-first role is a role in (`direttore_corso`, `secretario_comissao`) names the thing, not the data.
    const whose = personFirstAfter(rule, found.term, suffix, rules);
    const badSuffix = ofThing ? undefined : suffix.find((w, i) => !(NUMBERED.test(w) || rules.allowedSuffixes.has(w) || categorySuffixes?.has(w) || rules.personNouns.has(w) || rules.termCategories.get(w)?.has(rule.category) || orgOwns(w) || (i > whose && describesPerson(w, rules))));
    if (badSuffix) {
      excluded.push({ category: rule.category, ruleId: rule.id, reason: `qualifier:${badSuffix}` });
      continue;
    }
    // Only the word next to the term qualifies it: shipping_method_name is a method's name.
    const before = prefix[prefix.length - 1];
    const after = suffix[0];
    // `created_by_name`, `attachedByName`: the name of whoever did it (a participle, then `by`).
    // The same in Scandinavian, Dutch and German (`signeratAvNamn`, `opprettet_av_navn`, `aangemaakt_door_naam`).
    const doer =
      prefix.length >= 2 && ((before === 'by' && (/(?:ed|en|ne)$/.test(prefix[prefix.length - 2]!) || IRREGULAR_PARTICIPLES.has(prefix[prefix.length - 2]!))) || (DOER_BY.has(before!) && /(?:t|d|en)$/.test(prefix[prefix.length - 2]!)) || ROMANCE_DOER(before!, prefix[prefix.length - 2]!))
        ? before
        : undefined;
    // `forelder2_navn`, `parent2Name`, `guardian_1_email`: a numbered person is still that person.
    const noun = before !== undefined && /^\d+$/.test(before) && prefix.length >= 2 ? prefix[prefix.length - 2]! : before;
    // `legalPersonName`, `nome_pessoa_juridica`: a legal person is a legal entity, its name no person's (legal-person.ts).
    if (rule.category === 'name' && (isLegalPerson(words, noun === before ? found.index - 1 : found.index - 2, rules) || isLegalPerson(words, found.index + found.term.length, rules))) {
      excluded.push({ category: rule.category, ruleId: rule.id, reason: 'legal-person' });
      continue;
    }
    const personNoun = noun && rules.personNouns.has(noun) ? noun : doer ?? (after && rules.personNouns.has(after) ? after : describedPersonBefore(rule, prefix, rules));
    matches.push({ rule, term: found.term, prefix, suffix, ...(personNoun ? { personNoun } : {}) });
  }
  return { matches, excluded };
}
