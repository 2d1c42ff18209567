/**
 * A local given a value again and again from itself (`content = content.replace(…)`, dub's cleanMdx does it 14 times):
 * each value names the local again, so reading the argument followed every value from every value, 14⁴ readings of
 * the same nodes per argument before the depth limit, until a value read again at the same depth into the same set
 * was no longer read again (src/flows/personal-data.ts, `readInto`). What the argument carries must not change.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { scanSourceFile } from '../../../src/scan/code/index.js';
import { engine } from './helpers.js';

function storedArgument(text: string) {
  const file = 'clean.ts';
  const result = scanSourceFile(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS), { detector: engine.detector, sinks: engine.sinks, file });
  const call = result.module?.calls.find((c) => c.root === 'store');
  return call?.args[0];
}

const chain = (first: string) => `import { store } from './store';
export async function clean(user: { email: string }, key: string) {
  let content = ${first};
${Array.from({ length: 24 }, (_, i) => `  content = content.replace(/a${i}/g, '');`).join('\n')}
  await store(content, { email: content, contact: content });
}
`;

describe('a local reassigned from itself', () => {
  it("still carries the person's email it started from, read once per value", () => {
    const arg = storedArgument(chain('user.email'));
    expect(arg?.categories).toEqual(['email']);
    expect(arg?.expressions).toEqual(['user.email']);
  });

  it('carries nothing when it started from a parameter that names nothing', () => {
    const arg = storedArgument(chain('key'));
    expect(arg?.categories).toEqual([]);
    expect(arg?.params).toEqual([{ param: 1 }]);
  });
});
