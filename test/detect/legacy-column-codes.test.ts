/**
 * Legacy column conventions inferred from the table itself (issue 11, item 2): a party's code glued before its
 * columns (column-group.ts), a translated copy of a column (translated-column.ts), a second copy of the columns with
 * cut stems and a code glued after (variant-suffix.ts); and the address words of legacy records. Each with the trap it
 * must not fall into.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(40)') =>
  categories(name, { container: [container], type, siblings });

describe("a party's code glued before its columns", () => {
  // A club's member with the account holder's own columns (`ktoi` = Kontoinhaber), as jVerein keeps them.
  const member = ['id', 'name', 'vorname', 'strasse', 'plz', 'ort', 'email', 'beitragsgruppe', 'ktoititel', 'ktoiname', 'ktoivorname', 'ktoistrasse', 'ktoiplz', 'ktoiort', 'ktoistaat', 'ktoiemail'];
  // A fixed-width court record's parties, numbered (`p1`, `p2`) after the record's own code.
  const claim = ['id', 'ehaktenzeichen', 'ehp1anrede', 'ehp1name', 'ehp1vorname', 'ehp1akad', 'ehp1plz', 'ehp1ort', 'ehp1strasse', 'ehp1hausnr', 'ehp1postf', 'ehp1buchst', 'ehp2name', 'ehp2vorname', 'ehp2plz', 'ehp2ort'];

  it('reads each column as its word alone (ktoiplz, ktoiort, ktoiname, ehp1name)', () => {
    expect(cats('ktoiplz', 'mitglied', member)).toEqual(['address']);
    expect(cats('ktoiort', 'mitglied', member)).toEqual(['address']);
    expect(cats('ktoiname', 'mitglied', member)).toEqual(['name']);
    expect(cats('ehp1name', 'claim_data', claim)).toEqual(['name']);
    expect(cats('ehp2ort', 'claim_data', claim)).toEqual(['address']);
  });

  it('reads a code before a separator as its first word (tmp_name beside tmp_addr1 and tmp_homephone)', () => {
    // An employee's former contact details kept under a `tmp_` code among the record's own columns.
    const employee = ['id', 'login', 'name', 'deleted', 'deleted_email', 'deleted_tel', 'tmp_name', 'tmp_addr1', 'tmp_addr2', 'tmp_homephone', 'tmp_workphone', 'tmp_note', 'sales', 'role'];
    expect(cats('tmp_name', 'employee', employee, 'text')).toEqual(['name']);
    expect(cats('tmp_note', 'employee', employee, 'text')).toEqual([]);
    // A word before the term names whose it is: a project's name stays the project's.
    expect(cats('project_name', 'employee', [...employee, 'project_name'], 'text')).toEqual([]);
  });

  it("reads a PO box and a house number's letter abbreviated in the party's address (postf, buchst)", () => {
    expect(cats('ehp1postf', 'claim_data', claim)).toEqual(['address']);
    expect(cats('ehp1buchst', 'claim_data', claim)).toEqual(['address']);
    // A letter of the alphabet in a record with no address is no house number's.
    expect(cats('buchstabe', 'kapitel', ['id', 'titel', 'buchstabe', 'seite'])).toEqual([]);
  });

  it("leaves the party's salutation, title and country out", () => {
    expect(cats('ktoititel', 'mitglied', member)).toEqual([]);
    expect(cats('ktoistaat', 'mitglied', member)).toEqual([]);
    expect(cats('ehp1anrede', 'claim_data', claim)).toEqual([]);
    expect(cats('ehp1akad', 'claim_data', claim)).toEqual([]);
  });

  it('needs two categories of data behind one code: one kind numbered is no party (titel1, titel2)', () => {
    // `ti|tel1`, `ti|tel2`: the telephone's abbreviation twice is no code; a teacher's titles stay titles.
    const guardian = ['id', 'anrede1', 'titel1', 'vorname1', 'nachname1', 'anrede2', 'titel2', 'vorname2', 'nachname2', 'telefon'];
    expect(cats('titel1', 'erzieher', guardian)).toEqual([]);
    expect(cats('titel2', 'erzieher', guardian)).toEqual([]);
    // A code before only a bare name and a town is not confirmed by any datum of its own.
    const plant = ['id', 'xqname', 'xqort', 'xqleistung', 'xqbaujahr'];
    expect(cats('xqname', 'anlage', plant)).toEqual([]);
    expect(cats('xqort', 'anlage', plant)).toEqual([]);
  });
});

describe('a translated copy of a column', () => {
  const address = ['id', 'street_name', 'street_name_sv', 'street_number', 'city', 'city_sv', 'postal_code', 'location'];

  it('holds what the column it translates holds (street_name_sv beside street_name)', () => {
    expect(cats('street_name_sv', 'Address', address, 'CharField')).toEqual(['address']);
    expect(cats('city_sv', 'Address', address, 'CharField')).toEqual(['address']);
  });

  it('is not read so without the column itself, nor for a translated title', () => {
    expect(cats('nimi_sv', 'organisaatio', ['id', 'nimi_fi', 'nimi_sv', 'ytunnus'], 'text')).toEqual([]);
    expect(cats('title_en', 'offer', ['id', 'title', 'title_en', 'city'], 'text')).toEqual([]);
  });
});

describe('a second copy of the columns, stems cut short and a code glued after', () => {
  // A municipal register's person: the home address, then the contact address in cut columns ending in `con`.
  const person = ['numcgm', 'nome', 'ender', 'numero', 'compl', 'bairro', 'munic', 'cep', 'cxpostal', 'telef', 'email', 'endcon', 'numcon', 'comcon', 'baicon', 'muncon', 'cepcon', 'cxposcon', 'telcon', 'cadast'];

  it('holds what the column its stem starts holds (endcon, cepcon, baicon, telcon)', () => {
    expect(cats('endcon', 'cgm', person)).toEqual(['address']);
    expect(cats('cepcon', 'cgm', person)).toEqual(['address']);
    expect(cats('baicon', 'cgm', person)).toEqual(['address']);
    expect(cats('telcon', 'cgm', person, 'varchar(12)')).toEqual(['phone']);
  });

  it('is not read into a family of columns that share a prefix, nor with fewer than three copies', () => {
    // OXID's delivery party: `delcost` and `delvat` are the delivery's costs, not its city's.
    const order = ['id', 'delcompany', 'delfname', 'dellname', 'delstreet', 'delcity', 'delzip', 'delcost', 'delvat', 'billvat', 'paycost'];
    expect(cats('delcost', 'order', order, 'double')).toEqual([]);
    expect(cats('delvat', 'order', order, 'double')).toEqual([]);
    const few = ['id', 'nome', 'ender', 'cep', 'endcon', 'cepcon', 'status'];
    expect(cats('endcon', 'cgm', few)).toEqual([]);
  });
});

describe('address words and their traps in any record', () => {
  it("counts a warehouse's and an organisation's address, not a settings record's sender", () => {
    expect(cats('street', 'warehouses', ['id', 'name', 'street', 'zip', 'city', 'capacity'])).toEqual(['address']);
    expect(cats('city', 'warehouses', ['id', 'name', 'street', 'zip', 'city', 'capacity'])).toEqual(['address']);
    const settings = ['id', 'company_street', 'company_zip', 'company_city', 'smtp_host', 'mail_from_address'];
    expect(cats('company_street', 'settings', settings)).toEqual(['address']);
    expect(cats('mail_from_address', 'settings', settings)).toEqual([]);
  });

  it("reads Danish `by` as a town in a Danish address record only, never English `approved_by`", () => {
    const adresse = ['id', 'vejnavn', 'husnummer', 'postnummer', 'by', 'etage'];
    expect(cats('by', 'adresse', adresse)).toEqual(['address']);
    expect(cats('approved_by', 'adresse', [...adresse, 'approved_by'])).toEqual([]);
    expect(cats('by', 'documents', ['id', 'title', 'by', 'created_at'])).toEqual([]);
  });
});
