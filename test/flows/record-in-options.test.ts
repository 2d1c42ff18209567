/**
 * Training misses of session 29 (a Brazilian barbershop's WhatsApp layer, an Italian study app's mailer): a record handed
 * in a call's options is that record (`options.appointment.clientPhone` is the client's phone, where `options.to` alone
 * is the call's setting); a request URL built on what a function of the file returns (`${metaGraphBase()}/…/messages`,
 * WhatsApp's Cloud API); and a mailer class of static methods exported whole, whose methods call each other by the
 * class's name (`Mailer.send(…)` inside `Mailer.taskDone`). The real scan of fixtures/flows/record-in-options.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('record-in-options');

describe('a record handed in the options of a call', () => {
  it("is read as that record: the client's phone and name reach WhatsApp's Cloud API", () => {
    expect(flowsAtIn(flows, 'src/lib/notify-client.ts')(8)).toEqual([['whatsapp', ['name', 'phone']]]);
  });

  it("leaves the options' own members to the settings reading", () => {
    const detector = createDetector({});
    expect(detector.classifyField({ name: 'clientPhone', container: ['options', 'appointment'] }).matches.map((m) => m.category)).toEqual(['phone']);
    expect(detector.classifyField({ name: 'clientPhone', container: ['options'] }).matches).toEqual([]);
  });
});

describe('a mailer class of static methods exported whole', () => {
  it("reaches the transport through the class's own static call, reported where the leader's address enters", () => {
    expect(flowsAtIn(flows, 'src/tasks/task.js')(8)).toEqual([['nodemailer', ['email']]]);
  });
});
