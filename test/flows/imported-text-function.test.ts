/**
 * A mail's text made by a function of another module (text-reads.ts): `html: AppointmentConfirmationEmail(booking)`
 * returning `` `<h2>Hello ${data.customerName}</h2>` ``, and React Email's `render(StaffNotificationEmail({ ...booking }))`
 * with the component taking `{ customerName, customerEmail }`, carry what the function writes of its parameter; a
 * text reading no one's data carries nothing. The same through a request to the mail API whose JSON body holds the
 * text (`body: JSON.stringify({ to, html: emailHtml })`), for a member of the record's member
 * (`${data.deliveryInfo.phone}`) and for a parameter the function writes whole (`${customerName}`), whose caller's
 * argument counts too, and a rendered mail logged whole (`console.log(emailHtml)`) holds the same (session 28), and so does a template returning its text through the
 * same file's layout function (`return emailLayout(\`<h1>${data.prenom}</h1>\`)`, session 34). The real scan of fixtures/flows/imported-text-function.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('imported-text-function');
const atLineOf = (file: string) => (line: number) =>
  flows.filter((f) => f.sinkKind !== 'logs' && f.location.file === file && f.location.line === line).map((f) => f.categories);
const atLine = atLineOf('src/lib/appointment-mails.ts');
const orderMails = atLineOf('src/lib/order-mails.ts');
const rdvMails = atLineOf('src/lib/rdv-mails.ts');

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

  it('reads the text in the JSON body of a request to the mail API, with a member of a member', () => {
    expect(orderMails(8)).toContainEqual(['address', 'email', 'name', 'phone']);
  });

  it('reads a parameter the function writes whole by its name and by what the caller hands it', () => {
    expect(orderMails(19)).toContainEqual(['email', 'name']);
    const flow = flows.find((f) => f.location.file === 'src/lib/order-mails.ts' && f.location.line === 19 && f.categories.includes('name'));
    expect(flow?.expressions).toContain('update.customerName');
  });

  it('holds nothing where the whole parameter is a literal and the recipient the shop', () => {
    expect(orderMails(27)).toEqual([]);
  });

  it('reads a rendered mail logged whole as the text it is', () => {
    const logged = flows.filter((f) => f.sinkKind === 'logs' && f.location.file === 'src/lib/order-mails.ts' && f.location.line === 39).map((f) => f.categories);
    expect(logged).toContainEqual(['address', 'email', 'name', 'phone']);
  });

  it("reads a template that returns its text through the file's layout function (session 34)", () => {
    expect(rdvMails(17)).toContainEqual(['email', 'name', 'phone']);
    expect(rdvMails(23)).toContainEqual(['name']);
  });

  it('takes neither a record made around the text nor a digest of it for the text', () => {
    expect(rdvMails(28)).toEqual([]);
    expect(rdvMails(29)).toEqual([]);
  });
});
