/**
 * Node's subpath imports (`#services/*` in package.json `imports`, issue 12, session 12: subpath-imports.ts): the
 * mapping itself, and the real scan of fixtures/flows/subpath-imports, whose controller reaches the mail
 * service only through `#services/dispatch_service` (expectations.test.ts checks ESLint reports the same).
 */
import { describe, expect, it } from 'vitest';
import { subpathImportTarget } from '../../src/flows/subpath-imports.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

describe('subpath import targets', () => {
  const imports = { '#services/*': './app/services/*.js', '#services/legacy/*': './legacy/*.js', '#config/*': { types: './config/*.ts', default: './config/*.js' }, '#db': './src/db/index.js' };

  it('maps a pattern, the longest prefix first, an exact key and a condition object', () => {
    expect(subpathImportTarget('#services/dispatch_service', imports)).toBe('./app/services/dispatch_service.js');
    expect(subpathImportTarget('#services/legacy/mailer', imports)).toBe('./legacy/mailer.js');
    expect(subpathImportTarget('#config/mail', imports)).toBe('./config/mail.ts');
    expect(subpathImportTarget('#db', imports)).toBe('./src/db/index.js');
  });

  it('maps nothing the imports field does not name', () => {
    expect(subpathImportTarget('#models/user', imports)).toBeUndefined();
    expect(subpathImportTarget('#dbx', imports)).toBeUndefined();
  });
});

describe('a controller importing its service through #services/*', () => {
  it('is reported where the address enters, with the chain to the transport', async () => {
    const flows = await scanFlowFixture('subpath-imports');
    const controller = flows.filter((f) => f.location.file === 'app/controllers/password_reset_controller.ts');
    expect(controller.map((f) => [f.location.line, f.sinkId, f.categories, f.via])).toEqual([[8, 'nodemailer', ['email'], ['DispatchService.sendPasswordReset', 'transport.sendMail', 'nodemailer']]]);
  });
});
