import { Command } from 'commander';
import { loadPipeline } from '../load-pipeline.js';
import { writeSkippedSchemas } from '../notes.js';
import { join, resolve } from 'node:path';
import { compareWithBaseline, createBaseline, readBaseline, writeBaseline } from '../../inventory/baseline.js';
import { renderCheckSummary } from '../../output/check-summary.js';
import { renderSarif } from '../../output/sarif.js';
import { renderReport } from '../../report/index.js';
import { addScanOptions, type CommonOptions, formatOption, progressFor, projectScanOptions } from '../common-options.js';
import { checkExitCode } from '../exit-code.js';
import { emit, isStdout, stderrPalette, stdoutPalette } from '../io.js';

interface CheckOptions extends CommonOptions {
  format: 'text' | 'sarif' | 'json';
  baseline?: string;
  updateBaseline?: boolean;
}

export const DEFAULT_BASELINE = 'privmap-baseline.json';

export function checkCommand(): Command {
  return addScanOptions(new Command('check'))
    .description('Fail (exit 1) when personal data is processed without a declared purpose, or the policy has errors')
    .addOption(formatOption(['text', 'sarif', 'json'], 'text'))
    .option('-b, --baseline <file>', `fail only on undeclared elements not in this baseline (default file name: ${DEFAULT_BASELINE})`)
    .option('--update-baseline', 'write the current undeclared elements to the baseline file and exit 0')
    .addHelpText(
      'after',
      `
Exit codes: 0 clean, 1 undeclared personal data or policy errors, 2 usage or configuration errors.

Examples:
  $ privmap check                                   # human summary
  $ privmap check -f sarif -o privmap.sarif         # for GitHub code scanning
  $ privmap check --update-baseline                 # adopt on an existing codebase
  $ privmap check --baseline privmap-baseline.json  # fail only on new findings`,
    )
    .action(async (dir: string, options: CheckOptions) => {
      const progress = progressFor(options);
      const scanOptions = projectScanOptions(dir, options, progress); // checks the input before the scanner loads
      const baselineFile = resolve(options.baseline ?? join(dir, DEFAULT_BASELINE));
      // A broken baseline is reported before a long scan, not after it.
      const baseline = options.baseline && !options.updateBaseline ? readBaseline(baselineFile) : undefined;
      const inventory = await (await loadPipeline()).scanProject(scanOptions);
      progress.stop();
      if (!options.quiet && !options.verbose) writeSkippedSchemas(inventory.skipped);
      if (options.updateBaseline) {
        const created = createBaseline(inventory);
        writeBaseline(baselineFile, created);
        if (!options.quiet) process.stderr.write(`wrote ${created.entries.length} undeclared element(s) to ${baselineFile}\n`);
        return;
      }
      // The first CI run comes before anyone ran --update-baseline: an empty baseline, said out loud.
      if (options.baseline && !baseline) process.stderr.write(`${stderrPalette().yellow('warning:')} baseline ${baselineFile} does not exist yet; checking without one (create it with --update-baseline)\n`);
      const comparison = compareWithBaseline(inventory, baseline);
      const text =
        options.format === 'sarif'
          ? renderSarif(inventory, { scanRoot: resolve(dir), baseline: comparison })
          : options.format === 'json'
            ? renderReport(inventory, 'json')
            : renderCheckSummary(inventory, { palette: stdoutPalette(options.output), comparison, limit: 20, verbose: Boolean(options.verbose) });
      // Set before writing, so a reader that closes the pipe early still sees the verdict.
      process.exitCode = checkExitCode(inventory, comparison);
      emit(text, options.output, { quiet: options.quiet, what: options.format === 'text' ? 'the check summary' : options.format === 'sarif' ? 'SARIF' : 'the JSON report' });
      if (!isStdout(options.output) && options.format !== 'text' && !options.quiet) {
        process.stderr.write(renderCheckSummary(inventory, { palette: stderrPalette(), comparison, limit: 5, verbose: false }));
      }
    });
}
