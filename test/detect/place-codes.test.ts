/**
 * Session 17 (s17-contact): a code named before a town is the town's code (rules/context.yml `denyPrefixes`: `code`, `kode`,
 * `kod`, `koodi`, `insee`, as `cod`, `codice`, `codigo` already were): a municipality's INSEE or registry code, which the
 * labelling conventions keep out like a region. Written from training false positives (demarches-simplifiees'
 * establishments, trackdechets' anonymous companies).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a code before a town', () => {
  it('is the town\'s code, nobody\'s address, in every lexicon language', () => {
    const etablissement = ['siret', 'adresse', 'code_postal', 'localite', 'code_insee_localite'];
    expect(categories('code_insee_localite', { container: ['etablissements'], type: 'string', siblings: etablissement })).toEqual([]);
    expect(categories('codeCommune', { container: ['AnonymousCompany'], type: 'String', siblings: ['siret', 'name', 'address', 'codeCommune'] })).toEqual([]);
    expect(categories('kode_kommune', { container: ['kunde'], type: 'varchar(4)', siblings: ['navn', 'adresse', 'postnr', 'kode_kommune'] })).toEqual([]);
  });

  it('leaves the postcode (`code postal`) and the town beside it alone', () => {
    const etablissement = ['siret', 'adresse', 'code_postal', 'localite', 'code_insee_localite'];
    expect(categories('localite', { container: ['etablissements'], type: 'string', siblings: etablissement })).toEqual(['address']);
    expect(categories('code_postal', { container: ['etablissements'], type: 'string', siblings: etablissement })).toEqual(['address']);
    expect(categories('zip_code', { container: ['customers'], type: 'varchar(10)', siblings: ['first_name', 'street', 'zip_code', 'city'] })).toEqual(['address']);
  });
});
