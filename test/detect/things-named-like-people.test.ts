/**
 * Session 18 (issue 11, name precision): records whose bare `name` is a thing's, an organisation's or a place's although
 * their container or siblings look like a person's. Written from training false positives of several code bases and
 * languages; each case here is shaped like a real schema or model, none is one code base's field.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import type { FieldFacts } from '../../src/detect/types.js';

const detector = createDetector({ defaultRegion: 'NO' });
const categories = (name: string, extra: Omit<FieldFacts, 'name'>) => detector.classifyField({ name, ...extra }).matches.map((m) => m.category);
const reasons = (name: string, extra: Omit<FieldFacts, 'name'>) => detector.classifyField({ name, ...extra }).excluded.map((e) => e.reason);

describe('Finnish organisations, schools and places of business', () => {
  it("keeps an institution's, an office's and a central organisation's `nimi` out", () => {
    const school = ['oppilaitoskoodi', 'nimi', 'kieli', 'www_osoite', 'sahkoposti', 'puhelin'];
    for (const container of ['oppilaitos', 'toimipaikka', 'keskusjarjesto', 'jarjesto', 'yritys']) {
      expect(categories('nimi', { container: [container], siblings: school, type: 'varchar(200)' }), container).toEqual([]);
    }
  });

  it("still reads a person's `nimi` and a contact person's name beside them", () => {
    expect(categories('nimi', { container: ['henkilo'], siblings: ['nimi', 'sahkoposti', 'puhelin'], type: 'varchar(200)' })).toEqual(['name']);
    expect(categories('yhteyshenkilo', { container: ['oppilaitos'], siblings: ['nimi', 'yhteyshenkilo', 'puhelin'], type: 'varchar(200)' })).toEqual(['name']);
  });
});

describe("a nested object named for a place, an origin or a task", () => {
  it("reads a patient's district and a follow-up's origin as the place's and the origin's own record", () => {
    expect(categories('name', { container: ['PatientModel', 'district_object'], siblings: ['id', 'name'], type: 'string' })).toEqual([]);
    expect(reasons('name', { container: ['PatientModel', 'district_object'], siblings: ['id', 'name'], type: 'string' })).toContain('container:non-person(district)');
    expect(categories('nombre', { container: ['ISeguimientoPaciente', 'origen'], siblings: ['id', 'nombre', 'tipo'], type: 'String' })).toEqual([]);
    expect(categories('nome', { container: ['Paciente', 'bairro'], siblings: ['id', 'nome'], type: 'string' })).toEqual([]);
    expect(categories('name', { container: ['Ticket', 'herkunft'], siblings: ['id', 'name'], type: 'string' })).toEqual([]);
  });

  it("keeps the patient's own name and a nested person's name", () => {
    expect(categories('name', { container: ['PatientModel'], siblings: ['id', 'name', 'phone_number', 'district_object'], type: 'string' })).toEqual(['name']);
    expect(categories('name', { container: ['PatientModel', 'emergency_contact'], siblings: ['name', 'phone'], type: 'string' })).toEqual(['name']);
  });

  it("reads a workflow task's name as the step's, in every lexicon language", () => {
    const task = ['completed', 'task_id', 'name', 'due_date', 'owner', 'case'];
    for (const container of ['CaseUserTask', 'tasks', 'Aufgabe', 'taak', 'tarefa', 'oppgaver']) {
      expect(categories('name', { container: [container], siblings: task, type: 'CharField' }), container).toEqual([]);
    }
    expect(categories('assignee_name', { container: ['CaseUserTask'], siblings: task, type: 'CharField' })).toEqual(['name']);
  });
});

describe("a program's access to the app", () => {
  it("reads the name of a record holding an API key and no person's field as the program's", () => {
    const client = ['id', 'name', 'apiKey', 'accessRole', 'lastActive', 'version'];
    expect(categories('name', { container: ['Client'], siblings: client, type: 'String' })).toEqual([]);
    expect(reasons('name', { container: ['Client'], siblings: client, type: 'String' })).toContain('siblings:api-key');
    const form = ['name', 'isActive', 'subscribeToTargetList', 'leadSource', 'apiKey', 'formId', 'description'];
    expect(categories('name', { container: ['LeadCapture'], siblings: form, type: 'varchar' })).toEqual([]);
    expect(categories('nom', { container: ['consommateurs_api'], siblings: ['id', 'nom', 'client_secret'], type: 'text' })).toEqual([]);
  });

  it("keeps a user's name beside the user's API token and email", () => {
    expect(categories('name', { container: ['users'], siblings: ['id', 'name', 'email', 'api_token', 'password'], type: 'varchar(255)' })).toEqual(['name']);
    expect(categories('name', { container: ['Client'], siblings: ['id', 'name', 'first_name', 'apiKey'], type: 'String' })).toEqual(['name']);
  });
});

describe("an email's or a system's address record", () => {
  it("reads the name of an email address's record as the address, not a person's name", () => {
    const record = ['name', 'lower', 'invalid', 'optOut', 'primary'];
    expect(categories('name', { container: ['EmailAddress'], siblings: record, type: 'varchar' })).toEqual([]);
    expect(categories('name', { container: ['ip_addresses'], siblings: ['id', 'name', 'cidr'], type: 'text' })).toEqual([]);
  });

  it("keeps a postal address record's addressee", () => {
    expect(categories('name', { container: ['Address'], siblings: ['name', 'street', 'zip', 'city'], type: 'varchar' })).toEqual(['name']);
    expect(categories('name', { container: ['BillingAddress'], siblings: ['name', 'street', 'zip', 'city'], type: 'varchar' })).toEqual(['name']);
  });
});

describe("an address's attention line", () => {
  it('is a line of the address in an address record, as a care-of line is', () => {
    const address = ['street', 'careOf', 'attention', 'postalCode', 'city', 'country'];
    expect(categories('attention', { container: ['AddressEmbeddable'], siblings: address, type: 'String' })).toEqual(['address']);
    expect(categories('attn', { container: ['CAddressDTO'], siblings: address, type: 'string' })).toEqual(['address']);
    expect(categories('attention', { container: ['Ticket'], siblings: ['id', 'title', 'attention', 'status'], type: 'string' })).toEqual([]);
  });
});

describe("a bare `contact` of a party's record", () => {
  it("is how to reach the party where the record has no email or phone field of its own", () => {
    const template = ['id', 'name', 'title', 'company', 'vat_id', 'address', 'contact', 'due_days'];
    expect(categories('contact', { container: ['InvoiceTemplate'], siblings: template, type: 'text' })).toEqual([]);
    expect(reasons('contact', { container: ['Incubator'], siblings: ['id', 'title', 'contact', 'address', 'website'], type: 'string' })).toContain('siblings:no-email-or-phone');
  });

  it("is the contact person's name beside the party's own email or phone, in any language", () => {
    expect(categories('contact', { container: ['suppliers'], siblings: ['name', 'address', 'phone', 'fax', 'email', 'contact'], type: 'string' })).toEqual(['name']);
    expect(categories('contact', { container: ['Company'], siblings: ['siret', 'name', 'contact', 'contactEmail', 'contactPhone'], type: 'String?' })).toEqual(['name']);
    expect(categories('contact', { container: ['kunde'], siblings: ['name', 'strasse', 'telefon', 'contact'], type: 'varchar(75)' })).toEqual(['name']);
  });
});

describe('a parent node, a start-up and a declared relation', () => {
  it("reads a parent's name in an organisation's or a catalogue's record as the node above", () => {
    expect(categories('parentName', { container: ['OrgUnitFutureChange'], siblings: ['id', 'orgUnitUuid', 'parentName', 'changeDate'], type: 'String' })).toEqual([]);
    expect(categories('parent_name', { container: ['folders'], siblings: ['id', 'parent_name', 'slug'], type: 'varchar(255)' })).toEqual([]);
    // ...and a pupil's parent in a pupil's record is a person.
    expect(categories('parent_name', { container: ['students'], siblings: ['first_name', 'last_name', 'parent_name', 'parent_phone'], type: 'varchar(255)' })).toEqual(['name']);
  });

  it("keeps a start-up's name out", () => {
    expect(categories('name', { container: ['userStartupSchema'], siblings: ['uuid', 'name', 'pitch'], type: 'string' })).toEqual([]);
    expect(categories('name', { container: ['startups'], siblings: ['id', 'name', 'contact', 'pitch'], type: 'text' })).toEqual([]);
  });

  it('reads a declared relationship as a link to another record, whatever it is called', () => {
    const facility = ['id', 'name', 'contact_person', 'district', 'images', 'address'];
    expect(categories('contact_person', { container: ['facilities'], siblings: facility, type: 'relationship' })).toEqual([]);
    expect(categories('postal_address', { container: ['organisations'], siblings: ['id', 'name', 'postal_address'], type: 'relation' })).toEqual([]);
    expect(categories('contact_person', { container: ['facilities'], siblings: facility, type: 'varchar(255)' })).toEqual(['name']);
  });
});

describe('people named by their role alone', () => {
  it("reads a piece's composer, arranger and lyricist as their names, in the lexicon languages", () => {
    const piece = ['titel', 'komponist', 'arrangeur', 'verlag', 'besetzung'];
    expect(categories('komponist', { container: ['Noten'], siblings: piece, type: 'string' })).toEqual(['name']);
    expect(categories('arrangeur', { container: ['Noten'], siblings: piece, type: 'string' })).toEqual(['name']);
    expect(categories('composer', { container: ['tracks'], siblings: ['title', 'composer', 'lyricist', 'duration'], type: 'varchar(255)' })).toEqual(['name']);
    expect(categories('compositore', { container: ['brani'], siblings: ['titolo', 'compositore'], type: 'varchar(255)' })).toEqual(['name']);
  });

  it('leaves the same roles out as a key or a flag', () => {
    expect(categories('composer_id', { container: ['tracks'], siblings: ['title', 'composer_id'], type: 'integer' })).toEqual([]);
    expect(categories('komponist', { container: ['Noten'], siblings: ['titel', 'komponist'], type: 'boolean' })).toEqual([]);
  });
});
