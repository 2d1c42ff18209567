/**
 * Session 15's wrapper mechanisms, through the real code scan of their fixtures (expectations.test.ts checks that
 * ESLint reports the same): an injected adapter named for a delivery (injected-adapter.ts), a CommonJS service object
 * declared first and exported as the module's value, with a log line beside its push (commonjs-object.ts, web-push in
 * the catalogue).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const at = (flows: Awaited<ReturnType<typeof scanFlowFixture>>, file: string) =>
  flows.filter((f) => f.location.file === file && f.sinkKind !== 'logs').map((f) => [f.location.line, f.sinkId, f.categories]);

describe('an adapter handed in as a dependency', async () => {
  const flows = await scanFlowFixture('injected-adapter');

  it('reads a parameter named for a delivery as that recipient, in a file that imports nothing', () => {
    expect(at(flows, 'src/bus/envoieTrackingConnexion.js')).toEqual([
      [9, 'inferred-analytics', ['email']],
      [11, 'inferred-email', ['email']],
    ]);
  });

  it('reads a local destructured from a parameter the same way, and no method of a value named for nothing', () => {
    expect(at(flows, 'src/modeles/inscription.js')).toEqual([[8, 'inferred-analytics', ['email']]]);
  });
});

describe('a CommonJS service object exported by name', async () => {
  const flows = await scanFlowFixture('commonjs-object');

  it("follows the required object's methods, through a sibling and past a log line, to web-push", () => {
    const found = flows.filter((f) => f.location.file === 'backend/ausencias.service.js');
    expect(found.map((f) => [f.location.line, f.sinkId, f.categories])).toEqual([[9, 'web-push', ['name']]]);
    expect(found[0]!.via).toEqual(['NotificacionesService.notificarVarios', 'notificar', 'PushService.enviar', 'webpush.sendNotification', 'web-push']);
  });
});

describe('a member of a required module kept in a local', async () => {
  const flows = await scanFlowFixture('required-member');

  it("reaches the member's vendor, shown as written, and no flow through a member that only builds text", () => {
    const found = flows.filter((f) => f.location.file === 'controllers/password.js' && f.sinkKind !== 'logs');
    expect(found.map((f) => [f.location.line, f.sinkId, f.categories, f.via])).toEqual([[9, 'nodemailer', ['email'], ['Send', 'transporter.sendMail', 'nodemailer']]]);
  });
});
