import { Command } from 'commander';
import { loadPipeline } from '../load-pipeline.js';
import { addScanOptions, type CommonOptions, formatOption, progressFor, projectScanOptions } from '../common-options.js';
import { emit, stdoutPalette } from '../io.js';
import type { TextSink } from '../../output/text-sink.js';
import type { Inventory } from '../../inventory/types.js';
import { resolve } from 'node:path';
import { formatTitle } from '../format-titles.js';
import { runReplay } from '../replay-run.js';
import type { KeptPolicy, ProjectScanOptions } from '../../pipeline.js';

async function reportWriter(inventory: Inventory, format: 'json' | 'csv'): Promise<(sink: TextSink) => void> {
  const { writeReport } = await import('../../report/index.js');
  return (sink: TextSink) => writeReport(inventory, format, sink);
}

interface ScanOptions extends CommonOptions {
  format: 'table' | 'json' | 'sarif' | 'csv' | 'gitlab';
  watch?: boolean;
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
    .option('-w, --watch', 'stay running: scan again after each change to the project, keeping the scanner loaded (see the README, "Watch mode")')
    .action(async (dir: string, options: ScanOptions) => {
      const progress = progressFor(options);
      const scanOptions = projectScanOptions(dir, options, progress, { allowMissingPolicy: true }); // checks the input before the scanner loads
      if (!options.watch) return void (await scanOnce(dir, options, scanOptions, true));
      const { watchCommand } = await import('../watch-command.js');
      // Never replayed: the first run loads the scanner the later ones keep.
      const kept: ProjectScanOptions & { kept: KeptPolicy } = { ...scanOptions, kept: {} };
      await watchCommand('scan', dir, options, kept.kept, async () => void (await scanOnce(dir, options, kept, false)));
    });
}

/** One scan and its output; `replayable` false skips the replay (a watch knows the files changed). */
async function scanOnce(dir: string, options: ScanOptions, scanOptions: ProjectScanOptions, replayable: boolean): Promise<void> {
  const progress = scanOptions.onProgress as ReturnType<typeof progressFor>;
  const what = options.format === 'table' ? 'the inventory' : `the ${formatTitle(options.format)} inventory`;
  // Nothing it read changed since the same command last ran: its output again, without loading the scanner.
  const replay = replayable ? runReplay('scan', dir, options) : undefined;
  const replayed = replay?.replayed();
  if (replayed) {
    emit(replayed.output, options.output, { quiet: options.quiet, what });
    if (!options.quiet) process.stderr.write(replayed.notes);
    return;
  }
  const scan = async () => (await loadPipeline()).scanProject(scanOptions);
  const inventory = await (replay ? replay.record(scan) : scan());
  progress.stop();
  // Each format's renderer is loaded when asked for: the table's (cli-table3 and its colours) and SARIF's
  // rule texts cost a JSON run's start-up 20-30 ms of CPU, a few percent of a warm scan.
  const text =
    options.format === 'table'
      ? (await import('../../output/table.js')).renderTable(inventory, { palette: stdoutPalette(options.output), verbose: Boolean(options.verbose) })
      : options.format === 'sarif'
        ? (await import('../../output/sarif.js')).renderSarif(inventory, { scanRoot: resolve(dir) })
        : options.format === 'gitlab'
          ? (await import('../../output/gitlab.js')).renderGitlab(inventory, { scanRoot: resolve(dir) })
          : await reportWriter(inventory, options.format as 'json' | 'csv');
  emit(replay ? replay.keep(text) : text, options.output, { quiet: options.quiet, what });
  let notes = '';
  // Loaded here: the notes read the policy's module (YAML, its validator), which a replayed run never needs.
  const { writeScanNotes } = await import('../notes.js');
  writeScanNotes(inventory, Boolean(options.verbose), (text) => void (notes += text));
  if (!options.quiet) process.stderr.write(notes);
  replay?.save(notes, inventory.policy.sql.length === 0);
}
