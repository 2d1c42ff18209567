/**
 * The catalogue's session-10 vendors on their SDKs' documented call shapes (fixtures/flows/catalogue/
 * session10-vendors.ts, checked by CLI and ESLint in test/flows/expectations.test.ts): each vendor's call with a
 * person's data is that vendor's flow, each with the vendor's country for transfers, and the call beside it that
 * hands over only ids, literals or configuration is no flow.
 */
import { describe, expect, it } from 'vitest';
import { loadSinkCatalogue } from '../../../src/flows/catalogue.js';
import { scanFlowFixture } from '../../helpers/flow-fixture.js';

const FILE = 'catalogue/session10-vendors.ts';
const flows = (await scanFlowFixture('catalogue')).filter((f) => `catalogue/${f.location.file}` === FILE || f.location.file === FILE);
const at = (line: number) => flows.filter((f) => f.location.line === line).map((f) => `${f.sinkId} ${[...f.categories].sort().join(',')}`);

// line of the positive call, sink id, categories, line of the call handing over nothing
const CASES: Array<[number, string, string, number]> = [
  [33, 'svix', 'email,name', 35],
  [42, 'mailersend', 'email', 0],
  [45, 'mailtrap', 'email', 46],
  [49, 'mailerlite', 'email,name', 0],
  [52, 'parse-email', 'email,name', 53],
  [59, 'clerk', 'email,name,phone', 60],
  [63, 'square', 'email,name', 64],
  [67, 'algolia', 'email,name', 68],
  [73, 'google-maps', 'address', 74],
  [77, 'lob', 'address,name', 78],
  [83, 'langchain', 'name', 84],
  [86, 'honeybadger', 'email', 87],
];

describe('session 10 catalogue vendors', () => {
  it('reads the fixture', () => {
    expect(flows.length).toBeGreaterThan(0);
  });

  for (const [line, id, categories, negative] of CASES) {
    it(`${id}: a person's data in its documented call is a flow, nothing beside it`, () => {
      expect(at(line)).toEqual([`${id} ${categories}`]);
      if (negative) expect(at(negative)).toEqual([]);
      const sink = loadSinkCatalogue([]).byId(id);
      expect(sink?.packages.length).toBeGreaterThan(0);
      // Parse Server sends through whichever provider the app configures: no vendor's seat to name.
      if (id !== 'parse-email') expect(sink?.country).toMatch(/^[A-Z]{2}$/);
    });
  }
});
