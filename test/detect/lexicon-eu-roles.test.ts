/**
 * Issue 11, outside English (session 5): each language's general words for a person's name and phone, the
 * people a record names by their role alone, and the conventions around them, each with its trap. Names are
 * written the way each language's schemas write them; none is one code base's field.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';

const detector = createDetector({ defaultRegion: 'NO' });
const categories = (container: string, name: string, type: string, siblings: string[]) =>
  detector.classifyField({ name, container: [container], type, siblings }).matches.map((m) => m.category).join('+');

// [language, container, field, declared type, siblings, expected categories ('' for none)]
type Case = [string, string, string, string, string[], string];

describe('general words per language', () => {
  const cases: Case[] = [
    // Dutch: a pen name in a person's record, a signatory alone, private and work phones, `door` after a participle.
    ['nl', 'Auteur', 'pseudoniem', 'varchar(100)', ['voornaam', 'achternaam', 'pseudoniem'], 'name'],
    ['nl', 'Dataset', 'pseudoniem', 'varchar(100)', ['titel', 'pseudoniem', 'aangemaakt'], ''],
    ['nl', 'Besluit', 'ondertekenaar', 'varchar(100)', ['datum', 'ondertekenaar', 'omschrijving'], 'name'],
    ['nl', 'Besluit', 'ondertekenaar_id', 'integer', ['datum', 'ondertekenaar_id'], ''],
    ['nl', 'Zaak', 'aangemaakt_door_naam', 'varchar(100)', ['omschrijving', 'aangemaakt_door_naam'], 'name'],
    // Portuguese: the civil name, elected roles holding a name, the general line, plural names; a role as a flag.
    ['pt', 'Pessoa', 'nome_civil', 'CharField', ['nome_civil', 'cpf'], 'name'],
    ['pt', 'Solicitacao', 'senador', 'CharField', ['senador', 'num_processo', 'descricao'], 'name'],
    ['pt', 'Parlamentar', 'presidente', 'BooleanField', ['nome_completo', 'presidente'], ''],
    ['pt', 'Solicitacao', 'senador_id', 'integer', ['senador_id', 'descricao'], ''],
    ['pt', 'Orgao', 'telefone_geral', 'CharField', ['nome', 'telefone_geral'], 'phone'],
    ['pt', 'Convite', 'nomes_participantes', 'TextField', ['evento', 'nomes_participantes'], 'name'],
    ['pt', 'Bem', 'recebido_por', 'CharField', ['equipamento', 'num_serie', 'recebido_por'], 'name'],
    ['pt', 'Pedido', 'recebido_por', 'ForeignKey', ['recebido_por', 'data'], ''],
    ['pt', 'Evento', 'nome', 'CharField', ['nome', 'descricao', 'data_inicio'], ''],
    // German: the married name, a work phone, a signatory alone; a head of department that is a relation.
    ['de', 'Person', 'ehename', 'varchar(100)', ['vorname', 'ehename'], 'name'],
    ['de', 'Kontakt', 'telefon_beruflich', 'varchar(30)', ['name', 'telefon_beruflich'], 'phone'],
    ['de', 'Antrag', 'unterzeichner', 'varchar(100)', ['datum', 'unterzeichner'], 'name'],
    ['de', 'Antrag', 'unterzeichner_id', 'integer', ['datum', 'unterzeichner_id'], ''],
    ['de', 'Abteilung', 'leiter', 'Mitarbeiter', ['bezeichnung', 'leiter'], ''],
    // Norwegian: a numbered parent's name and town; a numbered step's name is no person's.
    ['no', 'barn', 'forelder2_navn', 'varchar', ['fnr', 'forelder2_navn', 'forelder2_poststedsnavn'], 'name'],
    ['no', 'barn', 'forelder2_poststedsnavn', 'varchar', ['fnr', 'forelder2_navn', 'forelder2_poststedsnavn'], 'address'],
    ['no', 'prosess', 'steg2_navn', 'varchar', ['id', 'steg2_navn', 'opprettet'], ''],
    // French, Spanish, Italian: an editor, a signer, a form's compiler alone hold their name; their ids do not.
    ['fr', 'Rapport', 'redacteur', 'varchar(100)', ['titre', 'redacteur'], 'name'],
    ['fr', 'Rapport', 'redacteur_id', 'integer', ['titre', 'redacteur_id'], ''],
    ['es', 'Contrato', 'firmante', 'varchar(100)', ['fecha', 'firmante'], 'name'],
    ['es', 'Contrato', 'firmante_id', 'integer', ['fecha', 'firmante_id'], ''],
    ['it', 'Pratica', 'compilatore', 'varchar(100)', ['data', 'compilatore'], 'name'],
    ['it', 'Pratica', 'compilatore_id', 'integer', ['data', 'compilatore_id'], ''],
    ['it', 'Sede', 'telefono_generale', 'varchar(30)', ['indirizzo', 'telefono_generale'], 'phone'],
    // Italian: a civic number's letter in an address record, a signature's name; a letter in a register is a document,
    // and Portuguese `firma_nome` is a company's name (firma: signature in Italian, a firm in Portuguese).
    ['it', 'recapiti', 'lettera', 'varchar(15)', ['indirizzo', 'civico', 'lettera', 'cap', 'comune'], 'address'],
    ['it', 'Protocollo', 'lettera', 'text', ['oggetto', 'mittente', 'lettera'], ''],
    ['it', 'interventi', 'firma_nome', 'varchar(255)', ['firma_file', 'firma_data', 'firma_nome', 'descrizione'], 'name'],
    ['pt', 'empresa', 'firma_nome', 'varchar(255)', ['firma_nome', 'cnpj', 'endereco'], ''],
    // Swedish and Danish: `av`/`af` after a participle names whoever did it; after a verb's stem it does not.
    ['sv', 'Arende', 'signeratAvNamn', 'String', ['id', 'signeratAvNamn'], 'name'],
    ['sv', 'Produktkategori', 'namn', 'varchar(100)', ['namn', 'beskrivning'], ''],
    ['da', 'Sag', 'oprettet_af_navn', 'varchar(100)', ['titel', 'oprettet_af_navn'], 'name'],
    ['da', 'Rapport', 'sorter_af_navn', 'varchar(100)', ['titel', 'sorter_af_navn'], ''],
    // Finnish: a buyer's name; a product's is no person's.
    ['fi', 'Kauppa', 'ostaja_nimi', 'varchar(100)', ['ostaja_nimi', 'hinta'], 'name'],
    ['fi', 'Kauppa', 'tuote_nimi', 'varchar(100)', ['tuote_nimi', 'hinta'], ''],
  ];

  it.each(cases)('%s: %s.%s', (_language, container, field, type, siblings, expected) => {
    expect(categories(container, field, type, siblings)).toBe(expected);
  });

  it('keeps English words with another meaning out of the person nouns (a tier, an AI assistant, a car make)', () => {
    for (const field of ['tiers_name', 'assistant_name', 'make_name']) expect(categories('Settings', field, 'varchar(100)', [field, 'id']), field).toBe('');
  });
});

describe('conventions around the words', () => {
  it('reads a form step type named for an address or a name as that value (`…AdresseFields`), not another step', () => {
    expect(categories('Person', 'adresse', 'EigentuemerPersonAdresseFields', ['adresse', 'name'])).toBe('address');
    expect(categories('Person', 'name', 'EigentuemerPersonNameFields', ['adresse', 'name'])).toBe('name');
    expect(categories('GrundstueckModel', 'steuernummer', 'GrundstueckSteuernummerFields', ['adresse', 'steuernummer'])).toBe('');
    // The step itself: an address step's town is an address part; a form builder's custom fields stay a thing's.
    expect(categories('AdresseFields', 'ort', 'string', ['strasse', 'hausnummer', 'plz', 'ort'])).toBe('address');
    expect(categories('custom_fields', 'name', 'varchar(100)', ['name', 'type', 'options', 'required'])).toBe('');
  });

  it('a numbered person is that person in English too (parent2_name), a numbered step is not', () => {
    expect(categories('Form', 'parent2_name', 'varchar(100)', ['child_name', 'parent2_name'])).toBe('name');
    expect(categories('Wizard', 'step2_name', 'varchar(100)', ['step1_name', 'step2_name'])).toBe('');
  });

  it('decides a number in a phone record whatever the detector classified before', () => {
    const fresh = createDetector({ defaultRegion: 'NO' });
    const telefone = () => fresh.classifyField({ name: 'numero', container: ['Telefone'], type: 'CharField', siblings: ['numero', 'tipo', 'nota'] });
    // A statute's number first: the same field name and type in a neutral record must not decide the phone record's.
    fresh.classifyField({ name: 'numero', container: ['NormaJuridica'], type: 'CharField', siblings: ['tipo', 'numero', 'ano', 'ementa'] });
    expect(telefone().matches.map((m) => m.category)).toEqual(['phone']);
    expect(fresh.classifyField({ name: 'numero', container: ['NormaJuridica'], type: 'CharField', siblings: ['tipo', 'numero', 'ano', 'ementa'] }).matches).toEqual([]);
  });
});
