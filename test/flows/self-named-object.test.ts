/**
 * A module-level object whose methods call a sibling through the object's own name, with a local made from a
 * parameter (`const mottakere = [mottaker.epost]; return varselTjeneste._send(oppsett, mottakere)`), exported as
 * `module.exports = varselTjeneste` (self-named-object.ts), on the real scan of fixtures/flows/self-named-object.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = (await scanFlowFixture('self-named-object')).filter((f) => f.sinkKind !== 'logs');
const at = (file: string) => flows.filter((f) => f.location.file === file).map((f) => [f.location.line, f.sinkId, f.categories, f.via]);

describe('a sibling called through the object’s own name', () => {
  it("follows a caller's data through the method and the sibling it calls to the vendor", () => {
    expect(at('src/prosjekt/kontroller.js')).toEqual([[10, 'nodemailer', ['email', 'name'], ['varselTjeneste.invitasjon', '_send', 'transport.sendMail', 'nodemailer']]]);
  });

  it('keeps the sibling call in the method’s own summary, and no flow through a method that only builds text', () => {
    expect(at('src/varsel/varselTjeneste.js').map(([line, sink]) => [line, sink])).toEqual([
      [11, 'nodemailer'],
      [22, 'nodemailer'],
    ]);
  });
});
