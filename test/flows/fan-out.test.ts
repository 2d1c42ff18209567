/**
 * A list of the project's implementations called in turn (list-elements.ts) and a getter handing out a function
 * (function-getter.ts), on fixtures/flows/fan-out: the real scan, the flow reported where the data enters with
 * the chain naming the list (`outPipes.notify`) and each listed value's method. expectations.test.ts checks the same fixture through ESLint.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('fan-out');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.via, f.categories]);

describe('a list of implementations called in turn', () => {
  it('reaches every listed pipe through a getter returning the notifier', () => {
    expect(at('src/users/user.service.ts', 13)).toEqual([
      ['brevo', ['notifyService.notify', 'outPipes.notify', 'ContactPipe.created', 'this.api.createContact', '@getbrevo/brevo'], ['email', 'name']],
      ['slack', ['notifyService.notify', 'outPipes.notify', 'ChatPipe.post', 'axios.post', 'slack'], ['email']],
    ]);
    expect(at('src/users/user.service.ts', 19).map(([sink]) => sink)).toEqual(['brevo', 'slack']);
  });

  it('reports nothing where the event carries nothing personal', () => {
    expect(at('src/users/user.service.ts', 24)).toEqual([]);
    expect(at('src/chat/welcome.ts', 7)).toEqual([]);
  });

  it('follows `for (const adapter of adapters)` over a list of this module to each adapter', () => {
    expect(at('src/chat/welcome.ts', 5)).toEqual([['slack', ['announce', 'adapters.post', 'webhook.send', '@slack/webhook'], ['email']]]);
  });
});
