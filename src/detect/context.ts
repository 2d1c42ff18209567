/** What a field's container and siblings say: a person, an address, an organisation, settings, or a thing. */
import { addressGroupsOf } from './address-group.js';
import { bulkMailWord } from './bulk-mail.js';
import type { CompiledRules, EvidenceKind } from './compile.js';
import { decompose } from './decompose.js';
import { joinSplitCompounds } from './join-split-compounds.js';
import { matchTerms, type TermMatch } from './match-terms.js';
import { isMailFilter, isPartyAddress, mailPart } from './mail-shape.js';
import { occasionField } from './occasion-place.js';
import { joinContainerCompounds } from './container-compounds.js';
import { splitWords } from './split-words.js';

export type ContainerKind = 'person' | 'non-person' | 'organisation' | 'settings' | 'ui-text' | 'component' | 'message' | 'neutral';

/** What a record's fields and names say about it: its shape (a person, an address, a thing) and its language. */
export interface RecordEvidence {
  /** Some field is a person's (a given or family name, an email). */
  person: boolean;
  /** Two or more fields are a person's: strong enough to outweigh a tree or catalogue field. */
  strongPerson: boolean;
  /**
   * A person's or an address's field is named without another person's noun before it (`email`, `street`, not
   * `reservee_email`): the record holds its own party's data, not only someone else's.
   */
  ownParty?: boolean;
  /** Some field is part of a postal address (street, postcode, PO box). */
  address: boolean;
  /** The fields make an address: two address parts, at least one of them a street, postcode or address. */
  addressRecord: boolean;
  /**
   * A field writes the street apart from the rest of the address (a street name, a unit, a district): a bare number
   * beside it is the house number. Beside a whole address line only (`address`, `direccion`) a number is the record's
   * own (an invoice's, a customer's).
   */
  streetParts?: boolean;
  /** A field holds a server connection's port or endpoint and another its password: the record is that connection's settings. */
  connection?: boolean;
  /** A field is a network port (`port`): a bare address beside it is the host's (classify-field.ts). */
  networkPort?: boolean;
  /** A field counts the results a search had (`results_count`): the record is a search log, its places searched for. */
  searchLog?: boolean;
  /** A field holds a password: the record is an account's, and a user name in it is the login (classify-field.ts). */
  credentials?: boolean;
  /** The record is a sign-in or verification token (a token and its expiry) that links to no user: the identifier is the address. */
  tokenRecord?: boolean;
  /** A tree or catalogue field (`parent_id`, `slug`, `sku`) and nothing strongly personal. */
  thing: boolean;
  /**
   * A field is the record's own given or family name (`cognome`, `surname`; not `parent_last_name`): the record is a
   * person's, whatever description or tree field it has (`Anagrafica(nome, cognome, descrizioneCittadinanza)`).
   */
  ownName?: boolean;
  /** A field is a person's sex, gender or date of birth (`sexo`, `geslacht`, `fødselsdato`): the record's bare name is a person's (rules' `personAttributes`). */
  personAttribute?: boolean;
  /** A field names a region (country, state): a town beside it is a location's. */
  region: boolean;
  /** Times of day it starts and ends, no person's field, no party's link: an occasion, its address the venue's (occasion-place.ts). */
  occasion?: boolean;
  /**
   * Two fields are copy recipients (`cc`, `bcc`, `invoice_cc`): the record is a message, whatever it is called, unless
   * it links to a transport or configuration (`id_smtp`): then it is a template of one.
   */
  message?: boolean;
  /** A field for a mail's subject and one for its body, and no party's own address field: mail-shape.ts. */
  mailShape?: boolean;
  /** `message` was set by the mail's shape alone (no copy recipients, no mail word): its reply-to stays out. */
  messageByShape?: boolean;
  /** A field links to a transport or configuration (`id_smtp`): a mail record is a template sent through it. */
  template?: boolean;
  /** A company's field (VAT id, website, its own contact) and no given or family name: a party's record is a company's. */
  organisation?: boolean;
  /** Some field holds an email address or a phone number (not a flag or a link about one): how the record's party is reached. */
  reach?: boolean;
  /** A field holds an API key or a client secret and none is a person's: the record is a program's access (an API client). */
  software?: boolean;
  /** A field speaks of renting a home (rules' `rentalEvidence`): a tenant here is a renter, a person (classify-field.ts). */
  rental?: boolean;
  /**
   * A short word most columns start with that is no word of the vocabulary (`eec_` of `eec_name`, `eec_mobile_no`
   * in an emergency-contacts table): the table's initials, not a noun that the data is of.
   */
  tablePrefix?: string;
  /** Qualifiers two or more address fields share (`p:en` of `En_CEP`, `En_Bairro`): address-group.ts. */
  addressGroups?: string;
  /** The languages the record's own words are most in (none when they are English or say nothing). */
  languages: string[];
}

const NO_EVIDENCE: RecordEvidence = Object.freeze({ person: false, strongPerson: false, address: false, addressRecord: false, thing: false, region: false, languages: [] }) as unknown as RecordEvidence;

interface Caches {
  words: Map<string, string[]>;
  containers: Map<string, ContainerVerdict>;
  siblings: Map<string, RecordEvidence>;
  withLanguages: WeakMap<RecordEvidence, Map<string[], RecordEvidence>>;
  languageSets: Map<number, string[]>;
}

// Per compiled rule set: a policy's own terms change how names split and what containers mean, and one
// process (an editor, the test suite) may hold detectors for several policies.
const cachesByRules = new WeakMap<CompiledRules, Caches>();

