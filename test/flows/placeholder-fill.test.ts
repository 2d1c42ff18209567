/**
 * A text whose placeholders are filled with the values it is given (placeholder-fill.ts): `replacePlaceholders(template,
 * client.prenom, client.nom)` in another module holds the client's names, so the campaign mail it becomes hands them
 * over. The real scan of fixtures/flows/placeholder-fill; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { isPlaceholderFill } from '../../src/flows/placeholder-fill.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('placeholder-fill');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/campaign.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe('a text with its placeholders filled', () => {
  it('carries the names put into it into the mail', () => {
    expect(at(14)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it("carries nothing more when a URL's parameters are filled", () => {
    expect(at(21)).toEqual([['nodemailer', ['email']]]);
  });

  it('reads the name: a verb of putting values in beside a word for the marks, never a URL, a query or the environment', () => {
    expect(['replacePlaceholders', 'replaceVariables', 'utils.substituteTemplateVariables', 'fillTokens', 'interpolateMergeTags'].map(isPlaceholderFill)).toEqual([true, true, true, true, true]);
    expect(['interpolateUrlParams', 'replaceEnvVariables', 'fillQueryPlaceholders', 'replaceAll', 'getVariables'].map(isPlaceholderFill)).toEqual([false, false, false, false, false]);
  });
});
