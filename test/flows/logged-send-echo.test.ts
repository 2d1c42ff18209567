/**
 * A send's echo logged whole (issue 12, log flows; src/flows/logged-send-echo.ts): `.then((message) => console.log(message))`
 * after `client.messages.create({ to, body })` writes out the message sent, so the line holds what the send was given.
 * The real scan over fixtures/flows/logged-send-echo.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('logged-send-echo')).filter((f) => f.sinkKind === 'logs');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/reminders.js' && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe("a send's answer logged whole", () => {
  it('carries the personal data the send was given', () => {
    expect(at(14)).toEqual([['console', 'console.log', ['name', 'phone']]]);
  });

  it("reads nothing in a listing's answer, a send of no one's data, nor a lookup's answer", () => {
    expect(at(20)).toEqual([]);
    expect(at(26)).toEqual([]);
    expect(at(32)).toEqual([]);
  });
});
