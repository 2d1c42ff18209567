/** The detector's building blocks on real-looking names, values and comments. */
import { describe, expect, it } from 'vitest';
import { createDetector, parseAnnotations, splitWords } from '../../src/detect/index.js';

const detector = createDetector({ defaultRegion: 'NO' });
const categories = (name: string, extra: { container?: string[]; type?: string; siblings?: string[]; hints?: string[] } = {}) =>
  detector.classifyField({ name, ...extra }).matches.map((m) => m.category);

describe('splitWords', () => {
  it.each([
    ['billingStreetAddress', ['billing', 'street', 'address']],
    ['CUSTOMER_E_MAIL', ['customer', 'e', 'mail']],
    ['tlfNr', ['tlf', 'nr']],
    ['zip_code2', ['zip', 'code', '2']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['userID', ['user', 'id']],
    ['first-name', ['first', 'name']],
    ['Straße', ['strasse']],
    ['prénom', ['prenom']],
  ])('%s', (name, words) => expect(splitWords(name)).toEqual(words));
});

describe('classifyField', () => {
  it('decomposes Germanic compounds instead of listing them', () => {
    expect(categories('kundetelefon')).toEqual(['phone']);
    expect(categories('rechnungsadresse')).toEqual(['address']);
    expect(categories('leveringsadresse')).toEqual(['address']);
    expect(categories('telefoonnummer')).toEqual(['phone']);
    expect(categories('epostadresse')).toEqual(['email']);
    expect(categories('XXFNAME')).toEqual(['name']);
    expect(categories('pastel')).toEqual([]);
    expect(categories('bestelnummer')).toEqual([]);
  });

  it('excludes the traps other tools fall into, and says why', () => {
    for (const trap of ['fileName', 'hostName', 'productName', 'eventTypeName', 'username', 'nameservers', 'timezone', 'statement', 'emailVerified', 'emailCount', 'emailTemplateId', 'phoneVerifiedAt', 'ipAddress', 'macAddress', 'walletAddress', 'has_shipping_address', 'require_zip', 'first_name_label', 'phone_country_code']) {
      expect(categories(trap, { container: ['User'] }), trap).toEqual([]);
    }
    expect(detector.classifyField({ name: 'emailVerified', container: ['User'] }).excluded).toContainEqual({ category: 'email', ruleId: 'email.term', reason: 'qualifier:verified' });
    expect(detector.classifyField({ name: 'ipAddress' }).excluded[0]?.reason).toBe('system:ip');
  });

  it('keeps a pending or previous value as the data, but not its token or timestamp', () => {
    for (const name of ['email_change', 'phone_change', 'newEmail', 'email_old', 'previousPhone', 'unconfirmed_email']) {
      expect(categories(name, { container: ['auth', 'users'], type: 'text' }).length, name).toBe(1);
    }
    for (const name of ['email_change_token_new', 'email_change_sent_at', 'phone_change_token', 'email_change_confirm_status']) {
      expect(categories(name, { container: ['auth', 'users'] }), name).toEqual([]);
    }
  });

  it('uses the container and siblings for ambiguous names', () => {
    expect(categories('name', { container: ['Customer'] })).toEqual(['name']);
    expect(categories('name', { container: ['Team'] })).toEqual([]);
    expect(categories('name', { container: ['things'], siblings: ['first_name', 'email', 'name'] })).toEqual(['name']);
    expect(categories('name', { container: ['things'], siblings: ['sku', 'name'] })).toEqual([]);
    expect(categories('city', { container: ['Customer'] })).toEqual(['address']);
    expect(categories('mobile', { container: ['Device'], type: 'boolean' })).toEqual([]);
    expect(categories('street', { container: ['Order', 'billing'] })).toEqual(['address']);
  });

  it('marks organisation data and keeps contact persons as people', () => {
    const warehouse = detector.classifyField({ name: 'phone', container: ['Warehouse'] });
    expect(warehouse.matches.map((m) => m.category)).toEqual(['phone']);
    expect(warehouse.isOrganisation).toBe(true);
    expect(categories('name', { container: ['Company'] })).toEqual([]);
    expect(categories('name', { container: ['Team'] })).toEqual([]);
    const teamMailbox = detector.classifyField({ name: 'email', container: ['TeamEmail'], type: 'String' });
    expect(teamMailbox.matches.map((m) => m.category)).toEqual(['email']);
    expect(teamMailbox.isOrganisation).toBe(true);
    expect(detector.classifyField({ name: 'email', container: ['TeamMember'] }).isOrganisation).toBeUndefined();
    const contact = detector.classifyField({ name: 'contactPersonName', container: ['Supplier'] });
    expect(contact.matches.map((m) => m.category)).toEqual(['name']);
    expect(contact.isOrganisation).toBeUndefined();
    for (const [name, container] of [['ansprechpartner', 'Lieferant'], ['kontaktperson', 'Leverandor'], ['contact_person', 'suppliers']] as const) {
      const person = detector.classifyField({ name, container: [container] });
      expect(person.matches.map((m) => m.category), name).toEqual(['name']);
      expect(person.isOrganisation, name).toBeUndefined();
    }
  });

  it("tells a person's own settings from the system's", () => {
    expect(categories('notificationEmail', { container: ['UserSettings'] })).toEqual(['email']);
    expect(categories('email', { container: ['customer_preferences'] })).toEqual(['email']);
    expect(categories('supportEmail', { container: ['AppConfig'] })).toEqual([]);
    expect(categories('support_email', { container: ['tenant_settings'] })).toEqual([]);
  });

  it('excludes labels, translations and placeholders, but not a shipping label', () => {
    for (const [name, container] of [['email', ['FormLabels']], ['firstName', ['SignupTranslations']], ['phone', ['translations', 'nb']], ['address', ['Placeholders']], ['email', ['FormErrors']]] as const) {
      expect(categories(name, { container: [...container] }), `${container.join('.')}.${name}`).toEqual([]);
    }
    expect(categories('recipientName', { container: ['ShippingLabel'] })).toEqual(['name']);
    expect(categories('street', { container: ['shipping_labels'] })).toEqual(['address']);
    expect(categories('email', { container: ['CheckoutLabels'] })).toEqual([]);
  });

  it('excludes UI text and validation about the data', () => {
    for (const trap of ['labelEmail', 'placeholderName', 'emailPlaceholder', 'hintPhone', 'phoneTooltip', 'regexEmail', 'invalidPhone', 'errorEmail']) {
      expect(categories(trap, { container: ['SignupForm'] }), trap).toEqual([]);
    }
  });

  it('lets types rule fields out or in', () => {
    expect(categories('email', { type: 'boolean' })).toEqual([]);
    expect(categories('emailVerified', { type: 'Date | null' })).toEqual([]);
    expect(categories('status', { type: "'home' | 'work'" })).toEqual([]);
    expect(categories('zip', { type: 'number' })).toEqual(['address']);
    expect(categories('email', { type: 'number' })).toEqual([]);
    expect(categories('deliverTo', { type: 'PostalAddress' })).toEqual(['address']);
    expect(categories('name', { type: 'FullName', container: ['Person'] })).toEqual(['name']);
    expect(categories('email', { type: 'EmailSettings' })).toEqual([]);
  });

  it('reads composite and value-object types, and entities scoped to a workspace (Twenty)', () => {
    const person = ['PersonWorkspaceEntity'];
    expect(categories('emails', { type: 'EmailsMetadata', container: person })).toEqual(['email']);
    expect(categories('phones', { type: 'PhonesMetadata', container: person })).toEqual(['phone']);
    expect(categories('name', { type: 'FullNameMetadata', container: person })).toEqual(['name']);
    expect(categories('city', { type: 'string', container: person })).toEqual(['address']);
    expect(categories('name', { type: 'PersonName', container: ['Customer'] })).toEqual(['name']);
    expect(categories('name', { type: 'LinksMetadata', container: ['CompanyWorkspaceEntity'] })).toEqual([]);
    expect(categories('name', { type: 'ProductName', container: ['Order'] })).toEqual([]);
    expect(categories('address', { type: 'IpAddressValue', container: ['Session'] })).toEqual([]);
    expect(detector.classifyField({ name: 'address', type: 'AddressMetadata', container: ['CompanyWorkspaceEntity'] }).isOrganisation).toBe(true);
  });

  it('takes validator hints as strong evidence', () => {
    expect(categories('contact', { hints: ['email'] })).toEqual(['email']);
  });

  it('lets annotations force or suppress a category', () => {
    const forced = detector.classifyField({ name: 'handle', annotations: parseAnnotations('@personal email') });
    expect(forced.matches.map((m) => [m.category, m.evidence.ruleId])).toEqual([['email', 'annotation']]);
    const suppressed = detector.classifyField({ name: 'email', annotations: parseAnnotations('@personal none -- the shop\'s own address') });
    expect(suppressed.matches).toEqual([]);
    expect(suppressed.suppressed).toMatchObject({ reason: "the shop's own address", matches: [{ category: 'email' }] });
  });

  it('accepts rules for custom categories from the policy', () => {
    const custom = createDetector({ rules: [{ id: 'dob.words', category: 'date-of-birth', confidence: 0.9, words: [['birth', 'date'], ['date', 'of', 'birth'], ['fodselsdato']] }] });
    expect(custom.classifyField({ name: 'dateOfBirth' }).matches.map((m) => m.category)).toEqual(['date-of-birth']);
    expect(custom.classifyField({ name: 'fodselsdato' }).matches.map((m) => m.category)).toEqual(['date-of-birth']);
    expect(custom.categories).toContain('date-of-birth');
    expect(() => createDetector({ rules: [{ id: 'x', confidence: 2, terms: ['y'] }] })).toThrow(/detection.rules\[0\]/);
  });
});

describe('classifyValue', () => {
  it.each([
    ['ola.nordmann@example.com', 'email'],
    ['+47 400 00 000', 'phone'],
    ['40000000', 'phone'],
    ['+49 30 901820', 'phone'],
    ['Storgata 5', 'address'],
    ['Hauptstraße 12', 'address'],
    ['Kerkstraat 3A', 'address'],
    ['221B Baker Street', 'address'],
    ['0150 Oslo', 'address'],
    ['1012 AB Amsterdam', 'address'],
    ['10115 Berlin', 'address'],
    ['SW1A 1AA', 'address'],
  ])('%s is %s', (value, category) => expect(detector.classifyValue(value)?.category).toBe(category));

  it.each(['ORD-2024-000123', '1299.00', '2024-03-15', '3f2b1c9e-8d4a-4b7e-9c1a-2e5f6a7b8c9d', 'hello world', '12345'])('%s is nothing', (value) => {
    expect(detector.classifyValue(value)).toBeUndefined();
  });
});

describe('parseAnnotations', () => {
  it('reads purposes, categories and suppressions with their spans', () => {
    const text = '/**\n * Billing contact.\n * @purpose service-provision, accounting\n * @personal email\n */';
    const a = parseAnnotations(text);
    expect(a.purposes).toEqual(['service-provision', 'accounting']);
    expect(a.personal).toEqual(['email']);
    expect(text.slice(a.spans![0]!.start, a.spans![0]!.end)).toBe('service-provision');
    expect(parseAnnotations('@personal none -- test fixture').suppressed).toEqual({ reason: 'test fixture' });
    expect(parseAnnotations('write to privacy@purpose.example or @purposeful').purposes).toEqual([]);
    expect(parseAnnotations('@purpose marketing analytics').purposes).toEqual(['marketing', 'analytics']);
  });
});
