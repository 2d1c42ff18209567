import { Command } from 'commander';
import { scanProject } from '../../pipeline.js';
import { renderReport } from '../../report/index.js';
import { renderGitlab } from '../../output/gitlab.js';
import { renderSarif } from '../../output/sarif.js';
import { renderTable } from '../../output/table.js';
import { addScanOptions, type CommonOptions, formatOption, progressFor, projectScanOptions } from '../common-options.js';
import { emit, stderrPalette, stdoutPalette } from '../io.js';
import { resolve } from 'node:path';

interface ScanOptions extends CommonOptions {
  format: 'table' | 'json' | 'sarif' | 'csv' | 'gitlab';
}

export function scanCommand(): Command {
  return addScanOptions(new Command('scan'))
    .description('List every place that holds or moves personal data, with its purposes and status')
    .addOption(formatOption(['table', 'json', 'sarif', 'csv', 'gitlab'], 'table'))
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
      const inventory = await scanProject(projectScanOptions(dir, options, progress));
      progress.stop();
      const text =
        options.format === 'table'
          ? renderTable(inventory, { palette: stdoutPalette(options.output), verbose: Boolean(options.verbose) })
          : options.format === 'sarif'
            ? renderSarif(inventory, { scanRoot: resolve(dir) })
            : options.format === 'gitlab'
              ? renderGitlab(inventory, { scanRoot: resolve(dir) })
              : renderReport(inventory, options.format);
      emit(text, options.output);
      if (!options.quiet) {
        const p = stderrPalette();
        for (const warning of inventory.warnings) process.stderr.write(`${p.yellow('warning:')} ${warning}\n`);
        if (inventory.skipped.length) process.stderr.write(p.dim(`${inventory.skipped.length} input(s) skipped${options.verbose ? ':' : ' (--verbose lists them)'}\n`));
        if (!options.verbose) for (const s of inventory.skipped) if (s.reason === 'not-scanned') process.stderr.write(p.dim(`${s.detail}\n`));
        if (options.verbose) for (const s of inventory.skipped) process.stderr.write(p.dim(`  ${s.file}${s.line ? `:${s.line}` : ''}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}\n`));
      }
    });
}
