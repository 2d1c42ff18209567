/**
 * A static method handing out a vendor's client (`static getOpenAIClient() { return new OpenAI(…) }`), called by another
 * module through the class it requires (`AiClient.getOpenAIClient()`, the module's value, or `{ ClientFactory }`, a
 * named export): the local it is kept in is that vendor's client, as with an exported `getClient()`. A static method
 * returning a text is no client. The real scan of fixtures/flows/static-client-factory; expectations.test.ts checks
 * ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('static-client-factory');
const summary = flows.map((f) => [f.location.file, f.location.line, f.sinkId, f.categories]);

describe("a client handed out by a required class's static method", () => {
  it('is the vendor where the class is the module', () => {
    expect(summary).toContainEqual(['src/lead-description.js', 9, 'openai', ['email', 'name']]);
  });

  it('is the vendor where the class is imported by name', () => {
    expect(summary).toContainEqual(['src/named-import.js', 7, 'openai', ['phone']]);
  });

  it('finds no flow in a prompt of numbers only', () => {
    expect(flows.filter((f) => f.location.file === 'src/lead-description.js' && f.location.line !== 9)).toEqual([]);
    expect(flows).toHaveLength(2);
  });
});
