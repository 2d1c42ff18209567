/** The decision for one field: which categories it holds, how sure, and why near misses were excluded. */
import { isMailPartyAddress } from './mail-party.js';
import type { CompiledRule, CompiledRules } from './compile.js';
import { classifyContainer, classifySiblings, personBeforeHead, referenceListOf, wordsOf, type ContainerKind, type RecordEvidence } from './context.js';
import { containerHead } from './container-head.js';
import { matchTerms, type TermMatch } from './match-terms.js';
import { GROUPED_CATEGORIES, groupedParts, heldOutBy, inAddressGroup, inGroupOf } from './address-group.js';
import { isIpGeolocation } from './ip-geolocation.js';
import { isJourneyEnd } from './journey-ends.js';
import { isMunicipalityBesideTown } from './municipality.js';
import { isBulkSender } from './bulk-mail.js';
import { placeReferenceOf } from './place-reference.js';
import { isPlaceRecordType } from './place-record.js';
import { namedForAddress, namesParty } from './occasion-place.js';
import { isSearchQuery } from './search-query.js';
import { settingsAskAddress, settingsHoldAddress } from './settings-address.js';
import { isActorAddress } from './actor-address.js';
import { isStreetRegister } from './street-register.js';
import { isAddressList, isSingleText } from './value-list.js';
import { systemOwnedCategories } from './system-owned.js';
import { isBirthRecord } from './birth-place.js';
import { withoutChangeEvent } from './change-event.js';
import { judgeType, mayTellByType } from './type-text.js';
import { hasKindSibling, isContactRecord, valueObjectCategories } from './value-holder.js';
import type { Detection, Exclusion, FieldFacts, FieldResult } from './types.js';

/** Matches below this confidence are reported as `below-threshold` exclusions, not findings. */
export const THRESHOLD = 0.5;

interface Scored {
  category: string;
  confidence: number;
  match: TermMatch;
  notes: string[];
  organisation: boolean;
}

/** Whether a context rule's record is there: a person, an address, a record shaped like an address, a message. */
/**
 * A record named for a person's name (`HumanName`, `PersonName`, a `name: { first, last }` object): the innermost
 * container ends with a name's word. Not in a thing's or an organisation's record, and not a name's kind or format.
 */
function nameRecord(container: ContainerKind, containerWord: string | undefined, names: string[] | undefined): string | undefined {
  if (container === 'non-person' || container === 'organisation' || !names?.length) return undefined;
  return `container:${names.join(' ')}`;
}

function contextHolds(context: NonNullable<CompiledRule['context']>, category: string, container: ContainerKind, containerWord: string | undefined, record: RecordEvidence, rules: CompiledRules, mailWord?: string, callWord?: string, containerNames?: string[]): string | undefined {
  const byContainer = container === 'person' || container === 'organisation' ? `container:${containerWord}` : undefined;
  switch (context) {
    case 'person':
      if (container === 'person') return byContainer;
      if (record.person) return 'siblings:person';
      // `Rh(nome, sexo)`: a sex or gender beside a bare name is a person's (rules/context.yml `personAttributes`).
      if (category === 'name' && record.personAttribute) return 'siblings:person-attribute';
      // A stored mail with copy recipients (`emails(name, from, cc, bcc)`) names the person who sent it; a template of
      // one names itself, and a mail's type or attachment (`email_notification.name`) has no copy recipients.
      return category === 'name' && record.message && !record.template ? 'siblings:message' : undefined;
    case 'address':
      return byContainer ?? (record.person ? 'siblings:person' : record.address ? 'siblings:address' : undefined);
    case 'place':
      return byContainer ?? (record.person ? 'siblings:person' : record.address ? 'siblings:address' : record.region ? 'siblings:region' : undefined);
    case 'address-record':
      if (containerWord && rules.evidenceIndex.get(containerWord)?.some((e) => e.kind === 'address' && e.term.length === 1)) return `container:${containerWord}`;
      return record.addressRecord ? 'record:address' : undefined;
    case 'token-record':
      return record.tokenRecord ? 'siblings:token' : undefined;
    case 'street-record': {
      // `Address.number`, `adresse.numero`: the address's own record writes it in parts.
      if (containerWord && rules.evidenceIndex.get(containerWord)?.some((e) => e.kind === 'address' && e.term.length === 1)) return `container:${containerWord}`;
      return record.addressRecord && record.streetParts ? 'record:street-parts' : undefined;
    }
    case 'message':
      // A call's or a text message's `to` is a number (call-party rules), not a mail recipient's address.
      if (callWord && category === 'email') return undefined;
      // A person container alone is not enough: an invoice's number range has a `to_number` too.
      return container === 'message' ? `container:${containerWord}` : record.message ? 'siblings:message' : record.person ? 'siblings:person' : undefined;
    case 'message-record':
      // A sender or recipient list is an address only in a mail: a person's record has other `from`s (a date, a source).
      // A mail provider's or a company's sender is configuration, whatever mail words it has.
      if (record.template || container === 'organisation') return undefined;
      return mailWord ? `container:${mailWord}` : record.message ? 'siblings:message' : undefined;
    case 'call-record':
      return callWord ? `container:${callWord}` : undefined;
    case 'name-record':
      return nameRecord(container, containerWord, containerNames);
  }
}

/**
 * A scoped word (Danish `by`, Norwegian `post`) counts only where the record is in its language, and only
 * when the field's own other words are not another language's (`created_by` in a Danish table is English).
 */
function languageVerdict(match: TermMatch, record: RecordEvidence, rules: CompiledRules): { note?: string; reason?: string } {
  const scope = match.rule.languages!;
  const assumed = record.languages;
  const label = assumed.join('+') || 'unknown';
  if (assumed.length === 0 || !assumed.every((l) => scope.has(l))) return { reason: `language:${label}` };
  for (const word of [...match.prefix, ...match.suffix]) {
    const languages = rules.languageOf.get(word)?.map((index) => rules.languages[index]!);
    if (languages && !languages.some((l) => scope.has(l))) return { reason: `language:${languages.join('+')}(${word})` };
  }
  return { note: `language:${label}` };
}

