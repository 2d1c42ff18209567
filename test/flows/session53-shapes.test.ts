/**
 * Session 53's shapes, each from a training set whose misses were read:
 * - a method called on a value its file cannot type, named like an instance of one of the project's classes (`const {
 *   notifyClient } = service; notifyClient.sendAcknowledgementOfRepresentation(submitter.email, …)`, the service
 *   container typed only in JSDoc), is that class's method (`GovNotifyClient`; receiver-named-call.ts,
 *   receiver-named-class.ts); the Planning Inspectorate's JavaScript apps;
 * - a parameter defaulted to an empty object and filled key by key (`userProperties = userProperties || {};
 *   userProperties['email'] = user.email`) carries the keys it was given (defaulted-param.ts); Nango's product tracking;
 * - an event a class's own method builds and returns through a `const` (`const attendees = sail.manifest.map(…);
 *   const event = { summary, attendees }; return event;`) is read with the method's own names (own-method-result.ts);
 *   a Canadian sailing club's calendar service.
 * The real scan of fixtures/flows/session53; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session53');

describe('a method called on a receiver named for an own class', () => {
  const save = flowsAtIn(flows, 'receiver-named/views/save.js');

  it("is that class's method, with what it sends", () => {
    expect(save(8)).toEqual([['gov-notify', ['email', 'name']]]);
  });

  it('sends nothing personal where that method sends nothing of its arguments', () => {
    expect(save(9)).toEqual([]);
  });

  it('is not resolved by one word that only ends the class name (`client`)', () => {
    expect(save(15)).toEqual([]);
  });

  it('is not resolved where no class is named so (`smsClient`), and its name alone adds no flow', () => {
    expect(save(21)).toEqual([]);
  });

  it("is read by its own name, as before, where the class's method reaches no catalogued recipient (an outbox row)", () => {
    expect(save(31)).toEqual([['inferred-sms', ['name', 'phone']]]);
  });
});

describe('a parameter defaulted to an empty object and filled key by key', () => {
  const tracking = flowsAtIn(flows, 'defaulted-param/product-tracking.ts');

  it('carries the keys the function gave it, nested ones too (`$set`)', () => {
    expect(tracking(22)).toEqual([['posthog', ['email', 'name']]]);
  });

  it('carries nothing personal where the keys given are not', () => {
    expect(tracking(29)).toEqual([]);
  });
});

describe("an event a class's own method builds from its own locals", () => {
  const calendar = flowsAtIn(flows, 'own-method-event/google-calendar.service.ts');

  it("is read with the method's names: the attendees' names and addresses", () => {
    expect(calendar(23)).toEqual([['google-calendar', ['email', 'name']]]);
  });

  it('carries nothing where the locals hold nothing personal', () => {
    expect(calendar(28)).toEqual([]);
  });
});
