/**
 * People of sport, training and assessment are people in every lexicon language (rules/lexicon: `sporter`, `speler`,
 * `opleider`, `spieler`, `joueur`, `jugador`, `cursista`, `parecerista`, `regente`, `zawodnik`, `urheilija`, ...): the
 * data named after them is theirs (`sporter_naam`, `nomeCursista`), and a referee named by the role alone holds the
 * referee's name (`scheidsrechters`), as a bare `author` does.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const uitslag = ['sporter_lid_nr', 'sporter_naam', 'vereniging_nr', 'score', 'datum'];
const cats = (name: string, siblings: string[], container: string, type = 'CharField') => categories(name, { container: [container], type, siblings });

describe('athletes, players, trainers, course participants and assessors', () => {
  it('own the name and contact data named after them (sporter_naam, opleider_naam, spieler_name, nomeCursista)', () => {
    expect(cats('sporter_naam', uitslag, 'HistCompRegioIndiv')).toEqual(['name']);
    expect(cats('opleider_naam', ['datum', 'locatie', 'opleider_naam', 'opleider_email'], 'OpleidingMoment')).toEqual(['name']);
    expect(cats('spieler_name', ['mannschaft', 'spieler_name', 'rueckennummer'], 'aufstellung')).toEqual(['name']);
    expect(cats('nom_joueur', ['equipe', 'nom_joueur', 'poste'], 'feuille_match')).toEqual(['name']);
    expect(cats('telefono_entrenador', ['equipo', 'telefono_entrenador'], 'categoria_equipo')).toEqual(['phone']);
    const dto = scanned('export interface DadosListagemInscricaoDTO {\n  id: number;\n  nomeCursista?: string;\n  nomeRegente: string;\n  nomeParecerista?: string;\n}\n');
    expect([dto['nomeCursista'], dto['nomeRegente'], dto['nomeParecerista']]).toEqual([['name'], ['name'], ['name']]);
  });

  it('make a record of an enrolled person a person\'s (InscritoAtualizacaoDTO.nome)', () => {
    expect(scanned('export interface InscritoAtualizacaoDTO {\n  id: number;\n  nome: string;\n  situacao: number;\n}\n')['nome']).toEqual(['name']);
  });

  it('name a referee by the role alone (scheidsrechters, arbitre), text only', () => {
    expect(cats('scheidsrechters', ['datum', 'scheidsrechters', 'locatie'], 'Wedstrijd', 'TextField')).toEqual(['name']);
    expect(cats('arbitre', ['date', 'arbitre', 'score'], 'rencontre', 'varchar(100)')).toEqual(['name']);
    expect(cats('scheidsrechter', ['datum', 'scheidsrechter'], 'Wedstrijd', 'ForeignKey')).toEqual([]);
  });

  it('while a count, a flag or a link named after them stays out (max_sporters_18m, ehParecerista, sporter_lid_nr)', () => {
    expect(cats('max_sporters_18m', uitslag, 'WedstrijdLocatie', 'PositiveSmallIntegerField')).toEqual([]);
    expect(cats('sporter_lid_nr', uitslag, 'HistCompRegioIndiv', 'PositiveIntegerField')).toEqual([]);
    expect(scanned('export interface PropostaDTO {\n  ehParecerista?: boolean;\n  nomeEvento: string;\n}\n')).toEqual({});
  });
});