/**
 * Whether two or more other fields end in the same number word after a qualifier the vocabulary does not know
 * (`SorNummer`, `EanLokationsnummer` beside a bare `Nummer`): the record is numbered in several registers, and its bare
 * number is one more of its own, no house number. A house's, a flat's or a phone's number (`husnummer`, `phone_number`)
 * is a known word and does not count.
 */
function numberedElsewhere(self: string, term: string[], siblings: string[] | undefined, rules: CompiledRules): boolean {
  if (term.length !== 1) return false;
  let registers = 0;
  for (const sibling of siblings ?? []) {
    if (sibling === self) continue;
    const words = wordsOf(sibling, rules);
    if (words.length < 2 || words[words.length - 1] !== term[0]) continue;
    if (words.slice(0, -1).some((w) => rules.termWords.has(w) || /^\d+$/.test(w))) continue;
    if (++registers >= 2) return true;
  }
  return false;
}

/** Whether another field of the record is a room (`room`, `raum`, `sala`): its floor and unit are the room's place. */
function besideRoom(self: string, siblings: string[] | undefined, rules: CompiledRules): boolean {
  return (siblings ?? []).some((sibling) => sibling !== self && rules.roomWords.has(wordsOf(sibling, rules).at(-1) ?? ''));
}

/** A booking's, an order's record word, as written or in the singular (`reservations`, `orders`). */
function isTransaction(word: string, rules: CompiledRules): boolean {
  return rules.transactionContainers.has(word) || (word.endsWith('s') && rules.transactionContainers.has(word.slice(0, -1)));
}

/** Words of the sending side of a message: in the options of one message being sent, that side is the system's. */
const SENDER_WORDS = new Set(['from', 'sender', 'reply', 'replyto', 'src', 'clid', 'caller']);
/** A mail account's words in a settings record: the address and name the system signs in and sends with. */
const MAIL_ACCOUNT_WORDS = new Set(['user', 'username', 'login', 'smtp', 'imap', 'noreply', 'account']);

