/**
 * Session 20's flow-precision guards, each over a real scan of its fixture (expectations.test.ts checks that ESLint
 * reports the same flows there):
 * - an organisation's own mailbox, phone or address (`restaurant.email`, `business.email`: a field the detector marks
 *   an organisation's) is no person's value, whether written in a wrapper's argument, under a role or a key, or in a
 *   logged text, nor as an element of a list of organisations (roles.ts `isOrganisationMember`, personal-data.ts
 *   `classify`, collection-element.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const organisation = await scanFlowFixture('organisation-contact');
const at = (flows: typeof organisation, file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe("an organisation's own contact details", () => {
  it("are no person's: no flow where a restaurant's or a business's mailbox is mailed or logged", () => {
    expect(at(organisation, 'src/notices.ts', 15)).toEqual([]);
    expect(at(organisation, 'src/notices.ts', 16)).toEqual([]);
    expect(at(organisation, 'src/notices.ts', 27)).toEqual([]);
    expect(at(organisation, 'src/notices.ts', 28)).toEqual([]);
  });

  it('are no person\'s either where each organisation is an element of a list of them', () => {
    expect(at(organisation, 'src/notices.ts', 42)).toEqual([]);
    expect(at(organisation, 'src/notices.ts', 43)).toEqual([]);
  });

  it("leave a person's address beside them a flow, and a helper's own parameter its callers' to judge", () => {
    expect(at(organisation, 'src/notices.ts', 34)).toEqual([['nodemailer', 'sendEmail', ['email', 'name']]]);
    expect(at(organisation, 'src/notices.ts', 36)).toEqual([['pino', 'logger.info', ['email']]]);
    expect(at(organisation, 'src/notices.ts', 22)).toEqual([['nodemailer', 'sendEmail', ['email']]]);
  });
});
