/**
 * An own object's method whose body hands the data to a vendor by a path privmap loses (a batch built in a loop) is
 * judged by its receiver's name, while one whose body reaches no vendor stays no flow (own-object-handoff.ts), on
 * the real scan of fixtures/flows/own-object-handoff.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('own-object-handoff')).filter((f) => f.sinkKind !== 'logs');

describe('own objects that lose the data on the way to a vendor', () => {
  it('infers the mail service from the receiver where the batched recipients reach sgMail.send', () => {
    const found = flows.filter((f) => f.location.line === 41);
    expect(found).toHaveLength(1);
    expect(found[0]!.sinkKind).toBe('email');
    expect(found[0]!.categories).toContain('email');
    expect(JSON.stringify(found[0])).toContain('EmailService');
  });

  it('reports nothing for an own helper whose body reaches no vendor, however it is named', () => {
    expect(flows.filter((f) => f.location.line !== 41)).toEqual([]);
  });
});
