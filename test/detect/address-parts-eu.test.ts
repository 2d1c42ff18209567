/**
 * Address parts that records write apart, across languages (rules/lexicon, rules/context.yml): a flat's `floor` and
 * `door` and a `placename` in a person's or an address record (Danish and Spanish addresses written in English), the
 * street's type (`tipo_logradouro`, `tipo_via`: Rua, Calle), a home or work number of a Brazilian guardian
 * (`NumeroResidencial`: a phone); a province named before an address term is the address's region, no address
 * (`provincia_residenza`).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const person = ['id', 'name', 'email', 'streetname', 'housenumber', 'floor', 'door', 'placename', 'zipcode', 'city'];
const cats = (name: string, siblings = person, container = 'Person', type = 'varchar(20)') => categories(name, { container: [container], type, siblings });

describe('address parts written apart', () => {
  it('a flat\'s floor and door and a place name in a person\'s record are address', () => {
    expect(cats('floor')).toEqual(['address']);
    expect(cats('door')).toEqual(['address']);
    expect(cats('placename')).toEqual(['address']);
  });

  it('a street\'s type is part of the street', () => {
    expect(cats('tipo_logradouro', ['nome', 'tipo_logradouro', 'logradouro', 'numero', 'bairro', 'cep'], 'Endereco')).toEqual(['address']);
    expect(cats('tipo_via', ['nombre', 'tipo_via', 'calle', 'numero', 'codigo_postal'], 'Domicilio')).toEqual(['address']);
  });

  it('a guardian\'s home and work numbers are phones', () => {
    const responsavel = ['Nome', 'Email', 'Celular', 'NumeroResidencial', 'NumeroComercial'];
    expect(cats('NumeroResidencial', responsavel, 'DadosResponsavelAlunoDto', 'string')).toEqual(['phone']);
    expect(cats('NumeroComercial', responsavel, 'DadosResponsavelAlunoDto', 'string')).toEqual(['phone']);
  });

  it('but a building\'s floor, a province named before the address and a street type\'s code are not', () => {
    expect(cats('floor', ['id', 'name', 'floor', 'capacity'], 'Room')).toEqual([]);
    expect(cats('provincia_residenza', ['nome', 'cognome', 'indirizzo_residenza', 'provincia_residenza', 'comune_residenza'], 'Persona')).toEqual([]);
    expect(cats('codigo_tipo_logradouro', ['nome', 'codigo_tipo_logradouro', 'logradouro', 'cep'], 'Endereco')).toEqual([]);
  });
});
