/** Schemas for `rules/*.yml` and for rules added from the policy's `detection.rules`. */
const words = { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 };

export const ruleEntrySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'confidence'],
  anyOf: [{ required: ['terms'] }, { required: ['words'] }],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*$', description: 'Rule id; the same id replaces a built-in rule.' },
    category: { type: 'string', description: 'Category id (required for rules from the policy).' },
    confidence: { type: 'number', minimum: 0, maximum: 1, description: 'Confidence of a match, 0..1.' },
    terms: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Terms as words separated by spaces: "first name".' },
    words: { type: 'array', items: words, description: 'Terms as lists of words: [first, name].' },
    context: {
      enum: ['person', 'address', 'place', 'address-record', 'street-record', 'token-record', 'message', 'message-record', 'call-record', 'name-record'],
      description: 'Ambiguous terms count only in a person record (person), a person or address record (address), the same or a record that also names a country, state or region (place: a town), a record shaped like a postal address (address-record), the same with its street written apart (street-record: a street, a unit or a district beside it), a sign-in token record (token-record: a token and its expiry beside, no link to a user), or a message or person record (message), or a message alone: a mail container or a record with copy recipients (message-record), or a phone call\'s record (call-record), or a record named for a person\'s name (name-record: `HumanName.given`).',
    },
    language: {
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
      description: "Language codes (no, da, de, ...): the terms count only in a record whose own words are in one of these languages (Danish `by` is a town, English `approved_by` is not).",
    },
    idLike: { type: 'boolean', description: 'The term also reads as a reference (`email_id`): it counts only with a validator hint or a character column type (varchar, text), never a bare `string`.' },
    owned: { type: 'boolean', description: 'An organisation noun before the term names whose data it is, as a person noun would (`companyMail`, `store_city`): it counts without the context, as organisation data.' },
    numbered: { type: 'boolean', description: 'A numbered term (`mail1`, `mail_2`) is one of a list of values kept side by side, never a message or a thing: the number stands for the context.' },
    bare: { type: 'boolean', description: 'The term counts only alone (digits may follow): `line_2`, never `order_line` or `numero_client`.' },
    baseWithoutContext: { type: 'number', minimum: 0, maximum: 1, description: 'Confidence when the context is missing (below the threshold means no match).' },
    generic: { type: 'boolean', description: 'A bare noun (name): the word before it must be a person noun, or the context a person.' },
    person: { type: 'boolean', description: "The term names a person (contact person): a person's data even in a company's record." },
    thingOwns: { type: 'boolean', description: "In a thing's or an organisation's record, or after a thing's or an organisation's word, the term is that thing's (`countries.full_name`, `repo_full_name`, `Company.givenName`); a person noun before it keeps it a person's (`contact_full_name`)." },
    notIn: { type: 'array', items: { type: 'string' }, description: "Container words where the term is something else (`users.contact` is how to reach the user, not a contact person's name): the rule does not count in a container named so (plurals are read as the singular)." },
    textOnly: { type: 'boolean', description: 'The term counts only as one plain text value (a character column, a `string`), never a record, a list or an unknown type; a container named so says nothing of its fields (`contact_info varchar` is how to reach someone, `ContactInformation { addresses }` a record).' },
    inRecord: { type: 'boolean', description: "The term counts only in a record (a table, a type, an object's member): a bare local, parameter or argument in code (`userName` handed to a mail) names no record, so whose it is cannot be told." },
    besideReach: { type: 'boolean', description: "The term counts only beside a field holding the record's own email or phone: a record without one writes how to reach it into the term (a public body's free-text `contact`), a record with one names its contact person there." },
    inSettings: { type: 'boolean', description: "The term is a person's even in settings (a given or family name, a contact person's: only a person has one), where other data is the system's own (its sender, its support address)." },
    role: { type: 'boolean', description: "A role a person has towards a thing (author, signatory): with `bare`, a thing's word before it still counts (`document_author`, `DOCUMENTAUTEUR`), outside head-first languages." },
  },
} as const;

export const categoryFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['category', 'rules'],
  properties: {
    category: { type: 'string' },
    title: { type: 'string' },
    suffixes: { type: 'array', items: { type: 'string' } },
    rules: { type: 'array', items: ruleEntrySchema },
    deny: { type: 'array', items: words },
  },
} as const;

/** `rules/lexicon/concepts.yml`: what each concept of the lexicon is. */
export const conceptsFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['concepts'],
  properties: {
    concepts: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['rule'],
        properties: { rule: { type: 'string' }, evidence: { enum: ['person', 'address', 'place'] } },
      },
    },
  },
} as const;

