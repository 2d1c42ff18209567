/**
 * An element made with `createElement(Component, props)` (a `.ts` file, where JSX cannot be written) is read as
 * `<Component {...props} />` (create-element.ts): under Resend's `react` key its props are in the mail; under
 * another key, of a component not named for a mail, they are not. The real scan of fixtures/flows/create-element;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('create-element');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/hooks.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe('an element made by createElement', () => {
  it("carries its props into the mail under Resend's react key, imported or on React", () => {
    expect(at(19)).toEqual([['resend', ['email', 'name']]]);
    expect(at(24)).toEqual([['resend', ['email', 'name']]]);
  });

  it('is not the mail under another key', () => {
    expect(at(30)).toEqual([['resend', ['email']]]);
  });
});
