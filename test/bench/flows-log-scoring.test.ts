/**
 * The flows bench's log scoring (bench/flows-log-scoring.mjs): a label at a call of the app's own logging helper is
 * found by privmap's flow at that call (issue 12: the flow is reported where the data enters the chain), a label at
 * a logging call is matched there first, and precision counts the logging calls plus the helper calls that stand
 * for a label; other flows at helper calls are counted apart, neither required nor wrong.
 */
import { describe, expect, it } from 'vitest';
import { scoreLogFlows, type ScoredFlow } from '../../bench/flows-log-scoring.mjs';

const flow = (sink: string, file: string, line: number, categories: string[]): ScoredFlow => ({ sink, categories, location: { file, line } });
const label = (file: string, line: number, categories: string[]) => ({ file, line, categories });

describe('log scoring', () => {
  it('finds a label at a call of a logging helper by the flow at that call, and counts it right', () => {
    const logs = [flow('logDebug', 'mail.ts', 10, ['email']), flow('logException', 'mail.ts', 20, ['email'])];
    const scored = scoreLogFlows([label('mail.ts', 10, ['email']), label('mail.ts', 20, ['email'])], new Set(['mail.ts']), logs);
    expect(scored.missed).toEqual([]);
    expect(scored.callersForLabels).toEqual(logs);
    expect(scored.inScope).toEqual(logs);
    expect(scored.wrong).toEqual([]);
    expect(scored.callers).toEqual([]);
  });

  it('matches a logging call first, so a helper call beside it is neither used nor judged', () => {
    const atCall = flow('logger.info', 'user.ts', 5, ['email']);
    const atHelper = flow('audit', 'user.ts', 6, ['email']);
    const scored = scoreLogFlows([label('user.ts', 5, ['email'])], new Set(['user.ts']), [atHelper, atCall]);
    expect(scored.missed).toEqual([]);
    expect(scored.callersForLabels).toEqual([]);
    expect(scored.inScope).toEqual([atCall]);
    expect(scored.callers).toEqual([atHelper]);
  });

  it('judges a logging call no label stands for as wrong, but not a helper call', () => {
    const wrongCall = flow('console.log', 'user.ts', 40, ['name']);
    const helper = flow('saveOwner', 'user.ts', 50, ['name']);
    const scored = scoreLogFlows([label('user.ts', 5, ['email'])], new Set(['user.ts']), [wrongCall, helper]);
    expect(scored.missed).toHaveLength(1);
    expect(scored.wrong).toEqual([wrongCall]);
    expect(scored.inScope).toEqual([wrongCall]);
    expect(scored.callers).toEqual([helper]);
  });

  it('needs the label’s categories at a helper call as at a logging call', () => {
    const scored = scoreLogFlows([label('mail.ts', 10, ['name', 'email'])], new Set(['mail.ts']), [flow('logDebug', 'mail.ts', 10, ['email'])]);
    expect(scored.missed).toHaveLength(1);
    expect(scored.callersForLabels).toEqual([]);
  });
});
