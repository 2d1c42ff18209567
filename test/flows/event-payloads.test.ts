/**
 * What a listener's key is named for stays with the key (issue 12, session 12, job-key-contract.ts): a user's row
 * emitted whole is read by the listener, which is where the person's fields leave; an event carrying the address
 * itself is the emitter's flow. The real scan of fixtures/flows/event-payloads; expectations.test.ts checks ESLint
 * reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('event-payloads');
const lines = (sink: string) => flows.filter((f) => f.sink === sink && f.sinkKind !== 'logs').map((f) => [f.location.line, f.categories]);

describe('a record emitted to a listener that reads its fields', () => {
  it('reports no flow where the row is emitted whole, and the listener where it reads the fields', () => {
    expect(lines('this.emitter.emit')).toEqual([[26, ['email']]]);
    expect(lines('fetch')).toEqual([[32, ['email', 'name']], [38, ['email']]]);
  });
});
