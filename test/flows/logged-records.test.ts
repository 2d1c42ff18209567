/**
 * A record logged whole (issue 12, log flows; src/flows/logged-records.ts): `console.log(req.body)` in a handler that
 * destructures the person's fields from it, `log.d({ user })`, and a one-letter level on a logger by convention
 * (`log.i`, rules/sinks/logs.yml). The real scan over fixtures/flows/logged-records; expectations.test.ts checks
 * ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('logged-records');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/registrations.js' && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe('a record logged whole', () => {
  it('carries the fields its handler reads from it', () => {
    expect(at(10)).toEqual([['console', 'console.log', ['address', 'email', 'name', 'phone']]]);
    expect(at(27)).toEqual([['console', 'console.log', ['email', 'name']]]);
  });

  it("does not take another handler's reading of its own `req.body`", () => {
    expect(at(18)).toEqual([]);
  });

  it("reads a person's record logged whole as their email address and name, not their id or a team", () => {
    expect(at(40)).toEqual([['conventional-logger', 'log.d', ['email', 'name']]]);
    expect(at(42)).toEqual([]);
    expect(at(45)).toEqual([]);
  });

  it("reads no record in a text cut out of a string, nor in a field named for a person's address", () => {
    expect(at(52)).toEqual([]);
    expect(at(56)).toEqual([['console', 'console.log', ['email']]]);
  });

  it('reads no record interpolated in a text, nor one under an id key', () => {
    expect(at(63)).toEqual([]);
    expect(at(64)).toEqual([]);
  });

  it('takes a one-letter level on a logger by convention', () => {
    expect(at(36)).toEqual([['conventional-logger', 'log.i', ['email']]]);
  });
});

const inBookings = (line: number) => flows.filter((f) => f.location.file === 'src/bookings.ts' && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe("a logged record's fields read through a local (session 17, record-aliases.ts)", () => {
  it('reads the fields of `const { body } = request` and `const details = req.body.customerDetails` in the logged body', () => {
    expect(inBookings(14)).toEqual([['console', 'console.info', ['address', 'email', 'name', 'phone']]]);
    expect(inBookings(21)).toEqual([['console', 'console.log', ['name', 'phone']]]);
  });

  it("reads no field of another part of the request, nor a date and a count, as the body's", () => {
    expect(inBookings(28)).toEqual([]);
  });

  it("reads a field below a method called on it (`invite.recipientEmails.map(…)`)", () => {
    expect(inBookings(37)).toEqual([['console', 'console.log', ['email']]]);
  });
});

