/**
 * Session 19's flow-precision guards, each over a real scan of its fixture (expectations.test.ts checks that ESLint
 * reports the same flows there):
 * - a replace whose written replacement puts mask characters for what it matched is a sanitiser (sanitisers.ts).
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const masked = await scanFlowFixture('masked-replace');
const at = (flows: typeof masked, file: string, line: number) => flows.filter((f) => f.location.file === file && f.location.line === line).map((f) => [f.sinkId, f.sink, f.categories]);

describe('a masking replace', () => {
  it('hands on a masked form: no flow through it, in place or through the local it initialised', () => {
    expect(at(masked, 'src/bookings.ts', 8)).toEqual([]);
    expect(at(masked, 'src/bookings.ts', 9)).toEqual([]);
    expect(at(masked, 'src/bookings.ts', 10)).toEqual([]);
  });

  it('leaves a replace that only cleans the value (no mask text, or nothing put in) a flow', () => {
    expect(at(masked, 'src/bookings.ts', 13)).toEqual([['pino', 'logger.info', ['email']]]);
    expect(at(masked, 'src/bookings.ts', 15)).toEqual([['pino', 'logger.info', ['email']]]);
  });
});
