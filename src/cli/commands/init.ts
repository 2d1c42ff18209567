import { Command } from 'commander';
import { loadPipeline } from '../load-pipeline.js';
import { resolve } from 'node:path';
import { initPolicy, proposePolicy, type InitProposal } from '../../policy/index.js';
import { checkProjectDir, progressFor } from '../common-options.js';

interface InitOptions {
  scan: boolean;
  quiet?: boolean;
}

export function initCommand(): Command {
  return new Command('init')
    .description('Write a commented privacy.yml to start from, with what a scan of the project found (never overwrites)')
    .argument('[dir]', 'the project: where to scan and write privacy.yml', '.')
    .option('--no-scan', 'write the template only, without scanning the project for proposals')
    .option('-q, --quiet', 'print nothing but errors')
    .addHelpText(
      'after',
      `
Then:
  $ $EDITOR privacy.yml                 # the controller, purposes, and the proposals marked TODO
  $ privmap check --update-baseline     # accept what is undeclared today (commit privmap-baseline.json)
  $ privmap check --baseline privmap-baseline.json   # passes; fails only on new undeclared processing`,
    )
    .action(async (dir: string, options: InitOptions) => {
      let proposal: InitProposal | undefined;
      // Also under --no-scan: a mistyped folder is a usage error, not a new folder with a policy in it.
      checkProjectDir(dir);
      if (options.scan) {
        const progress = progressFor(options);
        const inventory = await (await loadPipeline()).scanProject({ dir, allowMissingPolicy: true, onProgress: progress });
        progress.stop();
        // Flows found, plus the vendors package.json depends on (inventory.thirdParties), as recipients to confirm.
        proposal = proposePolicy(inventory);
      }
      const file = initPolicy(resolve(dir), proposal);
      if (options.quiet) return;
      const found = proposal
        ? ` with ${proposal.categories.length} categor${proposal.categories.length === 1 ? 'y' : 'ies'}, ${proposal.recipients.length} recipient(s) and ${proposal.processing.length} folder(s) to confirm`
        : '';
      process.stderr.write(`wrote ${file}${found}\nNext: fill in the controller and purposes (search for TODO), then run \`privmap check --update-baseline\` and \`privmap check\`.\n`);
    });
}
