import { Command } from 'commander';
import { loadPipeline } from '../load-pipeline.js';
import { writeSkippedSchemas } from '../notes.js';
import { readFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { readPreviousReport, type ReportFormat, writeReport } from '../../report/index.js';
import type { TextSink } from '../../output/text-sink.js';
import { addScanOptions, type CommonOptions, formatOption, progressFor, projectScanOptions } from '../common-options.js';
import { emit } from '../io.js';
import { formatTitle } from '../format-titles.js';

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
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code ? code : `not JSON: ${(error as Error).message.split('\n')[0]}`;
    throw new UsageError(`--compare: cannot read ${file} as a privmap JSON report (${reason})`);
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
  $ privmap report                       # on a terminal: writes privmap-report.html
  $ privmap report -o privacy-record.html
  $ privmap report -o -                  # HTML to stdout, even on a terminal
  $ privmap report -f json -o record.json && privmap report --compare record.json -f markdown`,
    )
    .action(async (dir: string, options: ReportOptions) => {
      if (options.repo && !options.store) throw new UsageError('--repo needs --store');
      const generatedAt = generatedAtOf(options.generatedAt);
      if (options.store) {
        const compare = options.compare ? readPreviousReport(readPrevious(options.compare), options.compare) : undefined;
        const { renderStoreReport } = await import('../../store/render.js');
        const text = await renderStoreReport(options.format, { store: options.store, ...(options.repo ? { repositories: options.repo } : {}), ...(compare ? { compare: compare as never } : {}), ...(generatedAt ? { generatedAt } : {}) });
        emit(text, reportOutput(options), { quiet: options.quiet, what: `the organisation's ${formatTitle(options.format)} report` });
        return;
      }
      const progress = progressFor(options);
      const scanOptions = projectScanOptions(dir, options, progress); // checks the input before the scanner loads
      // A previous report that is not one is reported before a long scan, not after it.
      const compare = options.compare ? readPreviousReport(readPrevious(options.compare), options.compare) : undefined;
      const inventory = await (await loadPipeline()).scanProject(scanOptions);
      progress.stop();
      if (!options.quiet && !options.verbose) writeSkippedSchemas(inventory.skipped);
      const write = (sink: TextSink) => writeReport(inventory, options.format, sink, { ...(compare ? { compare: compare as never } : {}), ...(generatedAt ? { generatedAt } : {}) });
      emit(write, reportOutput(options), { quiet: options.quiet, what: `the ${formatTitle(options.format)} report` });
    });
}

/**
 * 88 kB of HTML on a terminal helps nobody: there, `report` writes privmap-report.html (and says so) unless
 * `-o -` asks for stdout. In a pipe or a redirect, stdout as usual; other formats are readable text.
 */
export function reportOutput(options: Pick<ReportOptions, 'output' | 'format'>, stdoutIsTerminal = process.stdout.isTTY === true): string | undefined {
  if (options.output !== undefined) return options.output;
  return options.format === 'html' && stdoutIsTerminal ? DEFAULT_HTML_REPORT : undefined;
}

export const DEFAULT_HTML_REPORT = 'privmap-report.html';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `--generated-at`: now when given bare, else the date as written, checked before the scan: the record is a
 * legal document, and `on notadate` or `on 2026-13-45` in it is a typo nobody meant to publish.
 */
export function generatedAtOf(value: string | boolean | undefined): string | undefined {
  if (value === true) return new Date().toISOString();
  if (!value) return undefined;
  const match = ISO_DATE.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  const isRealDay = day !== undefined && day.getUTCMonth() === Number(match![2]) - 1 && day.getUTCDate() === Number(match![3]);
  if (!isRealDay || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--generated-at expects an ISO 8601 date or date-time (2026-11-30, 2026-11-30T12:00:00Z), got "${value}"`);
  }
  return value;
}
