/** Rules compiled into word sets and term lists once per detector. */
import { inferableLanguages, languageVocabulary, lexiconTerms, loadLexicon } from './lexicon.js';
import { loadBuiltinRules, validateExtraRules, type RuleEntry } from './load-rules.js';
import { normalizeWord } from './normalize.js';

export type RuleContext = 'person' | 'address' | 'place' | 'address-record' | 'street-record' | 'token-record' | 'message' | 'message-record' | 'call-record' | 'name-record';
export type EvidenceKind = 'person' | 'address' | 'place' | 'thing' | 'region';

export interface CompiledRule {
  id: string;
  category: string;
  confidence: number;
  /** Each term as normalised words. */
  terms: string[][];
  context?: RuleContext;
  baseWithoutContext: number;
  generic: boolean;
  /** The term names a person (contact person), so the field is a person's even in an organisation. */
  person: boolean;
  /** The term counts only with nothing before it (`line_2`, not `order_line`). */
  bare: boolean;
  /** The term also reads as a reference (`email_id`): only a character column type or a hint makes it the data. */
  idLike: boolean;
  /** An organisation noun before the term qualifies it like a person noun (`companyMail`). */
  owned: boolean;
  /** A numbered term (`mail1`) is one of a list of values side by side: the number stands for the context. */
  numbered?: true;
  /** A role towards a thing (author): a thing's word before it names whose role it is (`document_author`). */
  role: boolean;
  /** In a thing's or an organisation's record the term is that thing's (`countries.full_name`): a person noun keeps it a person's. */
  thingOwns: boolean;
  /** Container words where the term is something else (`users.contact`): the rule does not count there. */
  notIn?: Set<string>;
  /** The term counts only in a record (a table, a type): a bare local, parameter or argument in code names none. */
  inRecord?: true;
  /** The term counts only beside the record's own email or phone field (rules' `besideReach`). */
  besideReach?: true;
  /** The term is a person's even in settings (rules' `inSettings`). */
  inSettings?: true;
  /** The term counts only as one plain text value; its terms name no container (rules' `textOnly`). */
  textOnly?: true;
  /** Scoped terms: they count only in a record in one of these languages (Danish `by`). */
  languages?: Set<string>;
}

/** A term as it may start at a word of a field name: the rule it belongs to. */
export interface IndexedTerm {
  rule: CompiledRule;
  term: string[];
}

