/**
 * A URL a class keeps in a field (field-url.ts): a generic HTTP call to `this.webhookUrl` or `${this.baseUrl}/…`
 * names the host the field was given, in its declaration or once in the constructor. The real scan of
 * fixtures/flows/field-url; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('field-url');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.host, f.categories]);

describe('a URL kept in a class field', () => {
  it('names the host of a field initialised with a URL', () => {
    expect(at('src/team-chat.ts', 9)).toEqual([['slack', 'hooks.slack.com', ['email']]]);
    expect(at('src/team-chat.ts', 11)).toEqual([]);
  });

  it('names the host of a typed field given its URL once in the constructor, as the base of a template', () => {
    expect(at('src/crm-client.ts', 15)).toEqual([['hubspot', 'api.hubapi.com', ['email', 'name']]]);
    // A relative URL held the same way is the app's own back end.
    expect(at('src/crm-client.ts', 17)).toEqual([]);
  });
});
