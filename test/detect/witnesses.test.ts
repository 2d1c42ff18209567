/**
 * A witness and an officer who attends are people in every language (rules/lexicon: Spanish `testigo` and `agente`,
 * Swedish `vittne`, Danish `vidne`, Finnish `todistaja`, Polish `swiadek`, beside the English, German, Dutch, French,
 * Italian, Portuguese and Norwegian words already there): `<data> <person>` after them is that person's data, as
 * `nom_destinataire` is.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const accidente = ['fecha', 'hora', 'nombresTestigo', 'apellidosTestigo', 'telefonoTestigo', 'observaciones'];
const cats = (name: string, siblings = accidente, container = 'SvIpat') => categories(name, { container: [container], type: 'string', siblings });

describe('a witness or an attending officer named after the data', () => {
  it('holds that person\'s name, address and phone (nombresTestigo, direccionTestigo, telefonoTestigo, apellidosAgente)', () => {
    expect(['nombresTestigo', 'apellidosTestigo', 'apellidosAgente'].map((n) => cats(n))).toEqual([['name'], ['name'], ['name']]);
    expect(cats('telefonoTestigo')).toEqual(['phone']);
    expect(scanned('export class SvIpat {\n  public fecha: string;\n  public direccionTestigo: string;\n  public nombresTestigo: string;\n}\n')['direccionTestigo']).toEqual(['address']);
    expect(cats('efternamn_vittne', ['id', 'efternamn_vittne', 'datum'], 'rapport')).toEqual(['name']);
  });

  it('while a thing after the data still keeps it out (nombreTramite, direccionTestigoId)', () => {
    expect(cats('nombreTramite')).toEqual([]);
    expect(cats('direccionTestigoId')).toEqual([]);
  });
});
