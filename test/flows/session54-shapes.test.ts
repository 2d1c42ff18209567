/**
 * Session 54's shapes, each from a training set whose misses were read:
 * - a callback a helper calls once per element of a list it is given stands for an element of that list
 *   (`this.sendToMany(emailAddresses, (address) => this.sendX(address))` with `sendToMany` applying its callback to
 *   `emailAddresses.map(…)`; callback-per-element.ts): the Planning Inspectorate's GOV.UK Notify client; the same for
 *   p-map, async, lodash and Bluebird's iteration helpers;
 * - a Convex function run or scheduled by reference (`ctx.scheduler.runAfter(0, internal.emails.sendWelcome, { email,
 *   name })`) hands its arguments to that export's handler, whose parameter 1 they are (convex-functions.ts); a Dutch
 *   grief-support app's renewal and trial mails;
 * - a Netlify Function called by its path (`fetch(`${base}/.netlify/functions/send-email`, { body })`) gets the body
 *   its `exports.handler` parses (`JSON.parse(event.body)`; own-api-route.ts, request-body.ts); an Irish clinic's mails;
 * - a helper's parameter a message builder writes into the text (`const mail = missionComplete({ firstName });
 *   sendMail({ to: email, html: mail.html })`) reaches the mail, so the helper's callers are judged by it (link.ts
 *   `textParamRefs`); a French student-jobs marketplace;
 * - a package loaded late through a promise chain and cached by a loader (`loadPromise = import('web-push').then(…)`,
 *   `const webpush = await loadWebPush()`) is that package (loaded-module.ts); a German fitness app's push service;
 * - a React ref given a service (`geocoder.current = new Geocoder()` in an effect, `useRef(new Geocoder())`) is that
 *   service where its calls go (`geocoder.current.geocode(fullAddress)`; react-ref.ts); a Polish repair service's bookings.
 * The real scan of fixtures/flows/session54; expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('session54');

describe('a callback a helper calls once per element of a list', () => {
  const notify = flowsAtIn(flows, 'callback-per-element/views/notify.js');
  const newsletter = flowsAtIn(flows, 'callback-per-element/views/newsletter.ts');

  it("takes the list's elements: the caller's addresses reach the mail the callback sends (an own class's helper)", () => {
    expect(notify(8)).toEqual([['gov-notify', ['email']]]);
  });

  it('carries nothing personal where the list holds nothing personal', () => {
    expect(notify(9)).toEqual([]);
  });

  it("takes the list's elements where p-map calls the callback", () => {
    expect(newsletter(6)).toEqual([['nodemailer', ['email']]]);
  });

  it('is not an element where the helper hands its callback something else (a pooled client)', () => {
    expect(newsletter(7)).toEqual([]);
  });
});

describe('a Convex function run or scheduled by reference', () => {
  const users = flowsAtIn(flows, 'convex/convex/users.ts');

  it("hands its arguments to the handler's mail (scheduled)", () => {
    expect(users(10)).toEqual([['resend', ['email', 'name']]]);
  });

  it("hands its arguments to the handler's mail (run from an action)", () => {
    expect(users(21)).toEqual([['resend', ['email', 'name']]]);
  });

  it('carries nothing personal where the arguments are not, nor where the reference is a query', () => {
    expect(users(18)).toEqual([]);
    expect(users(23)).toEqual([]);
  });
});

describe('a Netlify Function called by its path', () => {
  const mail = flowsAtIn(flows, 'netlify/src/mail.ts');

  it('hands the body its handler parses to the mail it sends', () => {
    expect(mail(5)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('reaches nothing where no such function exists', () => {
    expect(mail(13)).toEqual([]);
  });
});

describe("a helper's parameter a message builder writes into the text", () => {
  const missions = flowsAtIn(flows, 'builder-text-params/missions.js');

  it("makes the caller's name handed there part of the mail", () => {
    expect(missions(6)).toEqual([['nodemailer', ['email', 'name']]]);
  });

  it('adds nothing where the caller hands a word, not a name', () => {
    expect(missions(8)).toEqual([['nodemailer', ['email']]]);
  });
});

describe('a package loaded late through a promise chain and cached by a loader', () => {
  const friends = flowsAtIn(flows, 'lazy-module/friends.js');

  it("is that package: the push message's name reaches web-push", () => {
    expect(friends(6)).toEqual([['web-push', ['name']]]);
  });

  it('carries nothing personal where the message is not', () => {
    expect(friends(7)).toEqual([]);
  });
});

describe('a React ref given a service', () => {
  const form = flowsAtIn(flows, 'react-ref/booking-form.tsx');

  it("is that service: the address reaches the geocoder's vendor (given in an effect)", () => {
    expect(form(15)).toEqual([['nominatim', ['address']]]);
  });

  it('is that service where `useRef` is given it', () => {
    expect(form(17)).toEqual([['nominatim', ['address']]]);
  });

  it("carries nothing personal where the service's method sends nothing of it", () => {
    expect(form(18)).toEqual([]);
  });
});
