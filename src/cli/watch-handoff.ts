/**
 * What one watch run read, handed to the next as a replay check hands it to the run after an edit
 * (src/cache/run-inputs.ts): every code file's stat but the changed ones' (stat-ed again here), and, when the
 * change was only to the content of files the last run listed (no file added or removed, no `.gitignore`,
 * manifest, SQL or Prisma file, no policy), the walks' results too, so the run lists no folder and stats no
 * file again. The watcher saw every change since the last run's stats were taken (it starts before the first
 * run), so a file it did not name is as that run saw it.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { FileStat } from '../scan/discover.js';
import { emptyHandoff, type Handoff, NAMED_INPUT, recordRunInputs, type RunInputs } from '../cache/run-inputs.js';

export class WatchHandoff {
  private last: RunInputs | undefined;

  /** Runs `run` with its inputs recorded, given what the last run read and the paths changed since (undefined: not known). */
  async record<T>(changed: ReadonlySet<string> | undefined, run: () => Promise<T>): Promise<T> {
    const handoff = this.handoff(changed);
    this.last = undefined;
    const recorded = await recordRunInputs(run, handoff);
    this.last = recorded.inputs;
    return recorded.value;
  }

  private handoff(changed: ReadonlySet<string> | undefined): Handoff {
    const last = this.last;
    if (!last || !changed || last.files.size === 0) return emptyHandoff();
    const stats = new Map<string, FileStat>();
    for (const [path, [size, mtimeMs, ctimeMs, ino]] of last.files) if (!changed.has(path)) stats.set(path, { size, mtimeMs, ctimeMs, ino });
    let contentOnly = true;
    for (const path of changed) {
      if (!last.files.has(path) || NAMED_INPUT.test(basename(path))) {
        contentOnly = false;
        continue;
      }
      try {
        const stat = statSync(path);
        if (stat.isFile()) stats.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino });
        else contentOnly = false;
      } catch {
        contentOnly = false;
      }
    }
    return { stats, listings: new Map(), ...(contentOnly ? { unchanged: { walks: last.walks, dirs: last.dirs, named: [...last.named] } } : {}) };
  }
}
