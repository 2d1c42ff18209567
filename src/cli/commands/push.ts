import { Command } from 'commander';
import { scanProject } from '../../pipeline.js';
import { connectStore, resolveStoreUrl } from '../../store/connect.js';
import { pushScan } from '../../store/push.js';
import { scanRecord } from '../../store/record.js';
import { scanIdentity, type IdentityFlags } from '../../store/scan-identity.js';
import { addScanOptions, type CommonOptions, progressFor, projectScanOptions } from '../common-options.js';
import { storeOption } from './store.js';

interface PushOptions extends CommonOptions, IdentityFlags {
  store?: string;
}

export function pushCommand(): Command {
  return storeOption(addScanOptions(new Command('push')))
    .description('Scan the project and upload the result to the organisation store (one scan per repository and commit)')
    .option('--repo <name>', 'repository name (default: from CI variables or the git remote)')
    .option('--commit <sha>', 'commit (default: from CI variables or git)')
    .option('--branch <name>', 'branch (default: from CI variables or git)')
    .option('--time <iso-date>', 'when the scan was taken (default: now)')
    .addHelpText(
      'after',
      `
Examples:
  $ privmap push                                  # in CI, with PRIVMAP_STORE_URL set
  $ privmap push services/billing --db --repo acme/billing`,
    )
    .action(async (dir: string, options: PushOptions) => {
      const identity = scanIdentity(dir, options);
      const url = resolveStoreUrl(options.store);
      const progress = progressFor(options);
      const inventory = await scanProject(projectScanOptions(dir, options, progress));
      progress.stop();
      const store = await connectStore(url);
      try {
        const result = await pushScan(store, scanRecord(inventory, identity));
        if (!options.quiet) {
          const what =
            result.outcome === 'unchanged'
              ? 'already stored, unchanged'
              : `${result.outcome === 'created' ? 'stored' : 'replaced'} ${result.elements} element(s): ${result.appeared} appeared, ${result.disappeared} disappeared`;
          process.stderr.write(`privmap push ${result.repository}@${result.commit.slice(0, 12)} to ${store.where}: ${what}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
