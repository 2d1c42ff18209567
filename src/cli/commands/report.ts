import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { scanProject } from '../../pipeline.js';
import { renderReport, type ReportFormat } from '../../report/index.js';
import { renderStoreReport } from '../../store/render.js';
import { addScanOptions, type CommonOptions, formatOption, progressFor, projectScanOptions } from '../common-options.js';
import { emit } from '../io.js';

interface ReportOptions extends CommonOptions {
  format: ReportFormat;
  compare?: string;
  generatedAt?: string | boolean;
  store?: string | true;
  repo?: string[];
}

function readPrevious(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--compare: cannot read ${file} as a privmap JSON report (${(error as Error).message})`);
  }
}

export function reportCommand(): Command {
  return addScanOptions(new Command('report'))
    .description('Produce the record of processing activities (GDPR Art. 30) from the code and databases')
    .addOption(formatOption(['html', 'markdown', 'csv', 'json'], 'html'))
    .option('--compare <previous.json>', 'show what appeared and disappeared since a previous JSON report')
    .option('--generated-at [iso-date]', 'stamp the report with a date (default: none, so output is reproducible)')
    .option('--store [url]', "the organisation's record from the privmap store instead of a scan (URL or $PRIVMAP_STORE_URL; never printed)")
    .option('--repo <name...>', 'with --store: only these repositories')
    .addHelpText(
      'after',
      `
Examples:
  $ privmap report -o privacy-record.html
  $ privmap report -f json -o record.json && privmap report --compare record.json -f markdown`,
    )
    .action(async (dir: string, options: ReportOptions) => {
      if (options.repo && !options.store) throw new UsageError('--repo needs --store');
      if (options.store) {
        const generatedAt = options.generatedAt === true ? new Date().toISOString() : options.generatedAt || undefined;
        const compare = options.compare ? readPrevious(options.compare) : undefined;
        emit(await renderStoreReport(options.format, { store: options.store, ...(options.repo ? { repositories: options.repo } : {}), ...(compare ? { compare: compare as never } : {}), ...(generatedAt ? { generatedAt } : {}) }), options.output);
        return;
      }
      const progress = progressFor(options);
      const inventory = await scanProject(projectScanOptions(dir, options, progress));
      progress.stop();
      const generatedAt = options.generatedAt === true ? new Date().toISOString() : options.generatedAt || undefined;
      const compare = options.compare ? readPrevious(options.compare) : undefined;
      emit(renderReport(inventory, options.format, { ...(compare ? { compare: compare as never } : {}), ...(generatedAt ? { generatedAt } : {}) }), options.output);
    });
}
