/**
 * `--watch`: the command's run, then the same run again in this process after each change to the project's
 * files, so TypeScript, the detector and every loaded module are paid for once, not at each run (README,
 * "Watch mode"). Changes are gathered until the tree has been quiet for DEBOUNCE_MS (an editor's save, a
 * `git checkout`, are many events), and a change during a run starts one more run after it. A run that fails
 * (a broken policy, an unwritable output) says why as a one-shot run would, and the watch goes on; Ctrl-C or
 * SIGTERM ends it with exit code 0 once the run under way, if any, has written its output and the cache.
 */
import { resolve } from 'node:path';
import { writeError } from './report-error.js';
import { watchTree } from './tree-watcher.js';

const DEBOUNCE_MS = 100;

export interface WatchSettings {
  root: string;
  /** Absolute paths whose changes are privmap's own (the output file, the cache folder). */
  ignore: readonly string[];
  /** Files outside the root whose changes matter (the policy when found above it). */
  extraFiles: readonly string[];
  verbose: boolean;
  /** The command's name on the status line. */
  command: string;
}

/**
 * One run of the command; `first` is the run at the start, `changed` the absolute paths changed since the last
 * run (undefined at the start, or when the system did not say which). Returns the verdict the status line shows.
 */
export type WatchRun = (first: boolean, changed: ReadonlySet<string> | undefined) => Promise<string | undefined>;

const clock = () => new Date().toTimeString().slice(0, 8);

export async function watchLoop(settings: WatchSettings, run: WatchRun): Promise<void> {
  const pending = new Set<string>();
  let unknown = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopping = false;
  // The CPU time from the batch's first event to its output written, for the bench (PRIVMAP_WATCH_STATS=1).
  let cpuAtFirstEvent: NodeJS.CpuUsage | undefined;

  const runOnce = async (first: boolean) => {
    const paths = first || unknown ? undefined : new Set(pending);
    const changed = pending.size;
    pending.clear();
    unknown = false;
    const cpu = cpuAtFirstEvent ?? process.cpuUsage();
    cpuAtFirstEvent = undefined;
    const started = Date.now();
    let verdict: string | undefined;
    try {
      verdict = await run(first, paths);
    } catch (error) {
      writeError(error, settings.verbose);
      verdict = 'error';
    }
    const ms = Date.now() - started;
    const used = process.cpuUsage(cpu);
    if (process.env.PRIVMAP_WATCH_STATS) process.stderr.write(`privmap watch stats: ${JSON.stringify({ files: changed, cpuMs: Math.round((used.user + used.system) / 1000), wallMs: ms })}\n`);
    // Paths the system named (a save through a temporary file is two); the scan itself re-reads only what changed.
    const what = first ? 'first run' : changed === 0 ? 'files changed' : `${changed} path${changed === 1 ? '' : 's'} changed`;
    process.stderr.write(`[${clock()}] ${settings.command}${verdict ? `: ${verdict}` : ''} · ${what} · ${ms} ms · watching for changes (Ctrl-C to stop)\n`);
  };
  const start = (first: boolean) => {
    running = runOnce(first).finally(() => {
      running = undefined;
      if (stopping) return stop();
      if (again) {
        again = false;
        start(false);
      }
    });
  };
  const stop = () => {
    if (timer) clearTimeout(timer);
    watcher.close();
    // The run under way finishes first, so its output and the cache are written for the next run; a second
    // signal does not wait (every file privmap writes is renamed into place whole, so none is left half-written).
    if (running && !stopping) {
      stopping = true;
      process.stderr.write('privmap: stopping after the run under way (again to stop now)\n');
      return;
    }
    stopping = true;
    process.stderr.write('privmap: stopped watching\n');
    process.exit(0);
  };

  const watcher = watchTree(settings.root, {
    ignore: settings.ignore.map((p) => resolve(p)),
    extraFiles: settings.extraFiles,
    onChange(path) {
      if (stopping) return;
      cpuAtFirstEvent ??= process.cpuUsage();
      if (path === undefined) unknown = true;
      else pending.add(path);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (pending.size === 0 && !unknown) return;
        if (running) again = true;
        else start(false);
      }, DEBOUNCE_MS);
    },
  });
  // main.ts's handlers end a one-shot run with exit code 2 ("interrupted"); stopping a watch is its normal end.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, stop);
  }
  start(true);
  // The command's action never returns: the watch ends in `stop`.
  await new Promise<never>(() => {});
}