/** `rules/lexicon/<language>.yml`: the words of each concept in one language. */
export const lexiconFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['language', 'concepts'],
  properties: {
    language: { type: 'string', description: 'Language code; `any` for conventions that belong to no language (ERP abbreviations).' },
    title: { type: 'string' },
    concepts: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } } },
    personNouns: { type: 'array', items: { type: 'string', pattern: '^\\S+$' }, description: 'Single words naming a person (kunde, destinataire).' },
    scoped: { type: 'array', items: { type: 'string' }, description: 'Words of this language that are other things elsewhere: they count only in a record in this language.' },
    markers: { type: 'array', items: { type: 'string' }, description: 'Other common schema words of the language, used only to tell which language a record is in.' },
    linkWords: { type: 'array', items: { type: 'string', pattern: '^\\S+$' }, description: 'Words joining the nouns of a term that code leaves out (`de` of `nome de exibicao`, written `nome_exibicao`): each term with one is matched without it too.' },
    genitive: { type: 'string', pattern: '^[a-z]+$', description: 'The ending glued to a noun to make its genitive (`s`: vaerge, vaerges navn): every person noun of the language with it is a person noun too.' },
  },
} as const;

const wordList = { type: 'array', items: { type: 'string' } };
export const contextFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['personContainers', 'nonPersonContainers', 'organisationContainers', 'settingsContainers', 'textContainers', 'mailedContainers', 'typeWrappers', 'personNouns', 'personEvidence',
    'addressEvidence', 'prefixes', 'denyPrefixes', 'systemWords', 'allowedSuffixes', 'ruledOutTypes', 'numericAllowed', 'compoundHeads',
    'messageContainers', 'payloadContainers', 'componentContainers', 'messageComponentWords', 'thingEvidence', 'opaqueGenerics'],
  properties: {
    personContainers: wordList, nonPersonContainers: wordList, organisationContainers: wordList, settingsContainers: wordList, messageOptionContainers: wordList, textContainers: wordList, mailedContainers: wordList, typeWrappers: wordList,
    messageContainers: wordList, payloadContainers: wordList, componentContainers: wordList, messageComponentWords: wordList, messageEvidence: wordList, mailSubjects: wordList, mailBodies: wordList, mailFilterContainers: wordList, mailContainers: wordList, callContainers: wordList, bulkMailContainers: wordList, partyContainers: wordList, organisationEvidence: wordList, softwareKeys: wordList, rentalEvidence: wordList, rentalParties: wordList, nodeParents: wordList, thingEvidence: wordList, opaqueGenerics: wordList,
    personNouns: wordList, qualifiedPersonContainers: wordList, transactionContainers: wordList, headFirstLanguages: wordList, leadingPayloadContainers: wordList, negations: wordList, legalWords: wordList, personWords: wordList, nameVariants: wordList, organisationCompounds: wordList, personCompounds: wordList, hostWords: wordList, hostedOccasions: wordList, personEvidence: wordList, personAttributes: wordList, addressEvidence: wordList, regionEvidence: wordList, prefixes: wordList, denyPrefixes: wordList,
    systemWords: wordList, allowedSuffixes: wordList, ownerPrepositions: wordList, partyVerbs: wordList, agentVerbs: wordList, numericAllowed: wordList, numericReferenceConcepts: wordList, referenceConcepts: wordList, referenceRegisters: wordList, placeReferenceConcepts: wordList, placeRecordConcepts: wordList, addressContainerConcepts: wordList, occasionStarts: wordList, occasionEnds: wordList, occasionTimes: wordList, placeReferenceWords: wordList, placeReferenceBlockers: wordList, streetPartConcepts: wordList, connectionPorts: wordList, connectionSecrets: wordList, connectionEndpoints: wordList, birthStems: wordList, senderWords: wordList, addressBlockLines: wordList, searchResults: wordList, searchCounts: wordList, searchQueries: wordList, municipalityWords: wordList, buildingUnitConcepts: wordList, roomWords: wordList, tokenRecordFields: wordList, contactPointContainers: wordList, contactPointValues: wordList, contactRecords: wordList, contactKinds: wordList, valueWords: wordList, changeEvents: wordList, eventWords: wordList, compoundHeads: wordList,
    ruledOutTypes: { type: 'object', additionalProperties: false, required: ['all', 'numeric'], properties: { all: wordList, numeric: wordList, text: wordList, kindHeads: wordList } },
  },
} as const;
