/**
 * Vendors' clients behind the app's own helpers (fixtures/flows/vendor-helpers; expectations.test.ts checks ESLint
 * reports the same):
 * - a function returning a vendor's answer (`await stripe.setupIntents.create(…)`, `oystehr.fhir.patch(…)` through a
 *   helper of the file) is a wrapper whose callers hand the data on, not a factory of the vendor's client
 *   (resource-answer.ts); a getter returning the client itself still is one;
 * - a destructured parameter typed in place (`{ cio }: { cio: TrackClient }`) is the vendor's client (typed-members.ts);
 * - a person's record spread into analytics traits, directly or through a sibling builder that copies and snake-cases
 *   it, sends the record's email and name (person-record-spread.ts); a team's record or a pick of the id does not;
 * - Customer.io's `destroy(id)` sends the identifier, here the person's address (rules/sinks/analytics.yml);
 * - Oystehr's transactional SMS is a catalogued SMS sink (rules/sinks/messaging.yml), and a FHIR name's `given` or
 *   `family` in its message is the patient's name.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const scanned = await scanFlowFixture('vendor-helpers');
const checkout = flowsAtIn(scanned, 'src/billing/checkout.ts');
const stripe = flowsAtIn(scanned, 'src/billing/stripe.ts');
const customerio = flowsAtIn(scanned, 'src/crm/customerio.ts');
const reminders = flowsAtIn(scanned, 'src/clinic/reminders.ts');

describe('vendors behind the app\'s own helpers', () => {
  it('follows a helper returning the vendor\'s answer to the customer it creates', () => {
    expect(checkout(5)).toEqual([['stripe', ['email', 'name']]]);
    expect(stripe(15)).toEqual([['stripe', ['email', 'name']]]);
  });

  it('keeps a getter of the client a factory of it', () => {
    expect(checkout(11)).toEqual([['stripe', ['email']]]);
  });

  it('binds a client from a destructured parameter typed in place, and reads a record spread into the traits', () => {
    expect(customerio(25)).toEqual([['customerio', ['email', 'name']]]);
    expect(customerio(30)).toEqual([['customerio', ['email', 'name']]]);
  });

  it('reads the identifier a deleted Customer.io customer is known by', () => {
    expect(customerio(42)).toEqual([['customerio', ['email']]]);
  });

  it('reads neither a team\'s record nor a pick of the id as a person\'s', () => {
    expect(customerio(35)).toEqual([]);
    expect(customerio(36)).toEqual([]);
  });

  it('follows Oystehr\'s SMS through a helper that also patches a task, with the FHIR name in the message', () => {
    expect(reminders(16)).toEqual([['oystehr', ['name']]]);
    expect(reminders(21)).toEqual([['oystehr', ['name']]]);
  });
});
