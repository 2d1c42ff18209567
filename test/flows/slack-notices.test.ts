/**
 * A notice service whose request helper is given its URL by each caller (session 32, from an influencer SaaS's Slack
 * notices): `this.sendMessage(signupsWebhook, body)` with every webhook a `SLACK_…` setting. The helper's own post
 * names no server; its calls all name Slack by their settings, so the people in the messages reach Slack. A helper
 * called with the app's own API in one place and Slack in another names neither vendor for all its calls. The real
 * scan of fixtures/flows/slack-notices, with a Telegram bot's notice beside it (Telegram in the catalogue, session 32).
 */
import { describe, expect, it } from 'vitest';
import { flowsAtIn, scanFlowFixture } from '../helpers/flow-fixture.js';

const scanned = await scanFlowFixture('slack-notices');

describe("a request helper given a vendor's setting by every caller", () => {
  it('reports the messages where the person enters, at the vendor the settings name', () => {
    const at = flowsAtIn(scanned, 'src/slack-service.ts');
    expect(at(16)).toEqual([['slack', ['email', 'name']]]);
    expect(at(21)).toEqual([['slack', ['email']]]);
  });

  it("reads a Telegram bot's message to the team's chat as Telegram's", () => {
    expect(flowsAtIn(scanned, 'src/telegram-notify.ts')(8)).toEqual([['telegram', ['email']]]);
  });

  it("does not send the app's own audit call to the vendor another call of the same helper names", () => {
    expect(flowsAtIn(scanned, 'src/audit-client.ts')(10)).toEqual([]);
  });
});