function cachesOf(rules: CompiledRules): Caches {
  let caches = cachesByRules.get(rules);
  if (!caches) cachesByRules.set(rules, (caches = { words: new Map(), containers: new Map(), siblings: new Map(), withLanguages: new WeakMap(), languageSets: new Map() }));
  return caches;
}

/** Words of an identifier after compound splitting; identifiers repeat across a codebase, so they are cached. */
export function wordsOf(name: string, rules: CompiledRules): string[] {
  const cache = cachesOf(rules).words;
  let words = cache.get(name);
  if (!words) {
    words = joinParties(joinSplitCompounds(splitWords(name), rules).flatMap((w) => decompose(w, rules)), rules);
    if (cache.size > 100_000) cache.clear();
    cache.set(name, words);
  }
  return words;
}

/** `speakers` -> speaker, `beneficiaries` -> beneficiary, `coaches` -> coach: a table is named in the plural. */
function singularOf(word: string): string | undefined {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss') || word.endsWith('us')) return undefined;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** `bill to name` -> billto name: a verb and `to` name the party (rules' `partyVerbs`), not a mail's recipient. */
function joinParties(words: string[], rules: CompiledRules): string[] {
  const at = words.indexOf('to');
  if (at < 1 || !rules.partyVerbs.has(words[at - 1]!)) return words;
  return [...words.slice(0, at - 1), `${words[at - 1]}to`, ...joinParties(words.slice(at + 1), rules)];
}

function kindOf(word: string, rules: CompiledRules): ContainerKind | undefined {
  const kind = kindOfWord(word, rules);
  if (kind) return kind;
  const singular = singularOf(word);
  return singular ? kindOfWord(singular, rules) : undefined;
}

