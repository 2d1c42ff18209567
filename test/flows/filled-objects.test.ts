/**
 * Models made empty and filled field by field (src/scan/code/filled-objects.ts), as OpenAPI-generated SDKs are
 * used (`const email = new SendSmtpEmail(); email.to = …`): the real scan of fixtures/flows/wrappers/filled-models.
 * The fixture's `privmap-expect` comments are also met by ESLint (expectations.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { isFilledLater, isModelConstruction } from '../../src/scan/code/filled-objects.js';
import { typescript } from '../../src/scan/code/typescript-api.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('wrappers/filled-models');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === `src/${file}` && f.location.line === line);

describe('models filled after they are made', () => {
  it('reads the keys given to a vendor model as the request body, in their roles', () => {
    expect(at('brevo.service.ts', 31).map((f) => [f.sinkId, f.categories, f.expressions])).toEqual([['brevo', ['email', 'name'], ['member.email', 'member.firstName', 'member.lastName']]]);
    // The older SDK through its namespace: `new SibApiV3Sdk.SendSmtpEmail()`.
    expect(at('members.controller.ts', 26).map((f) => [f.sinkId, f.categories])).toEqual([['brevo', ['email', 'name']]]);
  });

  it("reads Brevo's contact look-ups and list changes as sends of the address", () => {
    expect(at('brevo.service.ts', 47).map((f) => [f.sinkId, f.categories, f.expressions])).toEqual([['brevo', ['email'], ['member.email']]]);
    expect(at('brevo.service.ts', 49).map((f) => [f.sinkId, f.categories])).toEqual([['brevo', ['email']]]);
  });

  it("follows a wrapper's parameter into the model's recipients, and reports where the address enters", () => {
    expect(at('members.controller.ts', 11).map((f) => [f.via, f.categories])).toEqual([[['this.brevo.sendTemplate', 'BrevoService.sendTemplate', 'this.emails.sendTransacEmail', '@getbrevo/brevo'], ['email', 'name']]]);
  });

  it('reports nothing for a model holding settings only, or the system’s own mailbox', () => {
    expect(at('brevo.service.ts', 38)).toEqual([]);
    expect(at('members.controller.ts', 16)).toEqual([]);
    expect(at('members.controller.ts', 35)).toEqual([]);
  });

  it('takes capitalised classes for models, never the platform’s own objects', () => {
    const expression = (text: string) => {
      const file = typescript.createSourceFile('x.ts', `const x = ${text};`, typescript.ScriptTarget.Latest, true);
      return (file.statements[0] as import('typescript').VariableStatement).declarationList.declarations[0]!.initializer!;
    };
    expect(isModelConstruction(expression('new CreateContact()'))).toBe(true);
    expect(isModelConstruction(expression('new Brevo.SendSmtpEmail()'))).toBe(true);
    expect(isModelConstruction(expression('new URL(base)'))).toBe(false);
    expect(isModelConstruction(expression('new Map()'))).toBe(false);
    expect(isModelConstruction(expression('new factory()'))).toBe(false);
    expect(isFilledLater(expression('{}'))).toBe(true);
  });
});
