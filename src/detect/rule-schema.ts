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
    context: { enum: ['person', 'address'], description: 'Ambiguous terms count only in a person (or address) record.' },
    baseWithoutContext: { type: 'number', minimum: 0, maximum: 1, description: 'Confidence when the context is missing (below the threshold means no match).' },
    generic: { type: 'boolean', description: 'A bare noun (name): the word before it must be a person noun, or the context a person.' },
    person: { type: 'boolean', description: "The term names a person (contact person): a person's data even in a company's record." },
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

const wordList = { type: 'array', items: { type: 'string' } };
export const contextFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['personContainers', 'nonPersonContainers', 'organisationContainers', 'settingsContainers', 'textContainers', 'mailedContainers', 'typeWrappers', 'personNouns', 'personEvidence',
    'addressEvidence', 'prefixes', 'denyPrefixes', 'systemWords', 'allowedSuffixes', 'ruledOutTypes', 'numericAllowed', 'compoundHeads'],
  properties: {
    personContainers: wordList, nonPersonContainers: wordList, organisationContainers: wordList, settingsContainers: wordList, textContainers: wordList, mailedContainers: wordList, typeWrappers: wordList,
    personNouns: wordList, personEvidence: wordList, addressEvidence: wordList, prefixes: wordList, denyPrefixes: wordList,
    systemWords: wordList, allowedSuffixes: wordList, numericAllowed: wordList, compoundHeads: wordList,
    ruledOutTypes: { type: 'object', additionalProperties: false, required: ['all', 'numeric'], properties: { all: wordList, numeric: wordList } },
  },
} as const;