function kindOfWord(word: string, rules: CompiledRules): ContainerKind | undefined {
  if (rules.componentContainers.has(word)) return 'component';
  if (rules.textContainers.has(word)) return 'ui-text';
  if (rules.messageContainers.has(word)) return 'message';
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
/** `settingsOf`: a person's own settings (`UserPreference`, `UserEnvironment`): their `name` is a setting's. */
export interface ContainerVerdict {
  kind: ContainerKind;
  word?: string;
  settingsOf?: boolean;
  /** A word of the innermost container that makes it a stored mail (`EmailMessage`, `Imap_Email`, an inbox's `threads`). */
  mail?: string;
  /** A word of the innermost container that makes it a phone call's record (`CallLog`, `ICallCdr`). */
  call?: string;
  /** A word of the innermost container that makes it a mailing sent to many (`MassEmail`, `mailing_history`): bulk-mail.ts. */
  bulk?: string;
  /** The words that make the innermost container one contact point of a person (`contact information`). */
  point?: string;
  /** The options of one message being sent (`IEmailOptions`): its recipients are people, its sender the system. */
  sending?: boolean;
  /** A person's word before `Type` (`ClientType`, `IAuteurType`): a kind of person, unless its fields are a person's. */
  kindOfPerson?: boolean;
  /** A company's own settings (`AgencySettings`): its contact details count, its mail sender and account do not. */
  companySettings?: boolean;
}

export function classifyContainer(container: string[] | undefined, rules: CompiledRules): ContainerVerdict {
  const cache = cachesOf(rules).containers;
  const key = container?.join('\u0000') ?? '';
  let cached = cache.get(key);
  if (!cached) {
    cached = classifyContainerUncached(container, rules);
    const segment = container?.[container.length - 1];
    const words = segment ? wordsOf(segment, rules) : [];
    // A payload of a mail being sent (`MailPayload`, `SendEmailParams`) has the system as its sender; a stored mail
    // (`EmailMessage`, an inbox's `threads`) has a person.
    const mail = words.some((w) => rules.payloadContainers.has(w)) ? undefined : words.find((w) => rules.mailContainers.has(w));
    const call = words.find((w) => rules.callContainers.has(w));
    const bulk = bulkMailWord(words, rules);
    const point = rules.contactPointContainers.find((term) => containsTerm(words, term))?.join(' ');
    if (mail || call || point) cached = { ...cached, ...(mail ? { mail } : {}), ...(call ? { call } : {}), ...(point ? { point } : {}) };
    if (bulk) cached = { ...cached, bulk };
    if (cached.kind === 'person' && words.length > 1 && rules.kindHeads.has(words[words.length - 1]!) && TECHNICAL.has(words[words.length - 1]!)) cached = { ...cached, kindOfPerson: true };
    if (cache.size > 50_000) cache.clear();
    cache.set(key, cached);
  }
  return cached;
}

/** Words a container name carries for the code's sake (CustomerDto, user_entity, PublicUser). */
// `district_object`, `UserObject`: an object is the code's word for the record it holds, as an entity is.
const TECHNICAL = new Set(['dto', 'entity', 'model', 'schema', 'input', 'type', 'public', 'fields', 'object']);
const SCOPES = new Set(['workspace', 'tenant']);
/** Settings words that make a record settings only as its head (see the fallback in classifyContainerUncached). */
const HEAD_ONLY_SETTINGS = new Set(['transport']);
const LIST_ITEMS = new Set(['item', 'items']);
/**
 * Heads naming the machinery that sends something later (a queue's job, a worker's task); a `mail_queue` is a table of
 * the mails themselves, read as such.
 */
const SENDING_MACHINERY = new Set(['job', 'jobs', 'task', 'tasks', 'worker']);
const LISTINGS = new Set(['list', 'summary', 'overview']);
/** A report's or a list's row or entry (`DownloadReportRowDto`): the code drops the row word, the listing is left as the head. */
const ROWS = new Set(['row', 'rows', 'entry', 'entries']);
const REPORTS = new Set([...LISTINGS, 'report', 'reports']);
const EXTRA = new Set(['custom', 'additional', 'extra', 'dynamic']);

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

/** Heads that name the options of one call (`sendMail(options)`), which a message word makes the message's own. */
const SEND_OPTIONS = new Set(['options', 'opts']);

/** Head kinds that a word turns into a message: a mail template's props are its variables. */
const MESSAGE_QUALIFIER: Partial<Record<ContainerKind, (word: string, rules: CompiledRules) => boolean>> = {
  component: (word, rules) => rules.messageComponentWords.has(word),
};

function classifyContainerUncached(container: string[] | undefined, rules: CompiledRules): ContainerVerdict {
  const outermost = container?.[0];
  const innermost = container?.[container.length - 1];
  for (const segment of [...(container ?? [])].reverse()) {
    const all = joinContainerCompounds(wordsOf(segment, rules), rules);
    // `options.appointment.clientPhone`: a record handed in a call's options is that record, not a setting; the options
    // word speaks only of its own members (`options.to`, `options.from`).
    if (segment !== innermost && all.length === 1 && SEND_OPTIONS.has(all[0]!)) return { kind: 'neutral' };
    // `MailPayload` is a mail, `CustomerRow` a customer; a component's `Props` stay props whatever they show.
    // `IUserViewModel`, `CandidateViewModel`: MVVM's view model is the code's word for the record it shows, not a view.
    // `ActorApiViewModel`, `memberDetailApiResponseSchema`: an API before the head is the record's transport, not the thing.
    // Not before a client or a profile: an `ApiClient` is a program, as an `OAuthClient` is (isThingsProfile).
    // `student_additional_fields`, `UserCustomField`: the definitions of the extra fields a record may have are things (a
    // field's label, not a person's name), though `fields` alone is a form step's code word (`PersonNameFields`).
    // `PractitionerResource`, `PatientResource` (FHIR), `UserResource` (a Laravel API resource): a resource after a person's
    // word is the code's word for that person's record, as an entity is; `Resource`, `FileResource` stay things.
    const personResource = (w: string, i: number) => w === 'resource' && i > 0 && i === all.length - 1 && kindOf(all[i - 1]!, rules) === 'person';
    let words = all.filter((w, i) => !/^\d+$/.test(w) && (!TECHNICAL.has(w) || (w === 'fields' && EXTRA.has(all[i - 1]!))) && !(w === 'view' && all[i + 1] === 'model') && !(w === 'api' && i < all.length - 1 && !rules.qualifiedPersonContainers.has(all[i + 1]!)) && !personResource(w, i) && (!rules.payloadContainers.has(w) || rules.componentContainers.has(w)));
    // What a payload carries is not settings: `InviteEmailTemplateVariables` are the variables of one mail.
    // `DatiTemplateVO`: the same, the payload word first in a head-first language.
    if (words.length < all.length && ((rules.payloadContainers.has(all[all.length - 1]!) && !rules.componentContainers.has(all[all.length - 1]!)) || rules.leadingPayloadContainers.has(all[0]!))) {
      words = words.filter((w) => !rules.settingsContainers.has(w));
    }
    // `PersonWorkspaceEntity`, `InvoiceTenantModel`: a person (an invoice) stored per workspace or tenant.
    if (words.length > 1 && SCOPES.has(words[words.length - 1]!) && TECHNICAL.has(all[all.length - 1]!)) words = words.slice(0, -1);
    // `ZorgnedPersoonSource`, `NaamSource`: an English code word after another language's noun wraps that record (an
    // API's raw copy of it), where an English `LeadSource` is where leads come from.
    if (words.length > 1 && rules.typeWrappers.has(words[words.length - 1]!) && !EXTRA.has(words[words.length - 2]!) && isForeignNoun(words.slice(0, -1), rules)) words = words.slice(0, -1);
    // `MemberListItem`, `CustomerListItem`: an item of a list of people is one of them, as a row or an entry is; so is an
    // item of a summary or an overview of them (`BeteiligteSummaryItem`: one party of a case's summary).
    if (words.length > 2 && LIST_ITEMS.has(words[words.length - 1]!) && LISTINGS.has(words[words.length - 2]!)) words = words.slice(0, -2);
    // `DownloadReportRowDto`, `SendReportRow`: a row of a report or a list is one of what it lists (a recipient reported
    // on), not the report, whose own `name` is a thing's. The listing is the head only because the row word was dropped.
    if (words.length > 0 && REPORTS.has(words[words.length - 1]!) && isRowAfter(all, words[words.length - 1]!)) words = words.slice(0, -1);
    // `SendSignupVerificationMailJobPayload`, `WelcomeEmailTask`: the job or task that sends a message carries that
    // message (its addressee's name and address), not a job's own record (session 44, an accounting ERP's queue).
    if (words.length > 1 && SENDING_MACHINERY.has(words[words.length - 1]!) && words.slice(0, -1).some((w) => rules.messageContainers.has(w) || rules.mailContainers.has(w))) words = words.slice(0, -1);
    // `TypeDTO`, `TypeEntity`: a record named for a type and nothing else is a kind of something (an errand's type), where
    // `UserType` is the code's word for a user's record.
    if (words.length === 0 && all.includes('type')) return { kind: 'non-person', word: 'type' };
    const head = words[words.length - 1];
    let headKind = head ? kindOf(head, rules) : undefined;
    // `agent?: { id, nom }`, `assigned_to: { id, name, email }`: a member's nested record named for a role is the person
    // in that role, whatever record holds it (a case's, an association's); a top-level `Agent` may be a program's.
    const role = segment !== outermost && !headKind && head ? roleOf(words, rules) : undefined;
    if (role) return { kind: 'person', word: role };
    // `NietNatuurlijkPersoon`, `NonNaturalPerson`: a person negated is a legal entity, an organisation.
    if (headKind === 'person' && words.slice(0, -1).some((w) => rules.negations.has(w))) return { kind: 'organisation', word: head! };
    // `LegalPerson`, `RECHTSPERSOON`, `PessoaJuridica`: a legal person is a legal entity, wherever its adjective stands.
    const person = words.findIndex((w) => rules.personWords.has(w));
    if (person >= 0 && words.some((w, i) => i !== person && rules.legalWords.has(w))) return { kind: 'organisation', word: words[person]! };
    // `EventTypeHost`, `meeting_hosts`: the host of an event or a meeting is a person, a bare `Host` a server.
    if (head && rules.hostWords.has(head) && words.slice(0, -1).some((w) => rules.hostedOccasions.has(w))) return { kind: 'person', word: head };
    // `MembroComissao`, `MiembroComite`, `MembreConseil`: Romance compounds put the head first, so a committee's member
    // is a person, though the committee's word comes last.
    if (words.length > 1 && (headKind === 'organisation' || headKind === 'non-person') && rules.headFirstNouns.has(words[0]!)) return { kind: 'person', word: words[0]! };
    // ...and the other way round: a group of managers or an owners' catalogue (`groupe_gestionnaires`, `CfgPropietario`)
    // is the group's or the catalogue's record, the person noun after it what it is of. Two words only: between more
    // (`DeclarationPdfDeclarant`, English words around a French noun) the head is not known.
    const first = words.length === 2 && headKind === 'person' && isHeadFirstNoun(head!, rules) ? kindOf(words[0]!, rules) : undefined;
    if (first === 'organisation' || first === 'non-person') return { kind: first, word: words[0]! };
    // `EmailAddress(name, lower, optOut)`, `IpAddress`, `WalletAddresses`: an email's or a system's address is a record of
    // that address, no one's postal address: its `name` is the address itself.
    if (headKind === 'person' && words.length > 1 && isOtherAddress(head!, words[words.length - 2]!, rules)) return { kind: 'non-person', word: head! };
    // `SymbolProfile`, `ShippingProfile`: a profile of a thing; `UserProfile`, `Profile`: a person's.
    if (headKind === 'person' && isThingsProfile(words, words.length - 1, rules)) continue;
    const yieldsTo = headKind && PERSON_QUALIFIER[headKind];
    const qualifier = yieldsTo ? words.find((w) => yieldsTo(w, rules)) : undefined;
    if (qualifier) return headKind === 'settings' ? { kind: 'person', word: qualifier, settingsOf: true } : { kind: 'person', word: qualifier };
    // `AgencySettings`, `companysettings`, `BusinessSettings`: a company's own settings hold its contact details (its phone,
    // its email, its representative), reported as organisation data as a company's record is. Not a group whose settings
    // are a mail service's or a product's (`ProviderSettings`, `TeamSettings`, `TenantConfig`).
    const company = headKind === 'settings' ? words.find((w) => rules.organisationContainers.has(w) && !SETTINGS_OF_SERVICE.has(w)) : undefined;
    if (company) return { kind: 'organisation', word: company, companySettings: true };
    const toMessage = headKind && MESSAGE_QUALIFIER[headKind];
    const message = toMessage ? words.find((w) => toMessage(w, rules)) : undefined;
    if (message) return { kind: 'message', word: message };
    // `IEmailOptions`, `SendMailOptions`, `ISmsOptions`: the options of one message being sent (its recipients are
    // people), not a mailer's stored settings (`EmailSettings`, `MailConfig`).
    const sent = head && SEND_OPTIONS.has(head) ? words.find((w) => rules.messageContainers.has(w) || rules.mailContainers.has(w)) : undefined;
    if (sent) return { kind: 'message', word: sent, sending: true };
    if (headKind) return { kind: headKind, word: head! };
    // `district_object: { id, name }`, `Kommune`, `Stadtteil`: a record named for a town, a district or a region (the
    // place words of rules/context.yml `placeReferenceConcepts` and `placeReferenceWords`) is the place's, its `name` the
    // place's name, whatever record holds it (a patient's district).
    if (head && isPlaceWord(head, rules)) return { kind: 'non-person', word: head };
    for (let at = words.length - 1; at >= 0; at--) {
      const kind = kindOf(words[at]!, rules);
      // `AssetProfileOverrides`, `custom_profile_fields`: a thing's profile, whatever follows it.
      if (kind === 'person' && isThingsProfile(words, at, rules)) continue;
      // `UsagerOptionsHistory`, `UserSettingsLog`: a person's settings are theirs whatever word follows, as at the head.
      // `transport_offer`, `TransportRequest`: a transport before the head is what the record offers or asks for (a ride,
      // goods moved), a mail transport's settings only as the head (`MailTransport`, `transport`).
      if (kind === 'settings' && HEAD_ONLY_SETTINGS.has(words[at]!)) continue;
      // `translation_offer`, `label_printer`: a translation or a label before the head is what the record offers or
      // handles; a form's UI text only as the head (`FormLabels`, `translations`).
      if (kind === 'ui-text') continue;
      if (kind === 'settings') {
        const owner = words.slice(0, at).find((w) => PERSON_QUALIFIER.settings!(w, rules));
        if (owner) return { kind: 'person', word: owner, settingsOf: true };
      }
      if (kind) return { kind, word: words[at]! };
    }
    // `PersonsokResponse`, `Personvalg`: a Germanic compound glued to a person's word first (a person search, a choice of
    // person) whose head the vocabulary lacks is about persons, when no word of the record says otherwise. Tried with any
    // person noun first (session 17) it made `Parentesco` and `membership` people: only the words for a person here.
    const glued = words[0] === undefined ? undefined : personFirst(words[0], rules);
    if (glued) return { kind: 'person', word: glued };
    // A kind of address written as one word (`PostadresseResponse`, `Rechnungsadresse`): a party's address, as `Adresse` is,
    // unless another word of the record says whose (`EnhetPostadresseDto`: an organisational unit's, found above).
    if (head && rules.addressContainers.has(head)) return { kind: 'person', word: head };
  }
  return { kind: 'neutral' };
}

/**
 * The person noun a nested record is named for, in one word or glued (`assigned to` is `assignedto`): a word before it
 * makes it a thing (`userAgent`, `build_agent` are programs).
 */
function roleOf(words: string[], rules: CompiledRules): string | undefined {
  const glued = words.join('');
  return rules.personNouns.has(glued) ? glued : undefined;
}

/**
 * Whether the innermost container names a person before its head (`UserPermission`, `UpdateRecipientAddressDto`): a
 * thing kept for that person (name.full's `thingOwns`), the person's word right before the head: not a group's record
 * (`UserGroupDetail`) or a thing of a thing (`ProductCategory`); a list item of it (`UserRoleListItem`) too.
 */
export function personBeforeHead(container: string[] | undefined, rules: CompiledRules): boolean {
  const segment = container?.[container.length - 1];
  if (!segment) return false;
  let words = wordsOf(segment, rules).filter((w) => !TECHNICAL.has(w));
  // `UserRoleListItem`: an item of a list is one of what it lists (a user's role), as the container's head reads it.
  if (words.length > 2 && LIST_ITEMS.has(words[words.length - 1]!) && LISTINGS.has(words[words.length - 2]!)) words = words.slice(0, -2);
  return words.length > 1 && kindOf(words[words.length - 2]!, rules) === 'person';
}

/** Whether the last non-technical word of `all` is a row or an entry right after `listing` (`report row dto`). */
function isRowAfter(all: string[], listing: string): boolean {
  let end = all.length - 1;
  while (end > 0 && TECHNICAL.has(all[end]!)) end--;
  return end > 0 && ROWS.has(all[end]!) && all[end - 1] === listing;
}

/** An address word (`address`, `adresse`) after an email's or a system's word (`email`, `ip`, `wallet`). */
function isOtherAddress(head: string, before: string, rules: CompiledRules): boolean {
  if (!rules.evidenceIndex.get(head)?.some((e) => e.kind === 'address' && e.term.length === 1)) return false;
  return rules.systemWords.has(before) || matchTerms([before], rules).matches.some((m) => m.rule.category === 'email' && m.prefix.length === 0 && m.suffix.length === 0);
}

/** A town's, a district's or a region's word (`district`, `bairro`, `localities`), as written or in the singular. */
function isPlaceWord(word: string, rules: CompiledRules): boolean {
  return rules.placeContainers.has(word) || rules.placeContainers.has(singularOf(word) ?? '');
}

/** A person noun of a language that puts the head first only (`gestionnaires`, `usuario`), as written or in the singular. */
function isHeadFirstNoun(word: string, rules: CompiledRules): boolean {
  return rules.headFirstNouns.has(word) || rules.headFirstNouns.has(singularOf(word) ?? '');
}

/**
 * Whether the words are a noun of a language other than English: some word is known to another language's lexicon
 * and none to English (`zorgned persoon`, `naam`). Unknown words alone say nothing (`TrafficSource` stays a source).
 */
function isForeignNoun(words: string[], rules: CompiledRules): boolean {
  let foreign = false;
  for (const word of words) {
    const languages = rules.languageOf.get(word);
    if (!languages) continue;
    if (languages.includes(rules.englishIndex)) return false;
    foreign = true;
  }
  return foreign;
}

/** Words before a profile that say what is done to it or which one it is, not whose it is (`UpdateProfileInput`). */
const ACTIONS = new Set(['get', 'set', 'create', 'update', 'edit', 'delete', 'patch', 'put', 'upsert', 'save', 'load', 'fetch', 'my', 'own', 'current', 'new', 'base']);

/** A qualified person container (profile, client) after a word that is no person's: a thing's (`SymbolProfile`). */
function isThingsProfile(words: string[], at: number, rules: CompiledRules): boolean {
  if (at === 0 || !rules.qualifiedPersonContainers.has(words[at]!)) return false;
  const before = words[at - 1]!;
  if (ACTIONS.has(before)) return false;
  return kindOf(before, rules) !== 'person' || rules.mailedContainers.has(before);
}

function containsTerm(words: string[], term: string[]): boolean {
  outer: for (let i = 0; i + term.length <= words.length; i++) {
    for (let j = 0; j < term.length; j++) if (words[i + j] !== term[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The record's shape from its fields, and, with `container`, its language from its fields and its
 * container's names. Both are cached: every field of a record asks the same question. The language is asked
 * only for scoped words, so most records never pay for it. `owner` is the field's container, asked whatever the
 * language: a mail-shaped record is no message in a mail filter (mail-shape.ts).
 */
export function classifySiblings(siblings: string[] | undefined, self: string, rules: CompiledRules, container?: string[], owner: string[] | undefined = container): RecordEvidence {
  if (!siblings?.length && !container?.length) return NO_EVIDENCE;
  const caches = cachesOf(rules);
  const key = siblings?.join('|') ?? '';
  let shape = caches.siblings.get(key);
  if (!shape) {
    shape = shapeOf(siblings ?? [], rules);
    if (caches.siblings.size > 10_000) caches.siblings.clear();
    caches.siblings.set(key, shape);
  }
  let evidence = shape;
  if (container) {
    // One evidence object per shape and language set, so asking costs no allocation once seen.
    const languages = languagesOf(siblings ?? [], container, rules);
    const byLanguages = (caches.withLanguages.get(shape) ?? caches.withLanguages.set(shape, new Map()).get(shape))!;
    evidence = byLanguages.get(languages) ?? byLanguages.set(languages, { ...shape, languages }).get(languages)!;
  }
  if (evidence.mailShape && !evidence.message && !isMailFilter(owner, rules)) evidence = { ...evidence, message: true, messageByShape: true };
  // A field is not its own evidence: `email` beside `id` alone says nothing about `name`.
  if (evidence.person && siblings?.length === 1 && siblings[0] === self) return { ...evidence, person: false, strongPerson: false };
  return evidence;
}

const PERSON = 1;
const ADDRESS = 2;
const PLACE = 4;
const THING = 8;
const REGION = 16;
const FLAG: Record<EvidenceKind, number> = { person: PERSON, address: ADDRESS, place: PLACE, thing: THING, region: REGION };

function shapeOf(siblings: string[], rules: CompiledRules): RecordEvidence {
  let person = 0;
  let address = 0;
  let place = 0;
  let thing = false;
  let region = false;
  let copies = 0;
  let subject = false;
  let body = false;
  let partyAddress = false;
  let configured = false;
  let companyField = false;
  let softwareKey = false;
  let rental = false;
  let reach = false;
  let personName = false;
  let ownName = false;
  let streetParts = false;
  let port = false;
  let secret = false;
  let endpoint = false;
  let searchLog = false;
  let ownParty = false;
  let attribute = false;
  let starts = false;
  let ends = false;
  let partyLink = false;
  for (const sibling of siblings) {
    const words = wordsOf(sibling, rules);
    const occasion = occasionField(words, rules);
    starts ||= occasion === 'start';
    ends ||= occasion === 'end';
    partyLink ||= occasion === 'party';
    attribute ||= rules.personAttributes.some((term) => endsWith(words, term)) && !isLink(words, rules);
    if (!streetParts) streetParts = writesStreetApart(words, rules);
    const last = words[words.length - 1]!;
    port ||= rules.connectionPorts.has(last);
    secret ||= words.some((w) => rules.connectionSecrets.has(w));
    endpoint ||= rules.connectionEndpoints.some((term) => endsWith(words, term));
    searchLog ||= words.some((w) => rules.searchResults.has(w)) && words.some((w) => rules.searchCounts.has(w));
    if (!companyField && rules.organisationEvidence.some((term) => endsWith(words, term))) companyField = true;
    softwareKey ||= rules.softwareKeys.some((term) => endsWith(words, term));
    rental ||= rules.rentalEvidence.some((term) => containsTerm(words, term));
    // The record's own given or family name, not its contact person's (`contactName` is a company's evidence).
    if ((!personName || !ownParty || !ownName) && words.some((w) => rules.termWords.has(w))) {
      const { matches } = matchTerms(words, rules);
      personName ||= matches.some((m) => m.rule.category === 'name' && !m.rule.generic && !m.rule.context && !m.rule.person);
      ownName ||= matches.some((m) => isOwnNamePart(m, rules)) && !isAboutData(words, rules) && !isLink(words, rules);
      // A phone named for no one else (`phone`, `mobile_no`) is the record's own party's too (a table booking's guest).
      ownParty ||= matches.some((m) => m.rule.category === 'phone' && (m.rule.id === 'phone.term' || m.rule.id === 'phone.mobile') && m.prefix.length === 0 && !isLink(words, rules) && !isAboutData(words, rules));
    }
    if (!reach && words.some((w) => rules.termWords.has(w)) && !isAboutData(words, rules) && !isLink(words, rules)) {
      reach = matchTerms(words, rules).matches.some((m) => m.rule.category === 'email' || m.rule.category === 'phone');
    }
    if (rules.messageEvidence.has(words[words.length - 1]!)) copies++;
    const part = mailPart(words, rules);
    subject ||= part === 'subject';
    body ||= part === 'body';
    partyAddress ||= isPartyAddress(words, rules);
    // A link to a transport or configuration (`id_smtp`, `mailer_id`): the record is a template sent through it.
    // Not a link to a template (`templateId` of an `EmailLog`): that record is a mail made from one, sent to a person.
    if (isLink(words, rules) || REFERENCE_WORDS.has(words[0]!)) configured ||= words.some((w) => rules.settingsContainers.has(w) && !TEMPLATE_WORDS.has(w));
    let kinds = 0;
    let own = 0;
    // Where the person's evidence was read (`fodsels nummer`): its own words are no prefix about other data.
    let personTerm: [number, number] | undefined;
    for (let i = 0; i < words.length; i++) {
      const candidates = rules.evidenceIndex.get(words[i]!);
      if (candidates) {
        for (const { term, kind } of candidates) {
          if (!matchesAt(words, i, term) || !endsAsData(words, i + term.length, kind, rules)) continue;
          kinds |= FLAG[kind];
          if (kind === 'person') personTerm ??= [i, i + term.length];
          if (!words.slice(0, i).some((w) => rules.personNouns.has(w))) own |= FLAG[kind];
        }
      }
    }
    // A flag, counter or timestamp about an email (`emailProtected`, `has_email`, `email_verified_at`) is no
    // evidence that the record is a person's.
    // A link to another record (`emailAccountId`, `contact_person_fk`) is no evidence either: the person is there.
    // ...but a national number the splitter reads in two (`fodselsnummer`: `fodsels nummer`) is evidence, though its
    // first word before a place says the place of birth (`fodselssted`, a deny prefix).
    if (kinds & PERSON && !isAboutData(words, rules, personTerm) && !isLink(words, rules)) (person++, (ownParty ||= (own & PERSON) !== 0));
    // A link to an address record (`bill_address_id`, `fk_adresse`) or a network address (`last_ip_address`)
    // does not make this record an address.
    if (kinds & (ADDRESS | PLACE) && isReferenceOrSystem(words, rules)) kinds &= ~(ADDRESS | PLACE);
    if (kinds & ADDRESS) address++;
    else if (kinds & PLACE) place++;
    if (kinds & (ADDRESS | PLACE) && own & (ADDRESS | PLACE)) ownParty = true;
    if (kinds & THING) thing = true;
    if (kinds & REGION && !isReferenceOrSystem(words, rules)) region = true;
  }
  const tablePrefix = tablePrefixOf(siblings, rules);
  // Asked of every record: a group's own words may all be held out by their qualifier (`VIA_FORNITURA`, `CAP_FORNITURA`).
  const addressGroups = siblings.length > 1 ? addressGroupsOf(siblings, (name) => wordsOf(name, rules), rules) : '';
  return {
    ...(tablePrefix ? { tablePrefix } : {}),
    ...(addressGroups ? { addressGroups } : {}),
    // Two copy fields (`cc` and `bcc`, `invoice_cc` and `order_cc`): one may be the field itself (a mailbox's `auto_bcc`).
    ...(copies > 1 && !configured ? { message: true } : {}),
    // ...or a subject and a body (mail-shape.ts): classifySiblings makes it a message unless its container is a filter.
    ...(subject && body && !partyAddress && !configured ? { mailShape: true } : {}),
    ...(configured ? { template: true } : {}),
    ...(streetParts ? { streetParts: true } : {}),
    ...((port || endpoint) && secret ? { connection: true } : {}),
    ...(port ? { networkPort: true } : {}),
    ...(searchLog ? { searchLog: true } : {}),
    ...(secret ? { credentials: true } : {}),
    ...(isTokenRecord(siblings, rules) ? { tokenRecord: true } : {}),
    ...(companyField && !personName ? { organisation: true } : {}),
    ...(softwareKey && person === 0 ? { software: true } : {}),
    ...(rental ? { rental: true } : {}),
    ...(reach ? { reach: true } : {}),
    ...(ownName ? { ownName: true } : {}),
    ...(attribute ? { personAttribute: true } : {}),
    ...(ownParty ? { ownParty: true } : {}),
    ...(starts && ends && !partyLink && person === 0 ? { occasion: true } : {}),
    person: person > 0,
    strongPerson: person > 1,
    address: address > 0,
    addressRecord: address > 0 && address + place > 1,
    thing: thing && person < 2,
    region,
    languages: NO_LANGUAGES,
  };
}

const NO_LANGUAGES: string[] = [];

/** A given, middle or family name with no person noun around it (`cognome`, `last_name`): the record's own person's. */
function isOwnNamePart(match: TermMatch, rules: CompiledRules): boolean {
  const { rule } = match;
  if (rule.category !== 'name' || rule.generic || rule.bare || rule.context || rule.person || rule.thingOwns || rule.role) return false;
  return match.personNoun === undefined && ![...match.prefix, ...match.suffix].some((w) => rules.personNouns.has(w));
}

/**
 * Auth.js's `VerificationToken(identifier, token, expires)`: a token's record that links to no user, so the identifier is
 * how the user is reached (their email). One with a user link (`userId`) names the user there and its identifier is a purpose.
 */
function isTokenRecord(siblings: string[], rules: CompiledRules): boolean {
  if (rules.tokenRecordFields.length === 0) return false;
  const firsts = new Set<string>();
  for (const sibling of siblings) {
    const words = wordsOf(sibling, rules);
    if (words.includes('user') && (words.length === 1 || isLink(words, rules))) return false;
    firsts.add(words[0]!);
  }
  return rules.tokenRecordFields.every((w) => firsts.has(w));
}

/** Whether a field is a street, a unit or a district of an address (`street_name`, `complemento`, `bairro`), not a link to one. */
function writesStreetApart(words: string[], rules: CompiledRules): boolean {
  if (isReferenceOrSystem(words, rules) || isAboutData(words, rules)) return false;
  for (let i = 0; i < words.length; i++) {
    for (const term of rules.streetPartIndex.get(words[i]!) ?? []) if (matchesAt(words, i, term) && endsAsData(words, i + term.length, 'address', rules)) return true;
  }
  return false;
}

/** Whether the words end with the term, or are the term with a trailing reference or number (`vat_id`, `website_url`). */
function endsWith(words: string[], term: string[]): boolean {
  let end = words.length;
  while (end > term.length && /^(?:\d+|url|uri)$/.test(words[end - 1]!)) end--;
  if (end < term.length) return false;
  for (let j = 0; j < term.length; j++) if (words[end - term.length + j] !== term[j]) return false;
  return true;
}

/** The first word most columns share (at least three, and half of them), when it is 2-4 letters and no known word. */
function tablePrefixOf(siblings: string[], rules: CompiledRules): string | undefined {
  if (siblings.length < 3) return undefined;
  const counts = new Map<string, number>();
  for (const sibling of siblings) {
    const first = sibling.includes('_') ? sibling.slice(0, sibling.indexOf('_')).toLowerCase() : undefined;
    if (first && first.length >= 2 && first.length <= 4) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  for (const [word, count] of counts) {
    if (count >= 3 && count * 2 >= siblings.length && /^[a-z]+$/.test(word) && !rules.vocabulary.has(word)) return word;
  }
  return undefined;
}

const REFERENCE_WORDS = new Set(['id', 'ids', 'fk', 'uuid', 'pk', 'key']);
const TEMPLATE_WORDS = new Set(['template', 'templates']);
/** Groups whose settings configure a service or a product rather than hold a company's own contact details. */
const SETTINGS_OF_SERVICE = new Set(['provider', 'providers', 'tenant', 'tenants', 'team', 'teams', 'workspace', 'workspaces', 'carrier', 'department', 'departments', 'division', 'divisions', 'site', 'sites']);

function isReferenceOrSystem(words: string[], rules: CompiledRules): boolean {
  if (words.length < 2) return false;
  return REFERENCE_WORDS.has(words[words.length - 1]!) || REFERENCE_WORDS.has(words[0]!) || words.some((w) => rules.systemWords.has(w));
}

/**
 * Whether the words after an evidence term keep it the data (`email_2`, `email_address`, `street_line_1`): a sibling
 * named for something about the data (`emailAccount`, `email_template`, `address_format`) is no evidence.
 */
function endsAsData(words: string[], end: number, kind: EvidenceKind, rules: CompiledRules): boolean {
  if (kind === 'thing') return true;
  for (let i = end; i < words.length; i++) {
    const w = words[i]!;
    if (/^\d+$/.test(w) || rules.allowedSuffixes.has(w) || rules.personNouns.has(w) || REFERENCE_WORDS.has(w)) continue;
    if (!rules.termCategories.has(w) && !rules.anySuffix.has(w)) return false;
  }
  return true;
}

/** A reference to another record by id, unless the rules read the whole name as the data (`email_id`). */
function isLink(words: string[], rules: CompiledRules): boolean {
  if (words.length < 2 || !REFERENCE_WORDS.has(words[words.length - 1]!)) return false;
  const name = words.join(' ');
  return !rules.rules.some((rule) => rule.idLike && rule.terms.some((term) => term.join(' ') === name));
}

/** `term`: the span of the evidence read in `words`, whose own words are not taken for a prefix about it. */
function isAboutData(words: string[], rules: CompiledRules, term?: [number, number]): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2) return false;
  if (last === 'at' || (last.length > 4 && last.endsWith('ed') && !rules.termWords.has(last))) return true;
  return words.some((w, i) => rules.denyPrefixes.has(w) && !(term && i >= term[0] && i < term[1]));
}

/**
 * The languages whose lexicon knows most of the record's words (ties kept); none when no word is known.
 * Returns one shared array per set of languages (it doubles as a cache key), counting in a small typed array.
 */
function languagesOf(siblings: string[], container: string[], rules: CompiledRules): string[] {
  const caches = cachesOf(rules);
  const votes = new Uint16Array(rules.languages.length);
  const vote = (word: string) => {
    const languages = rules.languageOf.get(word);
    if (languages) for (const index of languages) votes[index]!++;
  };
  for (const sibling of siblings) for (const word of wordsOf(sibling, rules)) vote(word);
  for (const segment of container) for (const word of wordsOf(segment, rules)) vote(word);
  let best = 0;
  for (const count of votes) best = Math.max(best, count);
  if (best === 0) return NO_LANGUAGES;
  let mask = 0;
  votes.forEach((count, index) => count === best && (mask |= 1 << index));
  let winners = caches.languageSets.get(mask);
  if (!winners) caches.languageSets.set(mask, (winners = rules.languages.filter((_, index) => mask & (1 << index))));
  return winners;
}

function matchesAt(words: string[], index: number, term: string[]): boolean {
  if (index + term.length > words.length) return false;
  for (let j = 0; j < term.length; j++) if (words[index + j] !== term[j]) return false;
  return true;
}

export { containsTerm };

/**
 * The words a top-level table or type is named for when it is a reference list of an address part (`zipcodes`,
 * `streets`, `zip_codes`, `geolocalisation_code_postal`): its last words, the last one as written or in the
 * singular, are a postcode's or a street's term. A nested object (`customer.city: { name, zip }`) is a person's part,
 * so only a container of one segment counts.
 */
export function referenceListOf(container: string[] | undefined, rules: CompiledRules): string | undefined {
  if (container?.length !== 1) return undefined;
  // ...and a register as a service returns it (`CiviliarioResponse`): the register's own record.
  const words = wordsOf(container[0]!, rules).filter((w) => !/^\d+$/.test(w) && !TECHNICAL.has(w) && w !== 'response');
  const head = words[words.length - 1];
  if (!head) return undefined;
  const singular = singularOf(head);
  for (let length = Math.min(3, words.length); length > 0; length--) {
    const before = words.slice(words.length - length, -1);
    for (const last of singular ? [head, singular] : [head]) {
      if (rules.referenceContainers.has([...before, last].join(' '))) return [...before, head].join(' ');
    }
  }
  return undefined;
}

/** The person word a word starts with when the rest is a head nobody knows (`personsok`, `personvalg`), or undefined. */
function personFirst(word: string, rules: CompiledRules): string | undefined {
  // `personalisering`, `personnelfile`, `personaggio`: personal, personnel and persona are other words.
  if (rules.languageOf.has(word) || rules.termWords.has(word) || /^person(?:al|el|ne|a)/.test(word)) return undefined;
  for (const person of rules.personWords) {
    if (word.length >= person.length + 3 && word.startsWith(person)) return person;
  }
  return undefined;
}
