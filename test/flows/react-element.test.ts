/**
 * Any component under Resend's `react` key is the mail's template (email-element.ts): `react:
 * NewTaskFromProject({ username: assignee.name })` puts the assignee's name in the mail, though the component is not
 * named for a mail; a component's result under another key does not. The real scan of fixtures/flows/react-element;
 * expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('react-element');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/tasks.tsx' && f.location.line === line).map((f) => [f.sinkId, f.categories]);

describe("a component under Resend's react key", () => {
  it("carries its props into the mail whatever it is called", () => {
    expect(at(16)).toEqual([['resend', ['email', 'name']]]);
  });

  it('is not the mail under another key', () => {
    expect(at(22)).toEqual([['resend', ['email']]]);
  });
});