function score(match: TermMatch, container: ContainerKind, containerWord: string | undefined, record: RecordEvidence, rules: CompiledRules, excluded: Exclusion[], settingsOf = false, mailWord?: string, callWord?: string, containerNames?: string[], sending = false, kindOfPerson = false, head?: string): Scored | undefined {
  const { rule } = match;
  const notes: string[] = [];
  const exclude = (reason: string) => void excluded.push({ category: rule.category, ruleId: rule.id, reason });
  // `IEmailOptions.from`, `replyTo`, `senderName`: the sender of a message the system sends is the system.
  if (sending && [...match.prefix, ...match.term].some((w) => SENDER_WORDS.has(w))) return exclude('sending:sender');
  // A text message's sender name (`MessageSms.senderName`, `SmsParams.sender_name`) is the alphanumeric sender id an
  // operator shows instead of a number, the organisation's; a received one has a number, no name.
  if (rule.category === 'name' && callWord === 'sms' && [...match.prefix, ...match.term].some((w) => SENDER_WORDS.has(w))) return exclude('sms:sender-id');
  // `OrgUnit.parentName`, `Category.parent_name`: in an organisation's or a thing's record a parent is the node above it.
  // A numbered one (`parent2_name` of a form) is one of a person's parents: a tree has one node above.
  const numbered = [...match.prefix, ...match.term].some((w) => /^\d+$/.test(w));
  const nodeParent = match.personNoun !== undefined && rules.nodeParents.has(match.personNoun) && (container === 'organisation' || container === 'non-person' || record.thing) && !numbered;
  if (nodeParent) notes.push(`node-parent:${match.personNoun}`);
  // `tenantName` beside a lease or a move-in date: the renter's name (rules' `rentalEvidence`).
  const renter = record.rental === true && match.prefix.some((w) => rules.rentalParties.has(w));
  const qualifiedByPerson = (match.personNoun !== undefined && !nodeParent) || rule.person || renter;
  if (match.personNoun !== undefined && !nodeParent) notes.push(`person-noun:${match.personNoun}`);

  // Settings hold the system's own sender, support and reply addresses, whoever they are named after.
  // ...but an address the record is shaped as is the organisation's own postal address (settings-address.ts).
  const ownAddress = settingsHoldAddress(rule.category, container, record, !rule.context);
  // ...and a given or family name there is a person's (`agency_referent_first_name`, `admin_billing_contact_name`: the
  // organisation's referent or contact): only a person has one (rules' `inSettings`).
  if (container === 'settings' && !ownAddress && !rule.inSettings) return exclude(`container:settings(${containerWord})`);
  if (ownAddress) notes.push('settings:own-address');
  if (container === 'settings' && rule.inSettings) notes.push('settings:person');
  // Labels, translations and placeholders are text about a field (`FormLabels.email` is "E-mail"), never its value.
  if (container === 'ui-text') return exclude(`container:ui-text(${containerWord})`);
  // A component's props are what it shows, passed from the holding that is reported where it is declared.
  if (container === 'component') return exclude(`container:component(${containerWord})`);
  // `users.contact`, `customer_contacts.contact`: in a person's own record the term is how to reach them.
  if (rule.notIn && containerWord && rule.notIn.has(containerWord)) return exclude(`container:${containerWord}`);
  // ...and a record no container kind decided is known by its head word (`Account.userName`, `ohrm_login.user_name`).
  if (rule.notIn && !containerWord && head && rule.notIn.has(head)) return exclude(`container:${head}`);
  // `PublicBody.contact`, `InvoiceTemplate.contact` with no email or phone field beside: the term holds how to reach the
  // record's party (its phone numbers, its address lines), not a contact person's name.
  if (rule.besideReach && !record.reach) return exclude('siblings:no-email-or-phone');
  if (rule.languages) {
    const verdict = languageVerdict(match, record, rules);
    if (verdict.reason) return exclude(verdict.reason);
    notes.push(verdict.note!);
  }
  // A mail account's or a mailbox's settings (a port and a password beside): its `name` and sender name are no person's.
  if (record.connection && rule.category === 'name' && !qualifiedByPerson && (rule.generic || rule.context)) return exclude('siblings:connection');
  // ...and its sender's address, email and phone are what a provider prints on what it sends (`mittenteIndirizzo`).
  if (record.connection && rule.category !== 'name' && [...match.prefix, ...match.term].some((w) => rules.senderWords.has(w))) return exclude('siblings:connection-sender');
  // A record with copy recipients is a mail whatever its name's thing word (`OrganizationRuleAction`): its `to` counts.
  const mailOf = rule.context === 'message' && (container === 'message' || record.message === true);
  if (rule.generic) {
    const before = match.prefix[match.prefix.length - 1];
    // `eec_name` in a table whose columns all start with `eec_`: the table's initials qualify nothing.
    const tableInitials = before !== undefined && match.prefix.length === 1 && before === record.tablePrefix;
    // `english_name`, `other_names`: another spelling of the person's name, if the record is a person's (context decides).
    const variant = before !== undefined && rule.category === 'name' && rules.nameVariants.has(before);
    if (before && !qualifiedByPerson && !tableInitials && !variant) return exclude(`name-of:${before}`);
    if (container === 'organisation' && !qualifiedByPerson) return exclude(`container:organisation(${containerWord})`);
    // A person's settings hold their addresses, but a bare `name` there names a setting or an environment.
    if (settingsOf && !qualifiedByPerson) return exclude(`container:settings-of(${containerWord})`);
    // `ClientType.name`, `IAuteurType.naam`: the name of a kind of client or author, unless its fields are a person's.
    if (kindOfPerson && !qualifiedByPerson && !record.person && !record.address) return exclude(`container:kind-of(${containerWord})`);
    // `Reservation(name, reservee_first_name)`, `role_type_orders(name, order_weight)`: a booking's or an order's `name` is
    // its party's only beside that party's own fields; else it is the booking's or the order's own title.
    if (container === 'person' && containerWord && isTransaction(containerWord, rules) && !qualifiedByPerson && !record.ownParty) return exclude(`container:transaction(${containerWord})`);
    // A customer with a VAT id, a website or a contact person of its own and no given or family name is a company.
    if (record.organisation && container === 'person' && containerWord && rules.partyContainers.has(containerWord) && !qualifiedByPerson) return exclude('siblings:organisation');
    if (record.organisation && container === 'neutral' && !qualifiedByPerson) return exclude('siblings:organisation');
    // `Client(name, apiKey)`, `LeadCapture(name, apiKey, formId)`: a record holding an API key and no person's field is a
    // program's access to the app (an API client, an integration), its `name` the program's, whatever the container says.
    if (record.software && !qualifiedByPerson) return exclude('siblings:api-key');
    // A category with `parent_id` and `slug`: its name is a thing's, unless the container is a person's. A mail's
    // `parent_id` is the thread it answers, not a catalogue's tree: its recipients stay addresses.
    // A stored mail's `parent_id` is the thread too (`emails(parent_id, name, cc, bcc)`): its `name` is the sender's.
    // ...and a record with its own person's given or family name is that person's (`Anagrafica(nome, cognome,
    // descrizioneCittadinanza)`): a description of a code beside them is no catalogue's.
    if (record.thing && container !== 'person' && !qualifiedByPerson && !mailOf && !record.message && !record.ownName) return exclude('siblings:thing');
  }
  // `countries.full_name`, `repo_full_name`, `Company.givenName`: a thing's or an organisation's own full or given name.
  if (rule.thingOwns && !qualifiedByPerson) {
    const before = match.prefix[match.prefix.length - 1];
    if (before && (rules.nonPersonContainers.has(before) || rules.organisationContainers.has(before))) return exclude(`name-of:${before}`);
    // ...but a thing's record named for a person first (`UserPermission`, `UpdateRecipientAddressDto`) is about that person:
    // a full name there is theirs, where a bare `name` stays the thing's (generic rules above).
    const personsThing = container === 'non-person' && personBeforeHead(containerNames, rules);
    if ((container === 'non-person' && !mailOf && !personsThing) || container === 'organisation') return exclude(`container:${container}(${containerWord})`);
  }
  let confidence = rule.confidence;
  // `companyMail`, `supplier_mobile`, `store_city`: an organisation noun names whose data it is, as a person noun
  // would (reported as organisation data below). Generic terms were decided above (`companyName` is no person's).
  const ownerNoun = match.prefix[match.prefix.length - 1];
  const ownedByNoun = qualifiedByPerson || (rule.owned && ownerNoun !== undefined && rules.organisationContainers.has(ownerNoun));
  if (rule.context && !ownedByNoun) {
    // A mail's or a call's own words outweigh a thing's head: `CRM Call Log`, `MailLog` are still a call, a mail.
    // ...and a call's or a text message's log holds the number of its party (`sms_logs.mobile`, `CallLog.mobile`).
    const callParty = rule.category === 'phone' && rule.context === 'person' && callWord;
    // ...and a mail's own record whose head is a thing (`mail_queue`, `email_events`, `queued_email`) is still a mail: its
    // `to` and `cc` are addresses, as its `from` is (not its reply-to: a mass mailing's is the sender's side).
    const mailRecipient = rule.context === 'message' && rule.category === 'email' && mailWord && !record.template && container !== 'organisation' && !match.term.some((w) => SENDER_WORDS.has(w)) ? mailWord : undefined;
    const channel = (rule.context === 'call-record' && callWord) || (rule.context === 'message-record' && mailWord) || mailRecipient || callParty;
    // A thing's record shaped like an address (`services(adresse, code_postal, ville)`, a venue, a tax registration)
    // holds that place's postal address: its town and unit are parts of it, as its street is.
    // ...and a town or a unit with the qualifier of the record's address group (`LOCALITA_VERS` beside `INDIRIZZO_VERS`,
    // `CAP_VERS`) is that address's, whatever else the record holds (address-group.ts).
    const grouped = inGroupOf(match, record.addressGroups);
    const thingsAddress = rule.category === 'address' && (record.addressRecord || grouped);
    // A token's record is a thing; its identifier is still the address the token was sent to.
    const tokenOf = rule.context === 'token-record';
    if (container === 'non-person' && !channel && !mailOf && !thingsAddress && !tokenOf) return exclude(`container:non-person(${containerWord})`);
    // `mail1`..`mail5` beside each other: a list of addresses kept in numbered columns; a message is never numbered so.
    // ...nor qualified the way only an address is, by a word of the category's own suffixes (`mail_privado`, `mail_empresa`,
    // `mail_novo`, `mail_facturation`: whose or which address).
    const addressWord = (w: string) => /^\d+$/.test(w) || rules.suffixes.get(rule.category)?.has(w) === true;
    const numbered = rule.numbered && match.prefix.length === 0 && match.suffix.length > 0 && match.suffix.every(addressWord);
    const why = contextHolds(rule.context, rule.category, container, containerWord, record, rules, mailWord, callWord, containerNames) ?? (mailRecipient ? `container:${mailRecipient}` : callParty ? `container:${callWord}` : numbered ? 'numbered' : grouped ? 'address-group' : undefined);
    if (why) notes.push(why);
    else confidence = rule.baseWithoutContext;
  } else if (container === 'non-person' && rule.generic && !qualifiedByPerson && !mailOf) {
    return exclude(`container:non-person(${containerWord})`);
  }
  if (confidence < THRESHOLD) return exclude('below-threshold');
  // `teamEmail`, `companyPhone`, `storeAddress`: the group's own data, reported as organisation data.
  const before = match.prefix[match.prefix.length - 1];
  const ownedByOrganisation = before !== undefined && rules.organisationContainers.has(before) && !qualifiedByPerson;
  if (ownedByOrganisation) notes.push(`organisation-noun:${before}`);
  return { category: rule.category, confidence, match, notes, organisation: (container === 'organisation' || ownAddress || ownedByOrganisation) && !qualifiedByPerson };
}

