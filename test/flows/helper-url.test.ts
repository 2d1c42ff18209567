/**
 * A URL handed to the file's own request helper (helper-url.ts): a generic HTTP call whose URL is a parameter of
 * the helper around it names the host every call of that helper in the file gives. The real scan of
 * fixtures/flows/helper-url; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('helper-url');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line && f.sinkKind !== 'logs').map((f) => [f.sinkId, f.categories]);

describe('a URL handed to a request helper', () => {
  it('names the host a class method gives its request helper, a literal URL or a template starting with one', () => {
    expect(at('src/brevo-contacts.ts', 11)).toEqual([['brevo', ['email', 'name']]]);
    expect(at('src/brevo-contacts.ts', 16)).toEqual([['brevo', ['email']]]);
  });

  it('names the host a factory is given for the request it hands out', () => {
    expect(at('src/endpoints.ts', 10)).toEqual([['slack', ['email']]]);
  });

  it('names no host where the helper is given the app own paths, or URLs of two hosts', () => {
    expect(flows.filter((f) => f.location.file === 'src/own-backend.ts')).toEqual([]);
  });
});
