import { Command } from 'commander';
import { loadPipeline } from '../load-pipeline.js';
import { writeSkippedSchemas } from '../notes.js';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { type BaselineComparison, compareWithBaseline, createBaseline, readBaseline, writeBaseline } from '../../inventory/baseline.js';
import type { Inventory } from '../../inventory/types.js';
import { renderCheckSummary } from '../../output/check-summary.js';
import { renderGitlab } from '../../output/gitlab.js';
import { renderSarif } from '../../output/sarif.js';
import { writeReport } from '../../report/index.js';
import type { TextSink } from '../../output/text-sink.js';
import { addScanOptions, type CommonOptions, formatOption, progressFor, projectScanOptions } from '../common-options.js';
import { checkExitCode } from '../exit-code.js';
import { emit, isStdout, stderrPalette, stdoutPalette } from '../io.js';
import type { KeptPolicy, ProjectScanOptions } from '../../pipeline.js';

interface CheckOptions extends CommonOptions {
  format: 'text' | 'sarif' | 'json' | 'gitlab';
  baseline?: string;
  updateBaseline?: boolean;
  changedSince?: string;
  watch?: boolean;
}

/** `--changed-since <ref>`: only the undeclared processing the change since `ref` introduced fails. */
async function changedSince(dir: string, ref: string, options: CheckOptions, onProgress: (done: number, total: number) => void): Promise<{ inventory: Inventory; comparison: BaselineComparison; acceptedBecause: string }> {
  if (options.updateBaseline) throw new UsageError('--changed-since and --update-baseline do not go together');
  // Loaded here, like the scanner: usage errors are reported before any of it loads.
  const { diffProject } = await import('../../diff/index.js');
  const { head, report } = await diffProject({
    dir,
    base: ref,
    ...(options.policy ? { policyFile: options.policy } : {}),
    cache: options.cache === false ? false : options.cacheDir ? { dir: options.cacheDir } : {},
    onProgress,
  });
  const introduced = new Set(report.newlyUndeclared.map((e) => e.id));
  const undeclared = head.elements.filter((e) => e.status === 'undeclared');
  let fresh = undeclared.filter((e) => introduced.has(e.id));
  if (options.baseline) {
    const accepted = new Set((readBaseline(resolve(options.baseline))?.entries ?? []).map((e) => e.id));
    fresh = fresh.filter((e) => !accepted.has(e.id));
  }
  const acceptedBecause = `already undeclared at ${ref}${options.baseline ? ' or accepted by the baseline' : ''}`;
  return { inventory: head, comparison: { fresh, known: undeclared.filter((e) => !fresh.includes(e)), resolved: [] }, acceptedBecause };
}

export const DEFAULT_BASELINE = 'privmap-baseline.json';

export function checkCommand(): Command {
  return addScanOptions(new Command('check'))
    .description('Fail (exit 1) when personal data is processed without a declared purpose, or the policy has errors')
    .addOption(formatOption(['text', 'sarif', 'json', 'gitlab'], 'text'))
    .option('-b, --baseline <file>', `fail only on undeclared elements not in this baseline (default file name: ${DEFAULT_BASELINE})`)
    .option('--update-baseline', 'write the current undeclared elements to the baseline file and exit 0')
    .option('--changed-since <ref>', 'fail only on undeclared processing introduced since this git ref (e.g. origin/main)')
    .addHelpText(
      'after',
      `
Exit codes: 0 clean, 1 undeclared personal data or policy errors, 2 usage or configuration errors.

Examples:
  $ privmap check                                   # human summary
  $ privmap check -f sarif -o privmap.sarif         # for GitHub code scanning
  $ privmap check -f gitlab -o gl-code-quality.json # for GitLab's merge-request widget
  $ privmap check --update-baseline                 # adopt on an existing codebase
  $ privmap check --baseline privmap-baseline.json  # fail only on new findings
  $ privmap check --changed-since origin/main       # fail only on what this branch introduced`,
    )
    .option('-w, --watch', 'stay running: check again after each change to the project, printing pass or fail each time (see the README, "Watch mode")')
    .action(async (dir: string, options: CheckOptions) => {
      const progress = progressFor(options);
      const scanOptions = projectScanOptions(dir, options, progress); // checks the input before the scanner loads
      if (!options.watch) return void (await checkOnce(dir, options, scanOptions));
      if (options.updateBaseline || options.changedSince) throw new UsageError(`--watch does not go with ${options.updateBaseline ? '--update-baseline' : '--changed-since'}`);
      const { watchCommand } = await import('../watch-command.js');
      const kept: ProjectScanOptions & { kept: KeptPolicy } = { ...scanOptions, kept: {} };
      await watchCommand('check', dir, options, kept.kept, async () => {
        const code = await checkOnce(dir, options, kept);
        // A failing check is the watch's news, not its end: the watch exits 0 when stopped.
        process.exitCode = undefined;
        return code === 0 ? 'pass' : 'fail';
      });
    });
}