/** A match no term of the name made: a validator's hint or a column's size says the category outright. */
function saidOutright(id: string, category: string, confidence: number): TermMatch {
  return { rule: { id, category, confidence, terms: [], baseWithoutContext: 0, generic: false, person: false, bare: false, idLike: false, owned: false, role: false, thingOwns: false }, term: [], prefix: [], suffix: [] };
}

/**
 * A type named for a kind of record about the data (`ColdEmail`, `TeamEmail`, `OrganisationEmail`: a model of its
 * own, linked to) rather than the value (`EmailAddress`, `HomeAddress`, `CustomerPhone`): a word before the term that
 * is no person noun or record of a person (`OrderAddress`), no qualifier the data allows and no term word. A single
 * letter is an interface's or type's naming prefix (`IAddress`, `TAddress`), not a word.
 */
function namesARecord(match: TermMatch, rules: CompiledRules): boolean {
  // Words before the person noun are a system's or a register's prefix (`PdlPersonNavn`, `CrmPersonName`): the type is
  // still that person's name; only a word between the person and the term (`PersonTaxAddress`) names another record.
  const person = match.personNoun === undefined ? -1 : match.prefix.lastIndexOf(match.personNoun);
  return match.prefix.slice(person + 1).some(
    (w) => w.length > 1 && !(rules.personNouns.has(w) || rules.personContainers.has(w) || rules.allowedSuffixes.has(w) || rules.anySuffix.has(w) || rules.termWords.has(w)),
  );
}

/**
 * `emails: EmailAreaPromotora[]`, `telefones: TelefoneContato[]`: where compounds put the head first (a Portuguese,
 * Spanish, French or Italian record), a type named with the member's own email or phone term first is that data of
 * whatever follows (the promoting area's emails), so the member holds the values its name says. In an English record the
 * term first names a kind of thing (`emails: EmailMessage[]`, `phones: PhoneLog[]`), which stays a link.
 */
function headFirstOwnData(words: string[], typeName: string, matches: TermMatch[], rules: CompiledRules, siblingsOf: (withLanguage: boolean) => SiblingEvidence): boolean {
  if (words.length !== 1 || matches.length !== 1) return false;
  const category = matches[0]!.rule.category;
  if (category !== 'email' && category !== 'phone') return false;
  const typed = wordsOf(typeName, rules);
  if (typed.length < 2 || !rules.termCategories.get(typed[0]!)?.has(category)) return false;
  // An English compound in any record (`EmailTemplate`, `EmailMessage`, `PhoneSettings`, `EmailSmtpAccount`) is a thing.
  const thing = (w: string) => rules.termWords.has(w) || rules.settingsContainers.has(w) || rules.messageContainers.has(w) || rules.mailContainers.has(w) || rules.systemWords.has(w);
  if (typed.slice(1).some(thing)) return false;
  const languages = siblingsOf(true).languages;
  return languages.length > 0 && languages.every((l) => rules.headFirstIndexes.has(rules.languages.indexOf(l)));
}

/** A type named by one word of the same rule as the field's own one word (`navn: NameDataRecord`). */
function sameTermRecord(typeName: string, matches: TermMatch[], rules: CompiledRules): boolean {
  const typed = typeWords(typeName, rules);
  if (typed.length !== 1) return false;
  const alone = (m: TermMatch) => m.prefix.length === 0 && m.suffix.length === 0 && m.term.length === 1;
  return matchTerms(typed, rules).matches.some((t) => alone(t) && matches.some((m) => alone(m) && m.rule === t.rule));
}

/** The words of a type name without the wrappers around the value (`FullNameMetadata` -> full, name). */
function typeWords(name: string, rules: CompiledRules): string[] {
  const words = wordsOf(name, rules);
  let end = words.length;
  while (end > 1 && rules.typeWrappers.has(words[end - 1]!)) end--;
  return withoutChangeEvent(end === words.length ? words : words.slice(0, end), rules);
}

/**
 * The category the innermost container is named after, when that category allows the field's term after it:
 * `address` inside `senderEmail` is an email address (email allows `address` after it), not a postal one.
 */
