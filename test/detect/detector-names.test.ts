/**
 * Session 6's name conventions (issue 11: held-out schema names below target), each from training misses or a
 * general English convention, each with a positive case and the trap it must not fall into.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('name parts written apart', () => {
  it('reads a family name written as two words (surName, middleAndSurName) as a name', () => {
    expect(categories('surName', { container: ['PersonInformation'], type: 'String' })).toEqual(['name']);
    expect(categories('middleAndSurName', { container: ['PersonInformation'], type: 'String' })).toEqual(['name']);
    expect(categories('SUR_NAME', { container: ['KUNDE'], type: 'varchar(40)' })).toEqual(['name']);
  });

  it('leaves words that only start like one alone (surcharge, survey)', () => {
    expect(categories('surcharge', { container: ['orders'], type: 'varchar(40)', siblings: ['id', 'surcharge', 'email'] })).toEqual([]);
    expect(categories('surveyName', { container: ['Campaign'], type: 'string' })).toEqual([]);
  });
});

describe("a thing's own full name", () => {
  it("reads a person's full name, and a contact person's in a company", () => {
    expect(categories('full_name', { container: ['users'], type: 'varchar(255)', siblings: ['id', 'full_name', 'email'] })).toEqual(['name']);
    expect(categories('fullName', { container: ['Invoice'], type: 'string' })).toEqual(['name']);
    expect(categories('contact_full_name', { container: ['companies'], type: 'varchar(255)', siblings: ['id', 'name', 'contact_full_name'] })).toEqual(['name']);
  });

  it("leaves a country's, a repository's or a company's full name out", () => {
    expect(categories('full_name', { container: ['countries'], type: 'varchar(255)', siblings: ['id', 'iso', 'full_name', 'currency'] })).toEqual([]);
    expect(categories('full_name', { container: ['repositories'], type: 'varchar(255)', siblings: ['id', 'full_name', 'owner_id'] })).toEqual([]);
    expect(categories('repo_full_name', { container: ['webhook_events'], type: 'varchar(255)' })).toEqual([]);
    expect(categories('full_name', { container: ['companies'], type: 'varchar(255)', siblings: ['id', 'full_name', 'website'] })).toEqual([]);
  });
});

describe('a view model', () => {
  it("is the record it shows (IUserViewModel is a user's)", () => {
    expect(categories('fullName', { container: ['IUserViewModel'], type: 'string' })).toEqual(['name']);
    expect(categories('name', { container: ['ICandidateViewModel'], type: 'string' })).toEqual(['name']);
  });

  it("keeps a thing's view model a thing's, and a view a view", () => {
    expect(categories('name', { container: ['DashboardViewModel'], type: 'string' })).toEqual([]);
    expect(categories('fullName', { container: ['ProjectViewModel'], type: 'string' })).toEqual([]);
    expect(categories('name', { container: ['SavedView'], type: 'string', siblings: ['id', 'name', 'filters'] })).toEqual([]);
  });
});

describe("a stored mail's name", () => {
  const mail = ['id', 'subject', 'name', 'from', 'reply_to', 'cc', 'bcc', 'parent_id', 'message_id'];

  it("reads the name of a mail with copy recipients as its sender's, though the mail answers a parent", () => {
    expect(categories('name', { container: ['emails'], type: 'string', siblings: mail })).toEqual(['name']);
  });

  it("leaves a mail template's, an attachment's or a notification kind's name out", () => {
    expect(categories('name', { container: ['email_templates'], type: 'string', siblings: ['id', 'name', 'subject', 'cc', 'bcc'] })).toEqual([]);
    expect(categories('name', { container: ['email_attachments'], type: 'string', siblings: ['id', 'name', 'path', 'email_id'] })).toEqual([]);
    expect(categories('name', { container: ['email_notifications'], type: 'varchar(100)', siblings: ['id', 'name', 'is_enabled'] })).toEqual([]);
    // A mail record sent through a configured transport is a template of one: its name is its own.
    expect(categories('name', { container: ['mail_queue'], type: 'string', siblings: ['id', 'name', 'cc', 'bcc', 'smtp_id'] })).toEqual([]);
  });
});

describe("an occasion's host", () => {
  it("reads the host of an event or a meeting as a person", () => {
    expect(categories('name', { container: ['EventTypeHost'], type: 'string', siblings: ['name', 'email'] })).toEqual(['name']);
    expect(categories('name', { container: ['meeting_hosts'], type: 'varchar(255)', siblings: ['id', 'name', 'meeting_id'] })).toEqual(['name']);
    expect(scanned('export interface WebinarCohost {\n  name: string;\n  email: string;\n}\n')).toEqual({ name: ['name'], email: ['email'] });
  });

  it('keeps a bare host, a virtual host and a proxy host a server', () => {
    expect(categories('name', { container: ['Host'], type: 'string', siblings: ['name', 'port'] })).toEqual([]);
    expect(categories('name', { container: ['VirtualHost'], type: 'string', siblings: ['name', 'port'] })).toEqual([]);
    expect(categories('name', { container: ['ProxyHost'], type: 'string', siblings: ['id', 'name', 'email'] })).toEqual([]);
  });
});

describe('a signature', () => {
  it('reads a text signedBy and a typed signature as the signer\'s name', () => {
    const form = ['id', 'signedAt', 'signedBy', 'sentBy', 'status'];
    expect(categories('signedBy', { container: ['Form'], type: 'String?', siblings: form })).toEqual(['name']);
    expect(categories('signed_by', { container: ['contracts'], type: 'varchar(255)' })).toEqual(['name']);
    expect(categories('typedSignature', { container: ['Signature'], type: 'String?', siblings: ['id', 'typedSignature', 'signatureImageAsBase64'] })).toEqual(['name']);
  });

  it('leaves a signer\'s id, a relation, a flag and the other audit columns out', () => {
    expect(categories('signedById', { container: ['Form'], type: 'String?' })).toEqual([]);
    expect(categories('signedBy', { container: ['Form'], type: 'User' })).toEqual([]);
    expect(categories('signedByTransporter', { container: ['Form'], type: 'Boolean?' })).toEqual([]);
    expect(categories('createdBy', { container: ['Survey'], type: 'String?' })).toEqual([]);
    expect(categories('signatureImageAsBase64', { container: ['Signature'], type: 'String?' })).toEqual([]);
  });
});

describe('the person a thing was assigned, issued or addressed to', () => {
  it("reads the assignee's name and email after a participle and `to`", () => {
    expect(categories('assigned_to_name', { container: ['tickets'], type: 'varchar(255)' })).toEqual(['name']);
    expect(categories('issuedToName', { container: ['Certificate'], type: 'string' })).toEqual(['name']);
    expect(categories('assigned_to_email', { container: ['tickets'], type: 'varchar(255)' })).toEqual(['email']);
  });

  it('leaves what a thing was mapped to, and the assignee link, out', () => {
    expect(categories('mapped_to_name', { container: ['field_mappings'], type: 'varchar(255)' })).toEqual([]);
    expect(categories('assigned_to_id', { container: ['tickets'], type: 'varchar(36)' })).toEqual([]);
  });

  it('keeps a word that ends like a term whole after a two-letter function word (assigned is no `as` + `signed`)', () => {
    expect(categories('assigned', { container: ['tickets'], type: 'varchar(255)' })).toEqual([]);
    expect(categories('designed_by_name', { container: ['products'], type: 'varchar(255)' })).toEqual(['name']);
    expect(categories('mysurname', { container: ['users'], type: 'varchar(255)' })).toEqual(['name']);
  });
});

describe('the name a card or an account is held under', () => {
  const card = ['id', 'card_holder', 'name_on_card', 'last4', 'expiry_month'];

  it('reads a card holder, the name on a card and an account holder as a name', () => {
    expect(categories('card_holder', { container: ['payment_methods'], type: 'varchar(255)', siblings: card })).toEqual(['name']);
    expect(categories('name_on_card', { container: ['payment_methods'], type: 'varchar(255)', siblings: card })).toEqual(['name']);
    expect(categories('accountHolder', { container: ['BankDetails'], type: 'string' })).toEqual(['name']);
  });

  it("leaves the holder's id and relation out, and a holder's email an email", () => {
    expect(categories('card_holder_id', { container: ['payment_methods'], type: 'varchar(36)', siblings: card })).toEqual([]);
    expect(categories('accountHolder', { container: ['BankDetails'], type: 'Customer' })).toEqual([]);
    expect(categories('cardholder_email', { container: ['payments'], type: 'varchar(255)' })).toEqual(['email']);
  });
});

describe("another spelling of a person's name", () => {
  const person = ['id', 'first_name', 'last_name', 'email', 'birth_date'];

  it("reads a name in another script or language in a person's record as a name", () => {
    expect(categories('first_name_kana', { container: ['customers'], type: 'varchar(255)', siblings: person })).toEqual(['name']);
    expect(categories('english_name', { container: ['employees'], type: 'varchar(255)', siblings: person })).toEqual(['name']);
    expect(categories('other_names', { container: ['patients'], type: 'varchar(255)', siblings: person })).toEqual(['name']);
  });

  it("leaves a product's or a category's English name out", () => {
    expect(categories('english_name', { container: ['products'], type: 'varchar(255)', siblings: ['id', 'sku', 'english_name'] })).toEqual([]);
    expect(categories('english_name', { container: ['tags'], type: 'varchar(255)', siblings: ['id', 'english_name', 'slug', 'parent_id'] })).toEqual([]);
    expect(categories('other_names', { container: ['Species'], type: 'string' })).toEqual([]);
  });

  it("reads the name without its accents, or the one in daily use, in a person's record as a name (unaccented_naam, usual_name)", () => {
    const sporter = ['lid_nr', 'voornaam', 'achternaam', 'unaccented_naam', 'email', 'geboorte_datum'];
    expect(categories('unaccented_naam', { container: ['Sporter'], type: 'CharField', siblings: sporter })).toEqual(['name']);
    expect(categories('usual_name', { container: ['agent_connect_informations'], type: 'string', siblings: ['given_name', 'usual_name', 'email', 'siret'] })).toEqual(['name']);
    expect(categories('ascii_name', { container: ['cities'], type: 'varchar(200)', siblings: ['id', 'ascii_name', 'country_code', 'population'] })).toEqual([]);
    expect(categories('unaccented_naam', { container: ['Vereniging'], type: 'CharField', siblings: ['ver_nr', 'naam', 'unaccented_naam', 'plaats'] })).toEqual([]);
  });
});

describe('zod unions with a literal', () => {
  it('reads an empty literal or an email as an email', () => {
    const found = scanned('export const basicsSchema = z.object({\n  email: z.literal("").or(z.string().email()),\n  phone: z.string(),\n});\n');
    expect(found.email).toEqual(['email']);
  });

  it('keeps a union of literals an enum', () => {
    const found = scanned('export const prefsSchema = z.object({\n  email: z.literal("all").or(z.literal("none")),\n  name: z.union([z.literal("a"), z.literal("b")]),\n});\n');
    expect(found.email).toBeUndefined();
    expect(found.name).toBeUndefined();
  });
});

// Session 6, second round: from three fresh training code bases (an event platform's SQLAlchemy models, a help
// desk's and a school system's Rails schemas), each a general word or convention.
describe("India's postal index number", () => {
  const student = ['first_name', 'last_name', 'address_line1', 'address_line2', 'city', 'state', 'pin_code', 'email'];

  it('reads a pin code beside address lines and a town as the postcode', () => {
    expect(categories('pin_code', { container: ['students'], type: 'string', siblings: student })).toEqual(['address']);
    expect(categories('home_pin_code', { container: ['employees'], type: 'string', siblings: ['first_name', 'home_address_line1', 'home_city', 'home_pin_code', 'email'] })).toEqual(['address']);
  });

  it("leaves a login PIN or a device's PIN code alone", () => {
    expect(categories('pin_code', { container: ['users'], type: 'string', siblings: ['first_name', 'last_name', 'email', 'pin_code'] })).toEqual([]);
    expect(categories('pin_code', { container: ['devices'], type: 'string', siblings: ['name', 'serial', 'pin_code'] })).toEqual([]);
  });
});

describe("a donation's donor", () => {
  it("reads a text donor as the donor's name", () => {
    expect(categories('donor', { container: ['finance_donations'], type: 'string', siblings: ['donor', 'description', 'amount'] })).toEqual(['name']);
  });

  it('leaves the link to a donor alone', () => {
    expect(categories('donor_id', { container: ['finance_donations'], type: 'integer', siblings: ['donor_id', 'amount'] })).toEqual([]);
    expect(categories('donor', { container: ['donations'], type: 'integer', siblings: ['donor', 'amount'] })).toEqual([]);
  });
});

describe("a person's public name", () => {
  it("reads a user's public name as a display name", () => {
    expect(categories('public_name', { container: ['users'], type: 'String', siblings: ['first_name', 'last_name', 'public_name', 'email'] })).toEqual(['name']);
  });

  it("leaves a team's or a product's public name out", () => {
    expect(categories('public_name', { container: ['teams'], type: 'String', siblings: ['name', 'public_name', 'slug'] })).toEqual([]);
    expect(categories('public_name', { container: ['products'], type: 'String', siblings: ['sku', 'public_name', 'price'] })).toEqual([]);
  });
});

describe("an organisation's catalogue of grades and positions", () => {
  it("leaves the name of an employee grade or position out", () => {
    expect(categories('name', { container: ['employee_grades'], type: 'string', siblings: ['name', 'priority', 'status', 'max_hours_day'] })).toEqual([]);
    expect(categories('name', { container: ['employee_positions'], type: 'string', siblings: ['name', 'employee_category_id', 'status'] })).toEqual([]);
    expect(categories('name', { container: ['member_levels'], type: 'varchar(100)', siblings: ['name', 'min_points', 'discount'] })).toEqual([]);
    expect(categories('name', { container: ['candidate_skills'], type: 'varchar(100)', siblings: ['name', 'candidate_id', 'years'] })).toEqual([]);
    expect(categories('name', { container: ['PatientAllergy'], type: 'String', siblings: ['name', 'severity', 'patientId'] })).toEqual([]);
  });

  it("still reads an employee's name beside a position", () => {
    expect(categories('name', { container: ['employees'], type: 'string', siblings: ['name', 'email', 'position', 'grade'] })).toEqual(['name']);
    expect(categories('name', { container: ['employee_contacts'], type: 'string', siblings: ['name', 'email', 'phone'] })).toEqual(['name']);
  });
});

describe("a fair's exhibitors", () => {
  const exhibitor = ['name', 'status', 'description', 'url', 'logo_url', 'contact_email'];

  it("leaves an exhibitor's name out: exhibitors are companies", () => {
    expect(categories('name', { container: ['exhibitors'], type: 'String', siblings: exhibitor })).toEqual([]);
  });

  it("still reports the exhibitor's contact email", () => {
    expect(categories('contact_email', { container: ['exhibitors'], type: 'String', siblings: exhibitor })).toEqual(['email']);
  });
});
