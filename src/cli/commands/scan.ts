import { Command } from 'commander';
import { loadPipeline } from '../load-pipeline.js';
import { writeReport } from '../../report/index.js';
import { renderGitlab } from '../../output/gitlab.js';
import { renderSarif } from '../../output/sarif.js';
import { renderTable } from '../../output/table.js';
import { addScanOptions, type CommonOptions, formatOption, progressFor, projectScanOptions } from '../common-options.js';
import { emit, stdoutPalette } from '../io.js';
import type { TextSink } from '../../output/text-sink.js';
import { writeScanNotes } from '../notes.js';
import { resolve } from 'node:path';
import { formatTitle } from '../format-titles.js';

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
      const scanOptions = projectScanOptions(dir, options, progress, { allowMissingPolicy: true }); // checks the input before the scanner loads
      const inventory = await (await loadPipeline()).scanProject(scanOptions);
      progress.stop();
      const text =
        options.format === 'table'
          ? renderTable(inventory, { palette: stdoutPalette(options.output), verbose: Boolean(options.verbose) })
          : options.format === 'sarif'
            ? renderSarif(inventory, { scanRoot: resolve(dir) })
            : options.format === 'gitlab'
              ? renderGitlab(inventory, { scanRoot: resolve(dir) })
              : (sink: TextSink) => writeReport(inventory, options.format as 'json' | 'csv', sink);
      emit(text, options.output, { quiet: options.quiet, what: options.format === 'table' ? 'the inventory' : `the ${formatTitle(options.format)} inventory` });
      if (!options.quiet) writeScanNotes(inventory, Boolean(options.verbose));
    });
}