function ownerCategory(container: string[] | undefined, match: TermMatch, rules: CompiledRules): string | undefined {
  const segment = container?.[container.length - 1];
  if (!segment) return undefined;
  // `EmailChangedMessage { address }`: an event of the email changing carries the email (change-event.ts); a type's
  // wrapper word after it (`PhonenumberInput { number }`, `EmailDto { address }`) names no other value.
  const words = typeWords(segment, rules);
  for (let length = Math.min(3, words.length); length > 0; length--) {
    for (const category of rules.termCategories.get(words.slice(words.length - length).join(' ')) ?? []) {
      if (category !== match.rule.category && rules.suffixes.get(category)?.has(match.term[0]!)) return category;
    }
  }
  return undefined;
}

/** The name's words a container ends with (`HumanName`, `PersonNameDto`, `name` of `{ name: { first, last } }`). */
function nameOfContainer(container: string[] | undefined, rules: CompiledRules): string[] | undefined {
  const segment = container?.[container.length - 1];
  if (!segment) return undefined;
  const words = typeWords(segment, rules);
  const last = words[words.length - 1];
  if (!last) return undefined;
  const named = rules.rules.some((r) => r.category === 'name' && (r.generic || r.id === 'name.part') && !r.languages && r.terms.some((t) => t.length === 1 && t[0] === last));
  return named ? [last] : undefined;
}

/** SQL character column types: a column typed so holds text, not a reference number or a code-level id. */
const CHARACTER_COLUMN = /^\s*(?:n?varchar2?|character varying|n?char|character|n?text|citext|tinytext|mediumtext|longtext|data)\b/i;

/** A character column declared at most three characters long (`varchar(2)`, `char(1)`, `VARCHAR2(3 BYTE)`). */
function shortCharacterColumn(type: string | undefined): boolean {
  const sized = type && /^\s*(?:n?varchar2?|character varying|n?char|character)\s*\(\s*(\d+)(?:\s+(?:byte|char))?\s*\)/i.exec(type);
  return sized ? Number(sized[1]) <= 3 : false;
}

const NO_RECORD: RecordEvidence = Object.freeze({ person: false, strongPerson: false, address: false, addressRecord: false, thing: false, region: false, languages: [] as string[] });

const NOTHING: FieldResult = Object.freeze({ matches: [], excluded: [] }) as FieldResult;

export type SiblingEvidence = RecordEvidence;

/**
 * The value field of a record of one contact point (`contact_information.data`, `ContactInfoPiece.value`,
 * `yhteystiedot.yhteystieto_arvo`): a phone number or an email address, whichever its kind field says. The field is
 * the value word alone or after the record's own words; typed as text (a `value: ContactValue` is a relation).
 */
function contactPointValue(facts: FieldFacts, words: string[], rules: CompiledRules): FieldResult | undefined {
  const valueWord = words[words.length - 1];
  if (!valueWord || !rules.contactPointValues.has(valueWord) || facts.hints?.length) return undefined;
  const segment = facts.container?.[facts.container.length - 1];
  if (!segment) return undefined;
  const containerWords = wordsOf(segment, rules);
  // `IContacto { tipo, valor }`, `customercontacts(contact, type)`: a contact record with its kind beside the value.
  const point = classifyContainer(facts.container, rules).point ?? (isContactRecord(containerWords, rules) && hasKindSibling(facts.siblings, rules) ? `${containerWords.at(-1)}+kind` : undefined);
  // `class EmailAddress { value }`, `Direccion { valor }`: a value object holds the datum it is named for.
  const valueOf = point || words.length > 1 || !rules.valueWords.has(valueWord) ? [] : rules.kindHeads.has(containerWords.at(-1)!) ? [] : valueObjectCategories(typeWords(segment, rules), rules);
  if (!point && valueOf.length === 0) return undefined;
  const own = new Set([...containerWords, ...rules.contactPointContainers.flat()]);
  if (!words.slice(0, -1).every((w) => own.has(w))) return undefined;
  const type = judgeType(facts.type, rules);
  if (type.kind !== 'text' && type.kind !== 'unknown') return undefined;
  const notes = point ? [`container:contact-point(${point})`] : [`container:value-of(${segment})`];
  const ruleOf = point ? 'contact-point' : 'value-object';
  const matches: Detection[] = (point ? ['email', 'phone'] : valueOf).map((category) => ({ category, confidence: 0.8, evidence: { ruleId: `${category}.${ruleOf}`, words: [valueWord], confidence: 0.8, notes } }));
  return { matches, excluded: [] };
}

/**
 * `siblingsOf` is called only when an ambiguous term needs the siblings' evidence (with their language where a
 * rule asks it); the detector's memo shares one result among the fields with the same name, type and container
 * kind whose evidence read is the same.
 */
