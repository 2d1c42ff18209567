/**
 * A logger known by the last word of its name (`jobLogger`, `this.auditLogger`, `this.ctx.logger`; issue 12, loggers
 * by the naming conventions real apps use; src/flows/log-named-receiver.ts): the real scan over
 * fixtures/flows/log-named. expectations.test.ts checks the fixture's `privmap-expect` comments through the CLI scan
 * and ESLint.
 */
import { describe, expect, it } from 'vitest';
import { isLoggerName } from '../../src/flows/log-named-receiver.js';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('log-named');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/jobs.ts' && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe('a logger by the last word of its name', () => {
  it('is a child logger named after its job, a field and a context member', () => {
    expect(at(16)).toEqual([['conventional-logger', 'jobLogger.info', ['email']]]);
    expect(at(31)).toEqual([['conventional-logger', 'this.auditLogger.warn', ['phone']]]);
    expect(at(33)).toEqual([['conventional-logger', 'this.ctx.logger.warn', ['email']]]);
  });

  it('reports nothing for ids, or for a toast and a dialog', () => {
    expect(at(18)).toEqual([]);
    expect(at(20)).toEqual([]);
    expect(at(21)).toEqual([]);
  });

  it('reads the last word, split as the detector splits', () => {
    for (const name of ['jobLogger', 'auditLogger', 'AppLogger', 'request_logger', '_perfLogger', 'eventLog', 'logger']) expect(isLoggerName(name), name).toBe(true);
    for (const name of ['log', 'catalog', 'dialog', 'backlog', 'loggerConfig', 'logService', 'blog']) expect(isLoggerName(name), name).toBe(false);
  });
});
