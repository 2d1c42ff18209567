/**
 * A mail's text made by a function of another module (text-reads.ts): `html: AppointmentConfirmationEmail(booking)`
 * returning `` `<h2>Hello ${data.customerName}</h2>` ``, and React Email's `render(StaffNotificationEmail({ ...booking }))`
 * with the component taking `{ customerName, customerEmail }`, carry what the function writes of its parameter; a
 * text reading no one's data carries nothing. The real scan of fixtures/flows/imported-text-function.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('imported-text-function');
const atLine = (line: number) =>
  flows.filter((f) => f.sinkKind !== 'logs' && f.location.file === 'src/lib/appointment-mails.ts' && f.location.line === line).map((f) => f.categories);

describe("a mail's text made by another module's function", () => {
  it('holds the members of the record the template function reads', () => {
    expect(atLine(24)).toContainEqual(['email', 'name', 'phone']);
  });

  it('holds the props a React Email component takes, from a copy of the record', () => {
    expect(atLine(31)).toContainEqual(['email', 'name']);
  });

  it('holds nothing where the function reads no one', () => {
    expect(atLine(36)).toEqual([]);
  });

  it('names the record member read in the evidence', () => {
    const flow = flows.find((f) => f.location.line === 24 && f.categories.includes('phone'));
    expect(flow?.expressions).toContain('booking.customerPhone');
  });
});
