/**
 * Three readings that over-fired on unseen code (session 17's sample of the flows privmap reports outside the labelled
 * files of training repositories): the real scan over fixtures/flows/{linked-http-client,function-own-name,
 * text-default-param}; expectations.test.ts checks ESLint reports the same.
 * - an HTTP client made in one module and called from another is the app's own back end where its base says so
 *   (src/flows/linked-http-client.ts);
 * - `this.someMethod.name`, `SomeClass.name` is a function's own name (src/flows/function-own-name.ts);
 * - a logging wrapper's parameter given a text by default is no person's record (src/flows/text-default-param.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const clients = await scanFlowFixture('linked-http-client');
const names = await scanFlowFixture('function-own-name');
const defaults = await scanFlowFixture('text-default-param');
const at = (flows: typeof clients, file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe("another module's HTTP client", () => {
  it('is the app\'s own back end with a relative base, a local host or a setting of its own API', () => {
    const own = clients.filter((f) => f.location.file !== 'src/services/workspace.ts' || (f.location.line ?? 0) < 15).filter((f) => !(f.location.file === 'src/pages/login.tsx' && f.location.line === 9));
    expect(own.map((f) => `${f.location.file}:${f.location.line} ${f.sink}`)).toEqual([]);
  });

  it("is a flow where its base names someone else's server, in its module and where the data enters", () => {
    expect(at(clients, 'src/services/workspace.ts', 15)).toEqual([['http', 'partner.post', ['email', 'name']]]);
    expect(at(clients, 'src/pages/login.tsx', 9)).toEqual([['http', 'shareContact', ['email', 'name']]]);
  });
});

describe("a function's own name", () => {
  it("is no one's name: a method of the class, the class itself, the constructor", () => {
    expect(at(names, 'src/customers.service.ts', 9)).toEqual([]);
    expect(at(names, 'src/customers.service.ts', 10)).toEqual([]);
  });

  it("leaves a person's name beside it, and a record's `name`, as they were", () => {
    expect(at(names, 'src/customers.service.ts', 12)).toEqual([['nestjs-logger', 'this.logger.log', ['name']]]);
    expect(at(names, 'src/customers.service.ts', 18)).toEqual([['nestjs-logger', 'this.logger.verbose', ['name']]]);
  });
});

describe('a parameter given a text by default', () => {
  it("is logged as a text, not a person's record", () => {
    expect(at(defaults, 'src/events.service.ts', 9)).toEqual([]);
    expect(at(defaults, 'src/events.service.ts', 13)).toEqual([]);
  });

  it("leaves a person's record logged whole as it was", () => {
    expect(at(defaults, 'src/events.service.ts', 18)).toEqual([['nestjs-logger', 'this.logger.log', ['email', 'name']]]);
  });
});
