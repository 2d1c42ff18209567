/**
 * A mail helper that posts to the app's own API route, whose handler calls the vendor (issue 12;
 * fixtures/flows/own-api-route, a Next.js app with app-router and pages-router routes): the route is found by the
 * framework's file conventions, its handler's reads of the body say which keys reach which sink role, and the
 * caller's serialised body carries its values there (own-api-route.ts). expectations.test.ts checks ESLint agrees.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';
import { routePathOfFile } from '../../src/scan/code/own-api-route.js';

const flows = (await scanFlowFixture('own-api-route')).filter((f) => f.sinkKind !== 'logs');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.via, f.categories]);
const TO_RESEND = ['POST', 'resend.emails.send', 'resend'];

describe('a call of the app\'s own API route', () => {
  it('reaches the vendor the route\'s handler calls, from a fetch whose URL is a setting and the route\'s path', () => {
    expect(at('lib/email.ts', 9)).toEqual([['resend', ['fetch /api/send-email', ...TO_RESEND], ['email', 'name']]]);
  });

  it('is reported where the data enters: the helper\'s caller, and a form\'s own fetch', () => {
    expect(at('app/book/actions.ts', 10)).toEqual([['resend', ['sendBookingConfirmation', 'fetch /api/send-email', ...TO_RESEND], ['email', 'name']]]);
    // The form's state holds the visitor's address, so its `name` in the subject is the visitor's (record-own-name.ts).
    expect(at('app/contact/ContactForm.tsx', 12)).toEqual([['resend', ['fetch /api/send-email', ...TO_RESEND], ['email', 'name']]]);
  });

  it('follows a pages-router route\'s default export reading `req.body`, posted with axios', () => {
    expect(at('lib/sms.ts', 7)).toEqual([['twilio', ['axios.post /api/sms-reminder', 'handler', 'client.messages.create', 'twilio'], ['phone']]]);
    expect(at('app/book/actions.ts', 14)).toEqual([['twilio', ['remindGuest', 'axios.post /api/sms-reminder', 'handler', 'client.messages.create', 'twilio'], ['phone']]]);
  });

  it('is no flow where the route only stores what it is sent', () => {
    expect(at('app/book/actions.ts', 12)).toEqual([]);
    expect(flows.filter((f) => f.location.file === 'lib/email.ts').map((f) => f.location.line)).toEqual([9]);
  });
});

describe('the route a file serves', () => {
  it('follows Next.js, SvelteKit and Astro file conventions, without route groups and with dynamic segments as `*`', () => {
    expect(routePathOfFile('app/api/send-email/route.ts')).toBe('/api/send-email');
    expect(routePathOfFile('apps/web/src/app/(site)/api/bookings/[id]/confirm/route.js')).toBe('/api/bookings/*/confirm');
    expect(routePathOfFile('pages/api/send-email.ts')).toBe('/api/send-email');
    expect(routePathOfFile('src/pages/api/contact/index.ts')).toBe('/api/contact');
    expect(routePathOfFile('src/routes/api/send-email/+server.ts')).toBe('/api/send-email');
    expect(routePathOfFile('app/book/page.tsx')).toBeUndefined();
    expect(routePathOfFile('pages/about.tsx')).toBeUndefined();
    expect(routePathOfFile('lib/api/send-email.ts')).toBeUndefined();
  });
});

describe('a route reached the way hand-written helpers reach it', () => {
  it('follows a URL chosen by a fallback for a missing setting, to a handler filling declared locals from the body', () => {
    expect(at('lib/staff-alert.ts', 9)).toEqual([['resend', ['fetch /api/staff-alert', ...TO_RESEND], ['email', 'name', 'phone']]]);
  });
});
