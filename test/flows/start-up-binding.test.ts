/**
 * An exported module variable given its implementation at start-up (start-up-binding.ts), imported through the
 * tsconfig's `baseUrl` (resolve-modules.ts), on fixtures/flows/start-up-binding: the real scan. The caller reaches the
 * SMTP sender chosen outside tests, not only the stand-in it was declared with; a notifier set by a function stays
 * unread. expectations.test.ts checks ESLint reports the same.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('start-up-binding');
const at = (file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.categories, f.via]);

describe('a module variable given its implementation when the app starts', () => {
  it('reaches the implementation assigned outside any function, imported through baseUrl', () => {
    expect(at('src/users/welcome.ts', 5)).toEqual([['nodemailer', ['email'], ['sendEmail', 'transport.sendMail', 'nodemailer']]]);
  });

  it('reads nothing through a variable a function sets from its parameter', () => {
    expect(at('src/users/welcome.ts', 6)).toEqual([]);
  });
});