export interface CompiledRules {
  rules: CompiledRule[];
  /** Words allowed after a term, per category. */
  suffixes: Map<string, Set<string>>;
  /** Every category's suffixes together: words that may follow a term and keep it the data. */
  anySuffix: Set<string>;
  deny: Map<string, string[][]>;
  /** Every word any rule or context list uses: what compound splitting may produce. */
  vocabulary: Set<string>;
  /** First words of terms: a name with none of these words cannot match (the fast path). */
  termWords: Set<string>;
  /** Terms by their first word, in rule order: what matching looks up per word of a name. */
  termIndex: Map<string, IndexedTerm[]>;
  /** A whole term (words joined by spaces) -> the categories it is a term of. */
  termCategories: Map<string, Set<string>>;
  /** Sibling evidence terms by their first word: what a record's fields say about its shape. */
  evidenceIndex: Map<string, { term: string[]; kind: EvidenceKind }[]>;
  /** The languages a record may be written in (lexicon files), sorted. */
  languages: string[];
  /** Word -> indexes in `languages` of those whose lexicon has it, for telling which language a record is in. */
  languageOf: Map<string, number[]>;
  messageContainers: Set<string>;
  payloadContainers: Set<string>;
  /** Payload words a head-first language writes before what they carry (`DatiTemplateVO`). */
  leadingPayloadContainers: Set<string>;
  componentContainers: Set<string>;
  messageComponentWords: Set<string>;
  /** Last words of a field that make its record a message: copy recipients (`cc`, `bcc`, `invoice_cc`). */
  messageEvidence: Set<string>;
  /** A field named for a mail's subject and one for its body make the record a mail (src/detect/mail-shape.ts). */
  mailSubjects: Set<string>;
  mailBodies: Set<string>;
  /** Words of a container that make it a mail filter or rule: its mail-shaped fields are patterns. */
  mailFilterContainers: Set<string>;
  /** Words of a container that make it a mail: its `from` and `recipients` are addresses. */
  mailContainers: Set<string>;
  /** Words of a container that make it a phone call: its `from` and `to` are numbers. */
  callContainers: Set<string>;
  /** Words of a container that make it a mailing sent to many (`MassEmail`, `mailing_history`): its sender is the organisation. */
  bulkMailContainers: Set<string>;
  /** Containers of a party that may be a person or a company (a customer, a client). */
  partyContainers: Set<string>;
  /** Fields that make a party's record a company's (VAT id, website, its own contact person), as word lists. */
  organisationEvidence: string[][];
  /** Fields that make a record a program's access (an API key, a client secret), as word lists. */
  softwareKeys: string[][];
  /** Fields that make a record a rented home's (a move-in date, a lease, the rent), as word lists (rules' `rentalEvidence`). */
  rentalEvidence: string[][];
  /** Organisation words that name a renter in such a record (`tenant`). */
  rentalParties: Set<string>;
  /** Person nouns that name the node above in an organisation's or a thing's record (rules' `nodeParents`). */
  nodeParents: Set<string>;
  opaqueGenerics: Set<string>;
  personContainers: Set<string>;
  nonPersonContainers: Set<string>;
  organisationContainers: Set<string>;
  settingsContainers: Set<string>;
  textContainers: Set<string>;
  mailedContainers: Set<string>;
  typeWrappers: Set<string>;
  personNouns: Set<string>;
  /** Person containers that need a person's word before them when qualified at all (UserProfile, not SymbolProfile). */
  qualifiedPersonContainers: Set<string>;
  /** A booking's, an order's record: its bare `name` is its party's only beside that party's own fields (`ownParty`). */
  transactionContainers: Set<string>;
  /**
   * Person nouns of the languages that put a compound's head first (`MembroComissao`: a committee's member), known to
   * no head-last language: a container starting with one is that person's record whatever thing follows.
   */
  headFirstNouns: Set<string>;
  /** Words that negate the person noun after them in a container's name (`NietNatuurlijkPersoon`: a legal entity). */
  negations: Set<string>;
  /** Words that make the word person a legal entity (`LegalPerson`, `PessoaJuridica`), before or after it. */
  legalWords: Set<string>;
  personWords: Set<string>;
  /** A host (a server's word) after an occasion's word is the person hosting it (`EventTypeHost`, `meeting_hosts`). */
  hostWords: Set<string>;
  /** Words before a person's name that say which spelling of it a field holds (`english_name`, `other_names`). */
  nameVariants: Set<string>;
  /** Organisations and persons' records named in two words (`public body`, `job application`), read as one word in a container's name (container-compounds.ts). */
  containerCompounds: string[][];
  hostedOccasions: Set<string>;
  /** Indexes in `languages` of the head-first languages, and of English (whose code words wrap other languages' nouns). */
  headFirstIndexes: Set<number>;
  englishIndex: number;
  personEvidence: string[][];
  /** A person's sex, gender or date of birth (rules' `personAttributes`, matched at a field's end): a record's name is a person's beside it. */
  personAttributes: string[][];
  addressEvidence: string[][];
  prefixes: Set<string>;
  denyPrefixes: Set<string>;
  systemWords: Set<string>;
  /** `name_of_organizer`, `direccion_del_cliente`: a preposition before a person noun names the owner. */
  ownerPrepositions: Set<string>;
  /** `bill_to_name`, `ship_to_address`: a verb and `to` name a party (read as one word, `billto`). */
  partyVerbs: Set<string>;
  /** `requested_by.name`, `createdBy.email`: a verb and `by` name who did it (a container read as one word, `requestedby`). */
  agentVerbs: Set<string>;
  allowedSuffixes: Set<string>;
  ruledOutAll: Set<string>;
  ruledOutNumeric: Set<string>;
  /** Schema DSL types that hold plain text though capitalised like a class (Frappe `Data`, `Small Text`). */
  textTypes: Set<string>;
  /** Last words of a type name that make it a kind of the data, not the data (`EmailType`, `AddressKind`). */
  kindHeads: Set<string>;
  numericAllowed: Set<string>;
  /** Terms (words joined by spaces) whose concept, stored as a number, is a reference: `adresse int(11)`. */
  numericReferences: Set<string>;
  /** Terms of the concepts a reference list is named for (`zipcodes`, `zip_codes`, `code_postal`, `streets`): rules' `referenceConcepts`. */
  referenceContainers: Set<string>;
  /** Words a reference list of places is named for (town and district terms, `region`): rules' `placeReferenceConcepts` and `placeReferenceWords`. */
  placeContainers: Set<string>;
  /** Town terms (rules' `placeRecordConcepts`): a member typed as a record named with one links to a town's record (place-record.ts). */
  placeRecordWords: Set<string>;
  /** One-word whole-address terms (rules' `addressContainerConcepts`): a record so named is a party's address, as `Adresse` is. */
  addressContainers: Set<string>;
  /** Words of when something starts and ends (`start`, `anfang`, `inizio`; `end`, `ende`, `fine`): occasion-place.ts. */
  occasionStarts: Set<string>;
  occasionEnds: Set<string>;
  occasionTimes: Set<string>;
  /** Terms of a street or a whole address (`street`, `adresse`, `address_line`): one among a place record's fields makes it an address. */
  wholeAddressTerms: Set<string>;
  /** Terms of the concepts that write a street apart (`street`, `unit`, `district`), by first word: rules' `streetPartConcepts`. */
  streetPartIndex: Map<string, string[][]>;
  /** Last words of a server connection's port and secret fields: both in a record make it the connection's settings. */
  connectionPorts: Set<string>;
  connectionSecrets: Set<string>;
  connectionEndpoints: string[][];
  birthStems: string[];
  senderWords: Set<string>;
  /** Words of a numbered free-text line (`zeile`, `tekst`, `line`): three of one stem make an address block (address-block.ts). */
  addressBlockLines: Set<string>;
  /** A result word and a count word in one field (`results_count`) make a record a search log: rules' `searchResults`, `searchCounts`. */
  searchResults: Set<string>;
  /** A record named for a search or a query (`SamhandlerSok`, `RicercaPraticaRequest`): rules' `searchQueries`. */
  searchQueries: Set<string>;
  searchCounts: Set<string>;
  /** A municipality's words (rules' `municipalityWords`): beside a town, the town's administrative unit (municipality.ts). */
  municipalityWords: Set<string>;
  /** Terms of a flat's parts (rules' `buildingUnitConcepts`) and a room's words (`roomWords`): beside a room, a place in a building. */
  buildingUnitTerms: Set<string>;
  roomWords: Set<string>;
  /** Fields that all make a record a sign-in or verification token's (`token`, `expires`). */
  tokenRecordFields: string[];
  /** Names of a record that holds one contact point of a person (`contact_information`, `ContactInfoPiece`). */
  contactPointContainers: string[][];
  /** The field of such a record that holds the value itself (`value`, `data`, `arvo`). */
  contactPointValues: Set<string>;
  /** Last words of a record of one contact of a person (`contacts`, `IContacto`): with a kind field, its value is one. */
  contactRecords: Set<string>;
  /** A record's field that says which kind of contact its value is (`type`, `tipo`, `kind`). */
  contactKinds: Set<string>;
  /** Words for a value object's own value (`value`, `valor`, `wert`): the field that holds the datum it is named for. */
  valueWords: Set<string>;
  /** Words that say a datum changed (`EmailChanged`), and the event words after them (rules' `changeEvents`, `eventWords`). */
  changeEvents: Set<string>;
  eventWords: Set<string>;
  compoundHeads: Set<string>;
  categories: string[];
}