/** One check and its output; the exit code it sets (undefined after --update-baseline). */
async function checkOnce(dir: string, options: CheckOptions, scanOptions: ProjectScanOptions): Promise<number | undefined> {
  const progress = scanOptions.onProgress as ReturnType<typeof progressFor>;
  const baselineFile = resolve(options.baseline ?? join(dir, DEFAULT_BASELINE));
  // A broken baseline is reported before a long scan, not after it.
  const baseline = options.baseline && !options.updateBaseline ? readBaseline(baselineFile) : undefined;
  const changed = options.changedSince ? await changedSince(dir, options.changedSince, options, progress) : undefined;
  const inventory = changed?.inventory ?? (await (await loadPipeline()).scanProject(scanOptions));
  progress.stop();
  if (!options.quiet && !options.verbose) writeSkippedSchemas(inventory.skipped);
  if (options.updateBaseline) {
    const created = createBaseline(inventory);
    writeBaseline(baselineFile, created);
    if (!options.quiet) process.stderr.write(`wrote ${created.entries.length} undeclared element(s) to ${baselineFile}\n`);
    return undefined;
  }
  // The first CI run comes before anyone ran --update-baseline: an empty baseline, said out loud.
  if (options.baseline && !baseline) process.stderr.write(`${stderrPalette().yellow('warning:')} baseline ${baselineFile} does not exist yet; checking without one (create it with --update-baseline)\n`);
  const comparison = changed?.comparison ?? compareWithBaseline(inventory, baseline);
  const acceptedBecause = changed?.acceptedBecause;
  const text =
    options.format === 'sarif'
      ? renderSarif(inventory, { scanRoot: resolve(dir), baseline: comparison })
      : options.format === 'gitlab'
        ? renderGitlab(inventory, { scanRoot: resolve(dir), baseline: comparison })
        : options.format === 'json'
        ? (sink: TextSink) => writeReport(inventory, 'json', sink)
        : renderCheckSummary(inventory, { palette: stdoutPalette(options.output), comparison, limit: 20, verbose: Boolean(options.verbose), ...(acceptedBecause ? { acceptedBecause } : {}) });
  // Set before writing, so a reader that closes the pipe early still sees the verdict.
  process.exitCode = checkExitCode(inventory, comparison);
  emit(text, options.output, { quiet: options.quiet, what: options.format === 'text' ? 'the check summary' : options.format === 'sarif' ? 'SARIF' : options.format === 'gitlab' ? 'the GitLab Code Quality report' : 'the JSON report' });
  if (!isStdout(options.output) && options.format !== 'text' && !options.quiet) {
    process.stderr.write(renderCheckSummary(inventory, { palette: stderrPalette(), comparison, limit: 5, verbose: false, ...(acceptedBecause ? { acceptedBecause } : {}) }));
  }
  return process.exitCode;
}
