/**
 * Whose server a generic HTTP call reaches when its URL is a setting (issue 12: terminal sinks by shape). The
 * fixture folder fixtures/flows/http-configured/ runs the real scanner and ESLint over the shapes apps write;
 * these cases pin the reading of settings' names and API paths against the real catalogue.
 */
import { describe, expect, it } from 'vitest';
import { loadSinkCatalogue } from '../../src/flows/catalogue.js';
import { targetOfSetting, vendorOfPath } from '../../src/flows/http-targets.js';

const catalogue = loadSinkCatalogue([]);
const vendorOf = (setting: string, appNames?: Set<string>) => {
  const target = targetOfSetting(catalogue, setting, appNames);
  return target.own ? 'own' : (target.vendor?.id ?? 'http');
};

describe('a URL setting names whose server it is', () => {
  it('a vendor by its id, a name in its hosts, or an alias', () => {
    expect(vendorOf('SIB_BASE_URL')).toBe('brevo');
    expect(vendorOf('BREVO_API_URL')).toBe('brevo');
    expect(vendorOf('hubspot.apiUrl')).toBe('hubspot');
    expect(vendorOf('PAYPAL_API_HOST')).toBe('paypal');
    expect(vendorOf('NEXT_PUBLIC_POSTHOG_HOST')).toBe('posthog');
    // Telegram in the catalogue since session 32: its Bot API's setting names it.
    expect(vendorOf('TELEGRAM_API_URL')).toBe('telegram');
  });

  it("the app's own API when it says nothing but that", () => {
    for (const setting of ['API_URL', 'NEXT_PUBLIC_API_URL', 'VITE_BACKEND_BASE_URL', 'config.app.host', 'api.baseUrl', 'apiV2', 'INTERNAL_API_URL', 'NEXTAUTH_URL', 'USER_SERVICE_URL']) {
      expect(vendorOf(setting), setting).toBe('own');
    }
    // Its database, search index or backend-as-a-service keeps its data; it is not a recipient.
    expect(vendorOf('NEXT_PUBLIC_SUPABASE_URL')).toBe('own');
    expect(vendorOf('MEILISEARCH_HOST')).toBe('own');
  });

  it("someone else's endpoint: a webhook, even one named after the app", () => {
    expect(vendorOf('FEEDBACK_WEBHOOK_URL')).toBe('http');
    expect(vendorOf('LANGFUSE_NEW_USER_SIGNUP_WEBHOOK', new Set(['langfuse']))).toBe('http');
    expect(vendorOf('ACME_AGENT_URL', new Set(['acme']))).toBe('own');
  });

  it('a word naming neither a vendor, a webhook nor the app is not known to be anyone else (not reported)', () => {
    expect(vendorOf('config.cerema.api')).toBe('own');
    expect(vendorOf('GEOPORTAL_API_URL')).toBe('own');
    // A vendor name that is also an everyday word never names the vendor alone.
    expect(vendorOf('CUSTOMER_API_URL')).toBe('own');
    expect(vendorOf('RESEND_LINK_URL')).toBe('own');
  });
});

describe('a well-known API path names its vendor', () => {
  it('at a segment boundary only', () => {
    expect(vendorOfPath(catalogue, '/smtp/email')?.id).toBe('brevo');
    expect(vendorOfPath(catalogue, '/v3/mail/send')?.id).toBe('sendgrid');
    expect(vendorOfPath(catalogue, '/2010-04-01/Accounts/*/Messages.json')?.id).toBe('twilio');
    expect(vendorOfPath(catalogue, '/smtp/emails-archive')).toBeUndefined();
    expect(vendorOfPath(catalogue, '/api/users')).toBeUndefined();
  });
});