export function classifyWithRules(
  facts: FieldFacts,
  rules: CompiledRules,
  siblingsOf: (withLanguage: boolean) => SiblingEvidence = (withLanguage) => classifySiblings(facts.siblings, facts.name, rules, withLanguage ? facts.container ?? [] : undefined, facts.container),
): FieldResult {
  const words = wordsOf(facts.name, rules);
  const contactPoint = contactPointValue(facts, words, rules);
  if (contactPoint) return contactPoint;
  // The common case: a field whose words match no rule, with no validator hint and no telling type.
  if (!facts.hints?.length && !words.some((w) => rules.termWords.has(w)) && !mayTellByType(facts.type)) return NOTHING;
  const excluded: Exclusion[] = [];
  const cachedTerms = matchTerms(words, rules);
  const matches = [...cachedTerms.matches];
  excluded.push(...cachedTerms.excluded);
  // `OPER_PRESCRIBER`, `DOC_AUTHOR`: the table's initials before every column qualify nothing, so a bare term after
  // them stands alone (as `eec_name` does for the generic name rule below).
  // The siblings are read with their language when any term that may count asks for it (one memo entry, one question).
  const afterInitials = words.length > 1 && cachedTerms.excluded.some((e) => e.reason === `qualifier:${words[0]}`) ? matchTerms(words.slice(1), rules).matches.filter((m) => m.rule.bare && !matches.some((x) => x.rule === m.rule)) : [];
  const askLanguage = [...matches, ...afterInitials].some((m) => m.rule.languages);
  if (afterInitials.length > 0 && siblingsOf(askLanguage).tablePrefix === words[0]) {
    for (const m of afterInitials) {
      matches.push(m);
      const at = excluded.findIndex((e) => e.ruleId === m.rule.id && e.reason === `qualifier:${words[0]}`);
      if (at >= 0) excluded.splice(at, 1);
    }
  }

  // `En_Num` beside `En_CEP` and `En_Bairro`: a bare part qualified as its record's address group is that address's
  // (address-group.ts). Whether to ask depends on the name alone, as the memo requires; the language is always asked.
  const grouped = excluded.some(heldOutBy(GROUPED_CATEGORIES)) ? groupedParts(words, rules) : [];
  if (grouped.length > 0) {
    const groups = siblingsOf(true).addressGroups;
    for (const { key, match } of grouped) {
      if (!inAddressGroup(groups, key) || matches.some((m) => m.rule === match.rule)) continue;
      matches.push(match);
      for (let i = excluded.length - 1; i >= 0; i--) if (excluded[i]!.ruleId === match.rule.id && excluded[i]!.reason.startsWith('qualifier:')) excluded.splice(i, 1);
    }
  }

  const { kind: found, word: containerWord, settingsOf, mail, call, sending, kindOfPerson, bulk, companySettings } = classifyContainer(facts.container, rules);
  // `Tenant(name, email, moveIn, contracts)`: a tenant whose record speaks of renting is a renter, a person (rules' `rentalEvidence`).
  const renterRecord = found === 'organisation' && containerWord !== undefined && rules.rentalParties.has(containerWord) && matches.length > 0;
  let container = found;
  // Siblings matter only for ambiguous terms; reading them costs a pass over every other field.
  // Every address asks too: an occasion's (a start and an end beside it) is a venue's (occasion-place.ts).
  const needsSiblings = matches.some((m) => m.rule.context || m.rule.generic || m.rule.languages || m.rule.inRecord || m.rule.category === 'address') || settingsAskAddress(container, matches.map((m) => m.rule.category));
  const type = judgeType(facts.type, rules);
  // A one-word email or phone member typed as a record asks the record's language (`headFirstOwnData`): the same
  // question for every field of this name and type, as the memo in index.ts requires.
  const typedContact = type.kind === 'object' && words.length === 1 && matches.some((m) => m.rule.category === 'email' || m.rule.category === 'phone');
  const siblings = needsSiblings || renterRecord ? siblingsOf(askLanguage || typedContact || matches.some((m) => m.rule.languages)) : NO_RECORD;
  if (renterRecord && siblings.rental) container = 'person';

  // A field named for one thing but typed as another: `billing: Address`, `name: FullName`, `email: EmailSettings`.
  let typeMatches: TermMatch[] = [];
  if (type.kind === 'object') {
    const typed = matchTerms(typeWords(type.name, rules), rules);
    // A bare `name` in a type counts only with a person noun: `PersonName`, `CustomerName`.
    // Scoped words never count from a type name: `WindowStr` is no German street.
    // An address member typed as a kind of address (`matrikkeladresse: Matrikkeladresse`, `adres: IAdresregisterAdres`):
    // a record named for an address is one, whatever kind of address its first word says (a model about addresses
    // would end in another word: `AddressVerification`).
    const addressKind = (m: TermMatch) => m.rule.category === 'address' && m.suffix.length === 0 && matches.some((f) => f.rule.category === 'address');
    // A type named for a role (`benutzer: Sachbearbeiter`, `author: Author`) is that person's record, a relation: a bare
    // role word says what a text member holds, never what a record type does.
    typeMatches = typed.matches.filter((m) => !m.rule.languages && !m.rule.bare && ((!m.rule.context && !m.rule.generic) || m.personNoun !== undefined) && (!namesARecord(m, rules) || addressKind(m)));
    const typeHead = wordsOf(type.name, rules).at(-1);
    if (matches.length === 0 && typeHead && rules.kindHeads.has(typeHead)) typeMatches = [];
    // `phoneNumbers: ContactInfoPiece[]`: a list of a person's contact points, which the member's name says the kind of.
    // A digital address (a Dutch `DigitaalAdres`) is a phone or an email, never the postal address its name's word says.
    const point = classifyContainer([type.name], rules).point;
    if (point && wordsOf(point, rules).some((w) => rules.termCategories.get(w)?.has('address'))) {
      for (let i = matches.length - 1; i >= 0; i--) {
        if (matches[i]!.rule.category !== 'address') continue;
        excluded.push({ category: 'address', ruleId: matches[i]!.rule.id, reason: `type:${type.name}` });
        matches.splice(i, 1);
      }
    }
    // `naam: NaamSource`, `name: Name`: a type that repeats the field's own words is the field's own record, not another.
    // One word only: `teamEmail: TeamEmail` is a record of its own about the data, linked to.
    // Not a role's: `sachbearbeiter: Sachbearbeiter` links to the caseworker's record, as `author: Author` does, nor a
    // bare party word's: `recipients: Recipient[]` of a signing envelope links to its recipients' records.
    // ...and so is one that says it in another language of the lexicon (`navn: NameDataRecord`, `adresse: Address`): the same
    // rule's one-word term, as a register's generated types name a Danish field in English.
    const ownRecord = words.length === 1 && (typeWords(type.name, rules).join(' ') === words[0] || sameTermRecord(type.name, matches, rules)) && !matches.some((m) => m.rule.role || m.rule.bare);
    const ownOfOther = typeMatches.length === 0 && !ownRecord && headFirstOwnData(words, type.name, matches, rules, siblingsOf);
    if (typeMatches.length === 0 && matches.length > 0 && !point && !ownRecord && !ownOfOther) {
      for (const m of matches) excluded.push({ category: m.rule.category, ruleId: m.rule.id, reason: `type:${type.name}` });
      matches.length = 0;
    }
    // `comune: Comune`, `comuneIsa: ComuneISA`: a town member typed as a place's own record links to it (place-record.ts).
    if (isPlaceRecordType(type.name, rules)) {
      const placeWord = (m: TermMatch) => m.rule.category === 'address' && !rules.wholeAddressTerms.has(m.term.join(' '));
      for (const m of matches.filter(placeWord)) excluded.push({ category: 'address', ruleId: m.rule.id, reason: `type:place-record(${type.name})` });
      typeMatches = typeMatches.filter((m) => !placeWord(m));
      for (let i = matches.length - 1; i >= 0; i--) if (placeWord(matches[i]!)) matches.splice(i, 1);
    }
  }

  const scored = new Map<string, Scored>();
  const consider = (s: Scored | undefined) => {
    if (s && (!scored.has(s.category) || scored.get(s.category)!.confidence < s.confidence)) scored.set(s.category, s);
  };
  // A specific name rule (first_name) wins over the bare `name` rule.
  const specificName = matches.some((m) => m.rule.category === 'name' && !m.rule.generic);
  // A validator says what the value is: `workAddress: z.string().email()` is an email, not a postal address.
  const hinted = new Set(facts.hints ?? []);
  for (const match of matches) {
    if (match.rule.generic && specificName) continue;
    // `user_name` of a topic is who acted; a bare `userName` in code may as well be the login (name.user).
    if (match.rule.inRecord && !facts.container?.length) {
      excluded.push({ category: match.rule.category, ruleId: match.rule.id, reason: 'no-record' });
      continue;
    }
    if (hinted.size && !hinted.has(match.rule.category)) {
      excluded.push({ category: match.rule.category, ruleId: match.rule.id, reason: `hint:${[...hinted].join(',')}` });
      continue;
    }
    // `email_id varchar(140)` is an address; `emailId: string` is as likely a mail record's id.
    if (match.rule.idLike && !hinted.has(match.rule.category) && !CHARACTER_COLUMN.test(facts.type ?? '')) {
      excluded.push({ category: match.rule.category, ruleId: match.rule.id, reason: 'id-like:type' });
      continue;
    }
    if (match.rule.textOnly && !isSingleText(facts.type, rules)) {
      excluded.push({ category: match.rule.category, ruleId: match.rule.id, reason: 'type:not-text' });
      continue;
    }
    // `external_user_name` beside `external_user_password`: in an account's record a user name is the login.
    if (match.rule.inRecord && siblings.credentials) {
      excluded.push({ category: match.rule.category, ruleId: match.rule.id, reason: 'siblings:credentials' });
      continue;
    }
    // `MassEmail.fromName`, `mailing_sender_name`: a mailing sent to many is the organisation's (bulk-mail.ts).
    if (bulk && match.rule.category === 'name' && isBulkSender(match.prefix, match.term)) {
      excluded.push({ category: match.rule.category, ruleId: match.rule.id, reason: `container:bulk-mail(${bulk})` });
      continue;
    }
    // `MassEmail.reply_to`, `mail_queue.reply_to` where a subject and a body alone make the record a mail (mail-shape.ts):
    // a mailing's or a queue's reply-to is the sender's side, as in a mail's own record (`mailRecipient`); a stored
    // message's (`rtmessages.replyto`) is its writer's.
    if (siblings.messageByShape && (bulk || container === 'non-person') && match.rule.category === 'email' && match.term.some((w) => w === 'reply' || w === 'replyto')) {
      excluded.push({ category: match.rule.category, ruleId: match.rule.id, reason: `siblings:mail-shape-reply(${bulk ?? containerWord})` });
      continue;
    }
    // `senderEmail: { name, address }`: the object is named for an email, so its `address` is the email. Not where the
    // fields make a postal address (`empfaenger { vorname, nachname, adresse, plz, ort }`): a recipient's record
    // named with a mail's party word is then a letter's addressee.
    const postal = match.rule.category === 'address' && siblings.addressRecord;
    const owner = match.prefix.length === 0 && match.suffix.length === 0 && !postal ? ownerCategory(facts.container, match, rules) : undefined;
    if (owner) {
      excluded.push({ category: match.rule.category, ruleId: match.rule.id, reason: `container-is:${owner}` });
      consider({ category: owner, confidence: match.rule.confidence, match: { ...match, rule: { ...match.rule, id: `${owner}.container`, category: owner } }, notes: [`container-is:${owner}`], organisation: false });
      continue;
    }
    // A company's settings keep its mail transport too: the sender, the reply-to and the account it signs in with
    // (`default_mail_sender_address`, `emailReplyTo`, `emailUser`) are configuration, as any settings' are.
    if (companySettings && words.some((w) => rules.senderWords.has(w) || MAIL_ACCOUNT_WORDS.has(w))) {
      excluded.push({ category: match.rule.category, ruleId: match.rule.id, reason: `container:settings(${containerWord})` });
      continue;
    }
    consider(score(match, container, containerWord, siblings, rules, excluded, settingsOf, mail, call, match.rule.context === 'name-record' ? nameOfContainer(facts.container, rules) : match.rule.thingOwns ? facts.container : undefined, sending, kindOfPerson, match.rule.notIn ? containerHead(facts.container, rules) : undefined));
  }
  // `@IsEmail() fromAddress` of a mail server's settings, `from_email EmailField` of a mail log: a type or a validator says
  // what the value is, the name whose; where the name's own term of that kind was the system's (a sender word, a settings
  // record), neither brings it back (system-owned.ts).
  const ownedBySystem = systemOwnedCategories(scored.keys(), excluded, words.some((w) => rules.senderWords.has(w)));
  for (const match of typeMatches) {
    if (ownedBySystem.has(match.rule.category)) continue;
    consider({ category: match.rule.category, confidence: 0.95, match, notes: [`type:${(type as { name: string }).name}`], organisation: container === 'organisation' });
  }
  for (const hint of facts.hints ?? []) {
    if (ownedBySystem.has(hint)) {
      excluded.push({ category: hint, ruleId: `hint.${hint}`, reason: 'hint:system-owned' });
      continue;
    }
    consider({ category: hint, confidence: 0.99, match: saidOutright(`hint.${hint}`, hint, 0.99), notes: ['hint:validator'], organisation: container === 'organisation' });
  }

  // `aangemaakt_door NVARCHAR(320)`: who did it, in a column sized for an email address (actor-address.ts).
  if (!scored.has('email') && isActorAddress(words, facts.type)) {
    consider({ category: 'email', confidence: 0.9, match: saidOutright('email.actor-length', 'email', 0.9), notes: ['type:email-length'], organisation: false });
  }

  // `t_storico_mail.destinatario`: a mail's party word is the address it went to, not a register's role name (mail-party.ts).
  if (isMailPartyAddress(scored.get('email'), scored.get('name'))) {
    excluded.push({ category: 'name', ruleId: scored.get('name')!.match.rule.id, reason: 'mail-party:address' });
    scored.delete('name');
  }

  const detections: Detection[] = [];
  let organisation = false;
  // `zipcodes.zip`, `streets.name`: a reference list of postcodes or streets holds nobody's address.
  // ...and a record named for a town or a region with no street or address of its own (`Commune(nom, codePostal)`) lists places.
  const referenceList = scored.has('address') ? (referenceListOf(facts.container, rules) ?? (isStreetRegister(facts.siblings) ? 'street-register' : undefined) ?? placeReferenceOf(facts.container, facts.siblings, rules)) : undefined;
  for (const s of scored.values()) {
    if (referenceList && s.category === 'address' && !facts.hints?.includes('address')) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: `container:reference(${referenceList})` });
      continue;
    }
    // `origin_city` beside `destination_city`: a ride's or a shipment's ends, not an address (journey-ends.ts).
    if (s.category === 'address' && s.match.rule.id === 'address.place' && isJourneyEnd(facts.name, facts.siblings, rules)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'journey-end' });
      continue;
    }
    // `Termin(startZeit, endZeit, straße, stadt)`: where an occasion takes place, unless a party is named (occasion-place.ts).
    if (s.category === 'address' && siblings.occasion && !namesParty(s.match, rules) && !namedForAddress(facts.container, rules)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'siblings:occasion' });
      continue;
    }
    // `ahoy_visits(ip, region, city)`: where a visitor's IP address was placed on a map (ip-geolocation.ts).
    if (s.category === 'address' && s.match.rule.id === 'address.place' && isIpGeolocation(facts.siblings, siblings, rules)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'ip-geolocation' });
      continue;
    }
    // `users_search_histories(keywords, city, results_count)`: a search log's places are what was searched for.
    if (s.category === 'address' && siblings.searchLog && !namesParty(s.match, rules)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'siblings:search-log' });
      continue;
    }
    // `SamhandlerSok(navn, postnummer, poststed)`: a search's criteria are what is searched for (search-query.ts).
    if (s.category === 'address' && !namesParty(s.match, rules) && isSearchQuery(facts.container, rules)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'container:search-query' });
      continue;
    }
    // `Adresse(strasse, plz, ort, gemeinde)`: a municipality beside a town is the town's administrative unit (municipality.ts).
    if (s.category === 'address' && !facts.hints?.includes('address') && isMunicipalityBesideTown(s.match, facts.name, facts.siblings, rules)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'siblings:municipality-beside-town' });
      continue;
    }
    // `Sygehus(Nummer, SorNummer, EanLokationsnummer, Vejnavn)`: a record numbered in other registers has its own number too.
    if (s.category === 'address' && s.match.rule.id === 'address.number' && s.match.prefix.length === 0 && numberedElsewhere(facts.name, s.match.term, facts.siblings, rules)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'siblings:register-numbers' });
      continue;
    }
    // `facilities(room, floor, unit_number)`: a flat's part beside a room says where the room is in a building.
    if (s.category === 'address' && rules.buildingUnitTerms.has(s.match.term.join(' ')) && besideRoom(facts.name, facts.siblings, rules)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'siblings:room' });
      continue;
    }
    // `PlexConnection(protocol, address, port)`: a bare address beside a port is a host's, no postal one; a record with the
    // parts of an address too (a club's settings: its street and postcode beside the mail server's port) keeps them.
    if (s.category === 'address' && siblings.networkPort && !siblings.addressRecord && s.match.prefix.length === 0 && s.match.suffix.length === 0 && type.kind !== 'object') {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'siblings:network-port' });
      continue;
    }
    // `LuogoNascita.descComune`, `Foedested.by`: a place of birth (birth-place.ts).
    if (s.category === 'address' && !facts.hints?.includes('address') && isBirthRecord(facts.container, rules)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'container:birth-place' });
      continue;
    }
    if (s.category === 'address' && isAddressList(facts.type)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'type:list' });
      continue;
    }
    if (type.kind === 'ruled-out') {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: type.reason });
      continue;
    }
    // `ordrer.mail varchar(2)`, `sms_tlf char(1)`: no address or number fits in three characters; the column is a flag or
    // a code (a house letter or a floor does fit, so addresses and names are left to the words).
    if ((s.category === 'email' || s.category === 'phone') && shortCharacterColumn(facts.type)) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'type:short-text' });
      continue;
    }
    if (type.kind === 'numeric' && (!rules.numericAllowed.has(s.category) || rules.numericReferences.has(s.match.term.join(' ')))) {
      excluded.push({ category: s.category, ruleId: s.match.rule.id, reason: 'type:numeric' });
      continue;
    }
    organisation ||= s.organisation;
    const notes = [...s.notes];
    if (type.kind === 'text') notes.push('type:text');
    if (s.organisation) notes.push('organisation');
    detections.push({ category: s.category, confidence: s.confidence, evidence: { ruleId: s.match.rule.id, words: s.match.term, confidence: s.confidence, notes } });
  }
  detections.sort((a, b) => b.confidence - a.confidence || a.category.localeCompare(b.category));
  return { matches: detections, excluded, ...(organisation ? { isOrganisation: true } : {}) };
}
