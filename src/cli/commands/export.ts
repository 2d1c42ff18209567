import { Command } from 'commander';
import { scanProject } from '../../pipeline.js';
import { exportFides } from '../../report/fides.js';
import { addScanOptions, databaseOptions, formatOption, progressFor, type CommonOptions } from '../common-options.js';
import { emit } from '../io.js';

export function exportCommand(): Command {
  return addScanOptions(new Command('export'))
    .description('Export the scanned data map for other tools (fideslang dataset and system manifests)')
    .addOption(formatOption(['fides'], 'fides'))
    .addHelpText('after', '\nExample:\n  $ privmap export -f fides -o .fides/privmap.yml')
    .action(async (dir: string, options: CommonOptions) => {
      const progress = progressFor(options);
      const database = databaseOptions(options);
      const inventory = await scanProject({ dir, ...(options.policy ? { policyFile: options.policy } : {}), ...(database ? { database } : {}), onProgress: progress });
      progress.stop();
      emit(exportFides(inventory), options.output);
    });
}
