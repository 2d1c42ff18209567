/**
 * Session 15's readings against wrong flows, through the real code scan of their fixtures (expectations.test.ts checks
 * that ESLint reports the same): an element read as its collection names it (collection-element.ts), an id taken out
 * of a call's result (returned-id.ts), a value read from the app's settings (settings-value.ts), and `addresses` under a mail's recipient role
 * (mailbox-address.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const at = (flows: Awaited<ReturnType<typeof scanFlowFixture>>, file: string) =>
  flows.filter((f) => f.location.file === file && f.sinkKind !== 'logs').map((f) => [f.location.line, f.sinkId, f.categories]);

describe('an element takes its collection’s reading', async () => {
  const flows = await scanFlowFixture('collection-element');

  it("reads no person's name in an element of companies (for-of or callback), and keeps it for staff", () => {
    expect(at(flows, 'backend/renovaciones.worker.js')).toEqual([[21, 'web-push', ['name']]]);
  });
});

describe('an id taken out of what a call returns', async () => {
  const flows = await scanFlowFixture('returned-id');

  it("hands on none of the call's arguments; another key of the same result still does", () => {
    expect(at(flows, 'backend/registro.controller.js')).toEqual([[9, 'web-push', ['email', 'name', 'phone']]]);
  });
});

describe("a value read from the app's settings", async () => {
  const flows = await scanFlowFixture('settings-value');

  it("is the system's, down a controller or `this`; a person's own settings stay theirs", () => {
    expect(at(flows, 'server/settings.js')).toEqual([[15, 'nodemailer', ['email']]]);
  });

  it('reads a wrapper’s `addresses` under a mail’s recipient role as email addresses, not postal ones', () => {
    expect(at(flows, 'server/mail.js')).toEqual([[10, 'nodemailer', ['email']]]);
  });
});
