import { Command } from 'commander';
import { loadPipeline } from '../load-pipeline.js';
import { writeSkippedSchemas } from '../notes.js';
import { exportFides } from '../../report/fides.js';
import { addScanOptions, type CommonOptions, formatOption, progressFor, projectScanOptions } from '../common-options.js';
import { emit } from '../io.js';

export function exportCommand(): Command {
  return addScanOptions(new Command('export'))
    .description('Export the scanned data map for other tools (fideslang dataset and system manifests)')
    .addOption(formatOption(['fides'], 'fides'))
    .addHelpText('after', '\nExample:\n  $ privmap export -f fides -o .fides/privmap.yml')
    .action(async (dir: string, options: CommonOptions) => {
      const progress = progressFor(options);
      const scanOptions = projectScanOptions(dir, options, progress); // checks the input before the scanner loads
      const inventory = await (await loadPipeline()).scanProject(scanOptions);
      progress.stop();
      if (!options.quiet && !options.verbose) writeSkippedSchemas(inventory.skipped);
      emit(exportFides(inventory), options.output, { quiet: options.quiet, what: 'the fides manifests' });
    });
}