const words = (term: string) => term.split(/\s+/).filter(Boolean).map(normalizeWord);
/** Terms of two words as one container word (`public body` -> `publicbody`), as container-compounds.ts joins a name's. */
const joinedTerms = (terms: string[] | undefined) => (terms ?? []).map((t) => words(t).join(''));
const set = (list: string[]) => new Set(list.flatMap(words));
/** The one-word terms of a list: a known word the compound splitter keeps whole (`fødselsdato`, not `fodsels da to`). */
const oneWord = (list: string[]) => list.filter((term) => !/\s/.test(term.trim()));

export function compileRules(extra: unknown[], extraCategories: string[] = []): CompiledRules {
  const builtin = loadBuiltinRules();
  const byId = new Map<string, RuleEntry>();
  for (const file of builtin.categories) for (const rule of file.rules) byId.set(rule.id, rule);
  for (const rule of validateExtraRules(extra)) byId.set(rule.id, rule);

  const compile = (r: RuleEntry): CompiledRule => {
    const languages = r.language === undefined ? undefined : new Set((Array.isArray(r.language) ? r.language : [r.language]).map((l) => l.toLowerCase()));
    return {
      id: r.id,
      category: r.category,
      confidence: r.confidence,
      terms: [...(r.terms ?? []).map(words), ...(r.words ?? []).map((w) => w.map(normalizeWord))],
      ...(r.context ? { context: r.context } : {}),
      baseWithoutContext: r.baseWithoutContext ?? 0,
      generic: Boolean(r.generic),
      person: Boolean(r.person),
      bare: Boolean(r.bare),
      idLike: Boolean(r.idLike),
      owned: Boolean(r.owned),
      ...(r.numbered ? { numbered: true as const } : {}),
      role: Boolean(r.role),
      thingOwns: Boolean(r.thingOwns),
      ...(r.notIn?.length ? { notIn: new Set(r.notIn.map(normalizeWord)) } : {}),
      ...(r.inRecord ? { inRecord: true as const } : {}),
      ...(r.besideReach ? { besideReach: true as const } : {}),
      ...(r.inSettings ? { inSettings: true as const } : {}),
      ...(r.textOnly ? { textOnly: true as const } : {}),
      ...(languages ? { languages } : {}),
    };
  };
  const rules: CompiledRule[] = [...byId.values()].map(compile);

  // The lexicon's words join the rules their concepts name; scoped words become a copy of the rule that
  // counts only in their languages.
  const lexicon = loadLexicon();
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const scopedRules = new Map<string, CompiledRule>();
  const entries = lexiconTerms(lexicon);
  const known = new Map<CompiledRule, Set<string>>();
  for (const entry of entries) {
    const base = ruleById.get(entry.ruleId);
    if (!base) throw new Error(`invalid lexicon: concept "${entry.concept}" names rule ${entry.ruleId}, which no rule file defines`);
    const term = entry.term.split(' ');
    let target = base;
    if (entry.languages) {
      const key = `${base.id}\u0000${[...entry.languages].sort().join(',')}`;
      target = scopedRules.get(key) ?? { ...base, terms: [], languages: new Set(entry.languages) };
      scopedRules.set(key, target);
    }
    let terms = known.get(target);
    if (!terms) known.set(target, (terms = new Set(target.terms.map((t) => t.join(' ')))));
    if (!terms.has(entry.term)) (terms.add(entry.term), target.terms.push(term));
  }
  rules.push(...scopedRules.values());
  const c = builtin.context;
  const suffixes = new Map(builtin.categories.map((f) => [f.category, set(f.suffixes ?? [])]));
  const deny = new Map(builtin.categories.map((f) => [f.category, (f.deny ?? []).map((d) => d.map(normalizeWord))]));
  const vocabulary = new Set<string>();
  const termWords = new Set<string>();
  const termIndex = new Map<string, IndexedTerm[]>();
  const termCategories = new Map<string, Set<string>>();
  for (const rule of rules) {
    for (const term of rule.terms) {
      // Scoped words (`by`, `post`) never come out of compound splitting: `standby` is not a town.
      term.forEach((w, i) => (rule.languages || vocabulary.add(w), i === 0 && termWords.add(w)));
      const list = termIndex.get(term[0]!);
      if (list) list.push({ rule, term });
      else termIndex.set(term[0]!, [{ rule, term }]);
      // A call's bare party words (`from`, `to`, `recipients` of a call or an SMS) own no later term: `recipientsCC` of a
      // mail is its copy recipients, not a number's copy.
      if (rule.textOnly || rule.context === 'call-record') continue;
      const key = term.join(' ');
      const categories = termCategories.get(key);
      if (categories) categories.add(rule.category);
      else termCategories.set(key, new Set([rule.category]));
    }
  }
  // A Nordic person noun with its genitive `s` glued on (`vaergesNavn`, `relatertPersonsNavn`, `sokers_epost`) is that
  // person: the genitive is made from every noun rather than listed for some.
  const lexiconNouns = lexicon.languages.flatMap((l) => genitivesOf(l.personNouns ?? [], l.genitive));
  const languages = inferableLanguages(lexicon);
  const languageOf = languageVocabulary(lexicon);
  const headFirst = new Set(c.headFirstLanguages ?? []);
  const headFirstIndexes = new Set(languages.flatMap((l, i) => (headFirst.has(l) ? [i] : [])));
  const headFirstNouns = set(lexicon.languages.filter((l) => headFirst.has(l.language)).flatMap((l) => l.personNouns ?? []));
  for (const noun of headFirstNouns) if (languageOf.get(noun)?.some((i) => !headFirstIndexes.has(i))) headFirstNouns.delete(noun);
  const evidenceIndex = new Map<string, { term: string[]; kind: EvidenceKind }[]>();
  const addEvidence = (term: string[], kind: EvidenceKind) => {
    const list = evidenceIndex.get(term[0]!);
    if (list) list.push({ term, kind });
    else evidenceIndex.set(term[0]!, [{ term, kind }]);
  };
  for (const term of c.personEvidence) addEvidence(words(term), 'person');
  for (const term of c.addressEvidence) addEvidence(words(term), 'address');
  for (const term of c.regionEvidence ?? []) addEvidence(words(term), 'region');
  for (const term of c.thingEvidence) addEvidence(words(term), 'thing');
  for (const entry of entries) {
    const evidence = lexicon.concepts[entry.concept]!.evidence;
    if (evidence && !entry.languages) addEvidence(entry.term.split(' '), evidence);
  }
  const streetPartIndex = new Map<string, string[][]>();
  for (const entry of entries) {
    if (!(c.streetPartConcepts ?? []).includes(entry.concept)) continue;
    const term = entry.term.split(' ');
    streetPartIndex.set(term[0]!, [...(streetPartIndex.get(term[0]!) ?? []), term]);
  }
  const lists: string[][] = [lexiconNouns, c.messageContainers, c.payloadContainers, c.componentContainers, c.messageComponentWords, c.messageEvidence ?? [], c.mailSubjects ?? [], c.mailBodies ?? [], c.mailFilterContainers ?? [], c.mailContainers ?? [], c.callContainers ?? [], c.partyContainers ?? [], c.personContainers, c.nonPersonContainers, c.organisationContainers, c.settingsContainers, c.messageOptionContainers ?? [], c.textContainers, c.mailedContainers, c.typeWrappers, c.personNouns, oneWord(c.personAttributes ?? []), c.denyPrefixes, c.systemWords, c.allowedSuffixes, c.compoundHeads, ...builtin.categories.map((f) => f.suffixes ?? []), builtin.categories.flatMap((f) => (f.deny ?? []).map((d) => d.join(' ')))];
  for (const list of lists) for (const w of set(list)) vocabulary.add(w);
  for (const d of deny.values()) for (const pattern of d) termWords.add(pattern[0]!);
  return {
    rules,
    suffixes,
    anySuffix: new Set([...suffixes.values()].flatMap((s) => [...s])),
    deny,
    vocabulary,
    termWords,
    termIndex,
    termCategories,
    evidenceIndex,
    languages,
    languageOf,
    headFirstNouns,
    negations: set(c.negations ?? []),
    legalWords: set(c.legalWords ?? []),
    personWords: set(c.personWords ?? []),
    hostWords: set(c.hostWords ?? []),
    nameVariants: set(c.nameVariants ?? []),
    // `requested_by.name`: who did it, as a container one word (`requestedby`, a person container below); a field's own
    // name keeps its words (`created_by varchar(320)` is an actor's address, actor-address.ts).
    containerCompounds: [...(c.organisationCompounds ?? []), ...(c.personCompounds ?? []), ...(c.agentVerbs ?? []).map((v) => `${v} by`)].map(words),
    hostedOccasions: set(c.hostedOccasions ?? []),
    headFirstIndexes,
    englishIndex: languages.indexOf('en'),
    messageContainers: set(c.messageContainers),
    payloadContainers: set(c.payloadContainers),
    leadingPayloadContainers: set(c.leadingPayloadContainers ?? []),
    componentContainers: set(c.componentContainers),
    messageComponentWords: set(c.messageComponentWords),
    messageEvidence: set(c.messageEvidence ?? []),
    mailSubjects: set(c.mailSubjects ?? []),
    mailBodies: set(c.mailBodies ?? []),
    mailFilterContainers: set(c.mailFilterContainers ?? []),
    mailContainers: set(c.mailContainers ?? []),
    callContainers: set(c.callContainers ?? []),
    bulkMailContainers: set(c.bulkMailContainers ?? []),
    partyContainers: set(c.partyContainers ?? []),
    organisationEvidence: (c.organisationEvidence ?? []).map(words),
    softwareKeys: (c.softwareKeys ?? []).map(words),
    rentalEvidence: (c.rentalEvidence ?? []).map(words),
    rentalParties: set(c.rentalParties ?? []),
    nodeParents: set(c.nodeParents ?? []),
    opaqueGenerics: new Set(c.opaqueGenerics),
    // `assigned_to.name`, `requestedBy.email`: the party a verb joins to its `to` or `by` (context.ts joinParties) is a person.
    personContainers: set([...c.personContainers, ...lexiconNouns, ...joinedTerms(c.personCompounds), ...(c.partyVerbs ?? []).map((v) => `${v}to`), ...(c.agentVerbs ?? []).map((v) => `${v}by`)]),
    nonPersonContainers: set(c.nonPersonContainers),
    organisationContainers: set([...c.organisationContainers, ...joinedTerms(c.organisationCompounds)]),
    settingsContainers: set([...c.settingsContainers, ...(c.messageOptionContainers ?? [])]),
    textContainers: set(c.textContainers),
    mailedContainers: set(c.mailedContainers),
    typeWrappers: set(c.typeWrappers),
    personNouns: set([...c.personNouns, ...lexiconNouns]),
    qualifiedPersonContainers: set(c.qualifiedPersonContainers ?? []),
    transactionContainers: set(c.transactionContainers ?? []),
    personEvidence: c.personEvidence.map(words),
    personAttributes: (c.personAttributes ?? []).map(words),
    addressEvidence: c.addressEvidence.map(words),
    prefixes: set(c.prefixes),
    denyPrefixes: set(c.denyPrefixes),
    systemWords: set(c.systemWords),
    allowedSuffixes: set(c.allowedSuffixes),
    ownerPrepositions: set(c.ownerPrepositions ?? []),
    partyVerbs: set(c.partyVerbs ?? []),
    agentVerbs: set(c.agentVerbs ?? []),
    ruledOutAll: set(c.ruledOutTypes.all),
    ruledOutNumeric: set(c.ruledOutTypes.numeric),
    textTypes: set(c.ruledOutTypes.text ?? []),
    kindHeads: set(c.ruledOutTypes.kindHeads ?? []),
    numericAllowed: set(c.numericAllowed),
    numericReferences: new Set(entries.filter((e) => (c.numericReferenceConcepts ?? []).includes(e.concept)).map((e) => e.term)),
    contactPointContainers: (c.contactPointContainers ?? []).map(words),
    contactPointValues: set(c.contactPointValues ?? []),
    contactRecords: set(c.contactRecords ?? []),
    contactKinds: set(c.contactKinds ?? []),
    valueWords: set(c.valueWords ?? []),
    changeEvents: set(c.changeEvents ?? []),
    eventWords: set(c.eventWords ?? []),
    streetPartIndex,
    connectionPorts: set(c.connectionPorts ?? []),
    connectionSecrets: set(c.connectionSecrets ?? []),
    connectionEndpoints: (c.connectionEndpoints ?? []).map(words),
    birthStems: (c.birthStems ?? []).map(normalizeWord),
    senderWords: set(c.senderWords ?? []),
    addressBlockLines: set(c.addressBlockLines ?? []),
    searchResults: set(c.searchResults ?? []),
    searchQueries: set(c.searchQueries ?? []),
    searchCounts: set(c.searchCounts ?? []),
    municipalityWords: set(c.municipalityWords ?? []),
    buildingUnitTerms: new Set(entries.filter((e) => (c.buildingUnitConcepts ?? []).includes(e.concept)).map((e) => e.term)),
    roomWords: set(c.roomWords ?? []),
    tokenRecordFields: (c.tokenRecordFields ?? []).map(normalizeWord),
    referenceContainers: new Set([...entries.filter((e) => !e.languages && (c.referenceConcepts ?? []).includes(e.concept)).map((e) => e.term), ...(c.referenceRegisters ?? []).map(normalizeWord)]),
    placeContainers: new Set([...entries.filter((e) => !e.languages && !e.term.includes(' ') && (c.placeReferenceConcepts ?? []).includes(e.concept)).map((e) => e.term), ...(c.placeReferenceWords ?? []).map(normalizeWord)]),
    occasionStarts: set(c.occasionStarts ?? []),
    occasionEnds: set(c.occasionEnds ?? []),
    occasionTimes: set(c.occasionTimes ?? []),
    placeRecordWords: new Set(entries.filter((e) => !e.languages && !e.term.includes(' ') && (c.placeRecordConcepts ?? []).includes(e.concept)).map((e) => e.term)),
    addressContainers: new Set(entries.filter((e) => !e.languages && !e.term.includes(' ') && (c.addressContainerConcepts ?? []).includes(e.concept)).map((e) => e.term)),
    wholeAddressTerms: new Set(entries.filter((e) => (c.placeReferenceBlockers ?? []).includes(e.concept)).map((e) => e.term)),
    // A person noun ends a compound too: brev|mottaker (letter recipient), rechnungs|empfaenger. Short nouns
    // (mor, far, barn) are left out: they end too many unrelated words.
    compoundHeads: set([...c.compoundHeads, ...lexiconNouns.filter((n) => n.length >= 6)]),
    categories: [...new Set([...builtin.categories.map((f) => f.category), ...rules.map((r) => r.category), ...extraCategories])].sort(),
  };
}

/** The nouns and, where the language makes a genitive by an ending (`s`), each noun not ending in it with it. */
function genitivesOf(nouns: string[], ending: string | undefined): string[] {
  if (!ending) return nouns;
  return [...nouns, ...nouns.filter((n) => !n.endsWith(ending)).map((n) => n + ending)];
}
