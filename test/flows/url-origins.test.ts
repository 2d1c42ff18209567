/**
 * Where a generic HTTP call goes when its URL is no literal at the call (issue 12, session 12): a setting's literal
 * default (setting-default-host.ts), a vendor's host after a tenant's subdomain handed out by a function of the file
 * (tenant-host.ts), a settings object's own name (http-base.ts) and a webhook's URL kept on a record and handed to the
 * file's request helper (webhook-url.ts). The real scan of fixtures/flows/url-origins; expectations.test.ts checks
 * ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('url-origins');
const inFile = (file: string) => flows.filter((f) => f.location.file === `src/${file}` && f.sinkKind !== 'logs').map((f) => [f.location.line, f.sinkId, f.categories, f.host ?? null]);

describe('where a URL that is no literal at the call goes', () => {
  it('reads the host off a setting literal default, and not off a default on the machine itself', () => {
    expect(inFile('setting-default.ts')).toEqual([[7, 'http', ['email', 'name'], 'api.invoicing-partner.example.com']]);
  });

  it('takes a tenant subdomain of a vendor host for that vendor, through a function of the file handing out the base', () => {
    expect(inFile('tenant-host.ts')).toEqual([[11, 'zendesk', ['email', 'name'], '*.zendesk.com']]);
  });

  it('reads a settings object own name: an SMS gateway is a third party, the app API is not', () => {
    expect(inFile('settings-name.ts')).toEqual([[7, 'http', ['name', 'phone'], null]]);
  });

  it('reports a webhook URL kept on a record where the data enters, and not a record URL named for nothing of the kind', () => {
    expect(inFile('webhook-record.ts')).toEqual([[46, 'http', ['name', 'phone'], null]]);
    const webhook = flows.find((f) => f.location.file === 'src/webhook-record.ts');
    expect(webhook?.via).toEqual(['this.webhooks.fireWebhook', 'WebhookService.fireWebhook', 'WebhookService.send', 'fetch', 'http']);
  });
});
