/**
 * A member named for an address and typed as an API's response in another language (`Endereco: EnderecoRespostaDto`,
 * `direccion: DireccionRespuesta`, `adresse: AdresseAntwort`) holds the address the service returned, as one typed
 * `AddressResponse` does (rules/context.yml `typeWrappers`). A type named for another record stays a link.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, type: string, container: string, siblings: string[]) => categories(name, { container: [container], type, siblings });

describe("an address member typed as a service's response in another language", () => {
  it('holds the address (pt resposta, es respuesta, de Antwort, nl antwoord, fr reponse)', () => {
    expect(cats('Endereco', 'EnderecoRespostaDto', 'DadosResponsavelAlunoDto', ['NomeResponsavel', 'Cpf', 'Email', 'Endereco'])).toEqual(['address']);
    expect(cats('direccion', 'DireccionRespuesta', 'ClienteDto', ['nombre', 'email', 'direccion'])).toEqual(['address']);
    expect(cats('adresse', 'AdresseAntwort', 'KundeDto', ['vorname', 'nachname', 'adresse'])).toEqual(['address']);
    expect(cats('adres', 'AdresAntwoord', 'KlantDto', ['voornaam', 'achternaam', 'adres'])).toEqual(['address']);
  });

  it('keeps a member typed as another record, or as a response about the address, a link', () => {
    expect(cats('Endereco', 'EscolaRespostaDto', 'DadosResponsavelAlunoDto', ['NomeResponsavel', 'Cpf', 'Email', 'Endereco'])).toEqual([]);
    expect(cats('direccion', 'ValidacionRespuesta', 'ClienteDto', ['nombre', 'email', 'direccion'])).toEqual([]);
  });
});
