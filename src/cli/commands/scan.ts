import { Command } from 'commander';
import { loadPipeline } from '../load-pipeline.js';
import { renderReport } from '../../report/index.js';
import { renderSarif } from '../../output/sarif.js';
import { renderTable } from '../../output/table.js';
import { addScanOptions, type CommonOptions, formatOption, progressFor, projectScanOptions } from '../common-options.js';
import { emit, stderrPalette, stdoutPalette } from '../io.js';
import type { Skipped } from '../../finding.js';
import type { Inventory } from '../../inventory/types.js';
import { showName } from '../../output/display-name.js';
import { isUnjudged } from '../../policy/unjudged.js';
import { resolve } from 'node:path';

interface ScanOptions extends CommonOptions {
  format: 'table' | 'json' | 'sarif' | 'csv';
}

export function scanCommand(): Command {
  return addScanOptions(new Command('scan'))
    .description('List every place that holds or moves personal data, with its purposes and status')
    .addOption(formatOption(['table', 'json', 'sarif', 'csv'], 'table'))
    .addHelpText(
      'after',
      `
Examples:
  $ privmap scan                         # table of the current project
  $ privmap scan services/api -f json    # the inventory as JSON
  $ privmap scan --db --sample 200       # also the live database named by the policy's urlEnv
  $ privmap scan -f csv -o inventory.csv`,
    )
    .action(async (dir: string, options: ScanOptions) => {
      const progress = progressFor(options);
      const scanOptions = projectScanOptions(dir, options, progress, { allowMissingPolicy: true }); // checks the input before the scanner loads
      const inventory = await (await loadPipeline()).scanProject(scanOptions);
      progress.stop();
      const text =
        options.format === 'table'
          ? renderTable(inventory, { palette: stdoutPalette(options.output), verbose: Boolean(options.verbose) })
          : options.format === 'sarif'
            ? renderSarif(inventory, { scanRoot: resolve(dir) })
            : renderReport(inventory, options.format);
      emit(text, options.output, { quiet: options.quiet, what: options.format === 'table' ? 'the inventory' : `the ${options.format.toUpperCase()} inventory` });
      if (!options.quiet) writeScanNotes(inventory, Boolean(options.verbose));
    });
}

/** After the result, on stderr: the first-look hint, warnings, and every schema or migration that was skipped. */
export function writeScanNotes(inventory: Inventory, verbose: boolean): void {
  const p = stderrPalette();
  if (isUnjudged(inventory.policy)) {
    process.stderr.write(`${p.yellow('note:')} no privacy.yml found, so nothing is judged yet; \`privmap init\` writes one from what was found here\n`);
  }
  for (const warning of inventory.warnings) process.stderr.write(`${p.yellow('warning:')} ${showName(warning)}\n`);
  writeSkipped(inventory.skipped, verbose);
}

/** A skipped schema or migration hides a whole table, so it is named by default; skipped code files are counted. */
export function writeSkipped(skipped: Skipped[], verbose: boolean): void {
  const p = stderrPalette();
  const line = (s: Skipped) => `${showName(s.file)}${s.line ? `:${s.line}` : ''}: ${s.reason}${s.detail ? ` (${showName(s.detail.split('\n')[0]!)})` : ''}`;
  const schemas = skipped.filter((s) => SCHEMA_FILE.test(s.file) && s.reason !== 'ignored' && s.reason !== 'generated');
  for (const s of verbose ? [] : schemas) process.stderr.write(`${p.yellow('warning:')} skipped ${line(s)}\n`);
  if (skipped.length) process.stderr.write(p.dim(`${skipped.length} input(s) skipped${verbose ? ':' : ' (--verbose lists them)'}\n`));
  if (verbose) for (const s of skipped) process.stderr.write(p.dim(`  ${line(s)}\n`));
}

const SCHEMA_FILE = /\.(prisma|sql)$/i;
