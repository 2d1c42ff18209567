/**
 * A scanning command replayed when nothing it read has changed (src/cache/replay.ts): the key sums up
 * everything besides the project's files that shapes what the command prints, so a replay is only ever of the
 * same command line, privmap, Node and terminal. Not replayed: `--no-cache`, `--db` (a live database has no
 * stat), and a policy with extra SQL globs (they may read files outside the folders listed).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { installationHash, typescriptVersion } from '../cache/fingerprint.js';
import { readReplay, type Replayed, replayFile, writeReplay } from '../cache/replay.js';
import { emptyHandoff, recordRunInputs, type RunInputs } from '../cache/run-inputs.js';
import { defaultCacheDir } from '../cache/store.js';
import { findPolicy } from '../policy/find.js';
import type { TextSink } from '../output/text-sink.js';
import { useColor } from '../output/color.js';
import { VERSION } from '../version.js';
import type { CommonOptions } from './common-options.js';
import { isStdout } from './io.js';

export interface RunReplay {
  /** The recorded output and notes, when the last identical run's inputs are all unchanged. */
  replayed(): Replayed | undefined;
  /** Runs the scan with its inputs recorded. */
  record<T>(scan: () => Promise<T>): Promise<T>;
  /** Wraps the output so the pieces written are kept for `save`. */
  keep(output: string | ((sink: TextSink) => void)): (sink: TextSink) => void;
  /** Writes the replay of this run (its notes as written to stderr); `replayable` false when the policy reads more than the listing. */
  save(notes: string, replayable: boolean): void;
}

/** The replay of `command` on `dir` with these options, or undefined when the command line is never replayed. */
export function runReplay(command: string, dir: string, options: CommonOptions & { format?: string }): RunReplay | undefined {
  if (options.cache === false || (options.db !== undefined && options.db !== false)) return undefined;
  const root = resolve(dir);
  const policy = options.policy ? resolve(options.policy) : findPolicy(root);
  const key = JSON.stringify({
    command,
    version: VERSION,
    installation: installationHash(),
    typescript: typescriptVersion(),
    node: process.version,
    icu: process.versions.icu ?? null,
    root,
    cwd: process.cwd(),
    policyOption: options.policy ? resolve(options.policy) : null,
    format: options.format ?? null,
    verbose: Boolean(options.verbose),
    quiet: Boolean(options.quiet),
    workers: options.workers ?? null,
    stdout: isStdout(options.output),
    colour: [useColor(process.stdout), useColor(process.stderr)],
  });
  const file = replayFile(options.cacheDir ?? defaultCacheDir(root), root, createHash('sha1').update(key).digest('hex'));
  const startedAt = Date.now();
  let inputs: RunInputs | undefined;
  let warned = false;
  const pieces: string[] = [];
  const handoff = emptyHandoff();
  const found: { sha1?: string } = {};
  return {
    replayed: () => readReplay(file, key, root, policy, handoff, found),
    async record(scan) {
      // A warning (a cache folder that cannot be written, ...) is said once per run: a replay would lose it.
      const onWarning = () => void (warned = true);
      process.on('warning', onWarning);
      try {
        const recorded = await recordRunInputs(scan, handoff);
        inputs = recorded.inputs;
        return recorded.value;
      } finally {
        process.off('warning', onWarning);
      }
    },
    keep(output) {
      return (sink) => {
        const tee: TextSink = { write: (text) => (pieces.push(text), sink.write(text)) };
        if (typeof output === 'string') tee.write(output);
        else output(tee);
      };
    },
    save(notes, replayable) {
      if (!inputs || warned || !replayable || inputs.files.size === 0) return;
      writeReplay(file, { key, root, policy, inputs, startedAt, notes, output: pieces, ...(found.sha1 ? { replayed: found.sha1 } : {}), ...(isStdout(options.output) ? {} : { writtenTo: resolve(options.output!) }) });
    },
  };
}
