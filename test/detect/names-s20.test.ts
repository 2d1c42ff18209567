/**
 * Session 20's name families, each from training misses (session 19's fresh batch among them): a private individual and a
 * candidate as person nouns, a head-first language's person noun described before a name written in English order, and
 * an item of a summary of people, a German name's prefix and a work's authors as one text. Inputs are shaped like the
 * training cases (seves, wahllokalsystem, conecta-formacao, sme-gipe, sme-ptrf, kommunikationsplattform, sme-cdep, sapl).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(255)') => categories(name, { container: [container], type, siblings });

describe('a private individual and a candidate', () => {
  const event = ['statut_evenement', 'raison_sociale_etablissement', 'commune_etablissement', 'nom_particulier', 'prenom_particulier', 'adresse_particulier', 'telephone_particulier', 'description'];
  it("are people: a French `particulier`'s name, address and phone, a German or Nordic candidate's name", () => {
    expect(cats('nom_particulier', 'EvenementAnimal', event, 'CharField')).toEqual(['name']);
    expect(cats('prenom_particulier', 'EvenementAnimal', event, 'CharField')).toEqual(['name']);
    expect(cats('adresse_particulier', 'EvenementAnimal', event, 'CharField')).toEqual(['address']);
    expect(cats('telephone_particulier', 'EvenementAnimal', event, 'CharField')).toEqual(['phone']);
    expect(cats('name', 'Kandidat', ['id', 'wahlvorschlag', 'name', 'listenposition', 'direktkandidat'], 'String')).toEqual(['name']);
    expect(cats('navn', 'kandidat', ['id', 'valg_id', 'navn', 'parti'], 'text')).toEqual(['name']);
  });

  it("but not an establishment's name, nor a candidate's flag or a list's own name", () => {
    expect(cats('raison_sociale_etablissement', 'EvenementAnimal', event, 'CharField')).toEqual([]);
    expect(cats('direktkandidat', 'Kandidat', ['id', 'name', 'direktkandidat'], 'boolean')).toEqual([]);
    expect(cats('name', 'Wahlvorschlag', ['id', 'name', 'ordnungszahl'], 'String')).toEqual([]);
  });
});

describe("a head-first language's person noun, a word describing the person, then a name", () => {
  it("is that person's name (the logged-in user's, the one responsible for an inactivation, the regional director)", () => {
    const found = scanned(`export interface PropostaInformacoesCadastranteDTO {
  usuarioLogadoNome: string;
  usuarioLogadoRf: string;
  nomeDaProposta: string;
}
export interface ObterUnidadeGestaoResponse {
  uuid: string;
  responsavel_inativacao_nome: string | null;
  motivo_inativacao: string | null;
}`);
    expect(found['usuarioLogadoNome']).toEqual(['name']);
    expect(found['responsavel_inativacao_nome']).toEqual(['name']);
    expect(found['usuarioLogadoRf']).toBeUndefined();
    expect(cats('dre_diretor_regional_nome', 'Unidade', ['codigo_eol', 'dre', 'diretor_nome', 'dre_cnpj', 'dre_diretor_regional_nome'], 'CharField')).toEqual(['name']);
  });

  it("but not a company's or a product's name after the person, nor an English noun's (a ward's name)", () => {
    const siblings = ['id', 'usuario_empresa_nome', 'cliente_produto_nome', 'patient_ward_name'];
    expect(cats('usuario_empresa_nome', 'Relatorio', siblings)).toEqual([]);
    expect(cats('cliente_produto_nome', 'Relatorio', siblings)).toEqual([]);
    expect(cats('patient_ward_name', 'Admission', siblings)).toEqual([]);
  });
});

describe('an item of a summary or an overview of people', () => {
  it('is one of those people: its bare name is a person\'s', () => {
    const found = scanned(`export interface BeteiligteSummaryItem {
  id: string;
  name: string | null;
  anschrift: string | null;
  email: string | null;
}`);
    expect(found['name']).toEqual(['name']);
  });

  it("but an item of a summary of things keeps its name the thing's", () => {
    const found = scanned(`export interface ProductSummaryItem {
  id: string;
  name: string;
  price: number;
}`);
    expect(found['name']).toBeUndefined();
  });
});

describe("a German name's prefix and a work's authors as one text", () => {
  it('are names: `namensvorsatz` beside the given and family name, a catalogue item\'s `Autores`', () => {
    const found = scanned(`import { z } from 'zod';
export const NatuerlichePersonRequestSchema = z.object({
  vorname: z.string(),
  nachname: z.string(),
  namensvorsatz: z.nullable(z.string()),
  geburtsdatum: z.nullable(z.string()),
});`);
    expect(found['namensvorsatz']).toEqual(['name']);
    expect(cats('Autores', 'AcervoBibliograficoDetalhe', ['Titulo', 'Autores', 'Editora', 'Ano'], 'string')).toEqual(['name']);
    expect(cats('autores', 'libro', ['id', 'titulo', 'autores', 'isbn'], 'varchar(255)')).toEqual(['name']);
  });

  it('but authors kept as a relation are links, not names', () => {
    expect(cats('autores', 'MateriaLegislativa', ['numero', 'ano', 'autores', 'ementa'], 'ManyToManyField')).toEqual([]);
  });
});
