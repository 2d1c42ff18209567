/** `scan --watch` and `check --watch`: what to watch and what to leave alone, from the command's options. */
import { resolve } from 'node:path';
import { defaultCacheDir } from '../cache/store.js';
import { UsageError } from '../errors.js';
import { findPolicy } from '../policy/find.js';
import type { KeptPolicy } from '../pipeline.js';
import type { CommonOptions } from './common-options.js';
import { isStdout } from './io.js';
import { WatchHandoff } from './watch-handoff.js';
import { type WatchRun, watchLoop } from './watch-loop.js';

export async function watchCommand(command: string, dir: string, options: CommonOptions, kept: KeptPolicy, run: WatchRun): Promise<void> {
  if (options.db !== undefined && options.db !== false) throw new UsageError('--watch re-runs on file changes and does not go with --db (a live database sends none); run the database scan one-shot');
  const root = resolve(dir);
  const policy = options.policy ? resolve(options.policy) : findPolicy(root);
  // privmap's own writes are no change to the project: the cache folder and the output file.
  const ignore = [options.cacheDir ? resolve(options.cacheDir) : defaultCacheDir(root), ...(isStdout(options.output) ? [] : [resolve(options.output!)])];
  const handoff = new WatchHandoff();
  await watchLoop({ root, ignore, extraFiles: policy ? [policy] : [], verbose: Boolean(options.verbose), command }, async (first, changed) => {
    const verdict = await handoff.record(changed, () => run(first, changed));
    // A warm first run compiles no detector (every file is the cache's); compiled now, while the watch waits,
    // the first change does not pay for it.
    if (first) void kept.engine?.detector;
    return verdict;
  });
}
