/**
 * Issue 11 (session 5, detector logic): conventions of how container and type names are built, which decide whether
 * a field is a person's. Each convention has a positive case and its trap; none names one code base's field.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';

const detector = createDetector({ defaultRegion: 'NO' });
const categories = (container: string, name: string, type: string, siblings: string[]) =>
  detector.classifyField({ name, container: [container], type, siblings }).matches.map((m) => m.category).join('+');

// [why, container, field, declared type, siblings, expected categories ('' for none)]
type Case = [string, string, string, string, string[], string];

const cases: Case[] = [
  // An English code word after another language's noun wraps that record (an API's raw copy of it)...
  ['Dutch record, English Source suffix', 'PersoonSource', 'voorletters', 'string', ['voornamen', 'voorletters', 'geslachtsnaam'], 'name'],
  ['Dutch name record, English Source suffix', 'NaamSource', 'voorletters', 'string', ['voorletters', 'voorvoegsel'], 'name'],
  ['German record, English Source suffix', 'KundeSource', 'name', 'string', ['name', 'strasse', 'plz'], 'name'],
  // ...but an English `LeadSource` or `TrafficSource` is where things come from: its name is a source's.
  ['English lead source', 'LeadSource', 'name', 'string', ['id', 'name', 'description'], ''],
  ['English traffic source', 'TrafficSource', 'name', 'string', ['id', 'name', 'url'], ''],
  // A negated person is a legal entity: its name is an organisation's.
  ['Dutch non-natural person', 'NietNatuurlijkPersoon', 'naam', 'string', ['naam', 'rsin'], ''],
  ['English non-natural person', 'NonNaturalPerson', 'name', 'string', ['name', 'registrationNumber'], ''],
  ['Dutch natural person', 'NatuurlijkPersoon', 'naam', 'string', ['naam', 'bsn'], 'name'],
  // A type that repeats the field's own word is the field's own record (a name object)...
  ['name typed as its own record', 'PersoonBasis', 'naam', 'NaamSource', ['naam', 'geboorte'], 'name'],
  ['English name typed as its own record', 'Person', 'name', 'Name', ['name', 'birthDate'], 'name'],
  // ...but not in a thing's record, and not a record of its own about the data, linked to.
  ['a product typed Name', 'Product', 'name', 'Name', ['name', 'sku'], ''],
  ['a team email model', 'Team', 'teamEmail', 'TeamEmail', ['id', 'name', 'teamEmail'], ''],
  // A role after a thing's word is that thing's role, a person's name...
  ['a document author, glued', 'DOCUMENT', 'DOCUMENTAUTEUR', 'varchar(200)', ['ID', 'TITEL', 'DOCUMENTAUTEUR'], 'name'],
  ['a page author', 'pages', 'page_author', 'varchar(100)', ['id', 'title', 'page_author'], 'name'],
  // ...but not where compounds put the head first (the author's document), nor a link or a person's word before it.
  ['a Portuguese author document', 'processo', 'documento_autor', 'varchar(20)', ['id', 'documento_autor'], ''],
  ['a document author link', 'pages', 'page_author_id', 'integer', ['id', 'page_author_id'], ''],
  ['an author in an order line', 'orders', 'line_author', 'varchar(100)', ['id', 'line_author'], ''],
  // Romance compounds put the head first: a committee's member is a person...
  ['Portuguese member of a committee', 'MembroComissao', 'nome', 'CharField', ['nome', 'cargo', 'rf'], 'name'],
  ['Spanish member of a committee', 'MiembroComite', 'nombre', 'varchar(100)', ['nombre', 'cargo'], 'name'],
  ['French member of a council', 'MembreConseil', 'nom', 'varchar(100)', ['nom', 'fonction'], 'name'],
  // ...but a committee alone is an organisation, and an English head-last compound keeps its head.
  ['Portuguese committee', 'Comissao', 'nome', 'CharField', ['nome', 'sigla'], ''],
  ['English member committee', 'MemberCommittee', 'name', 'string', ['name', 'code'], ''],
  // A licensee is a party like a lessee: their name counts in a licence's record; the licence's own name does not.
  ['a licensee name', 'License', 'licenseeName', 'String?', ['id', 'licenseKey', 'licenseeName'], 'name'],
  ['a licence name', 'License', 'licenseName', 'String?', ['id', 'licenseKey', 'licenseName'], ''],
];

describe('container and type conventions', () => {
  it.each(cases)('%s: %s.%s', (_why, container, name, type, siblings, expected) => {
    expect(categories(container, name, type, siblings)).toBe(expected);
  });
});
