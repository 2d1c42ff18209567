import { Command } from 'commander';
import { connectStore, resolveStoreUrl, STORE_URL_ENV } from '../../store/connect.js';
import { migrateStore } from '../../store/migrate.js';
import { LATEST_VERSION } from '../../store/migrations/index.js';

export function storeOption(command: Command): Command {
  return command.option('--store <url>', `the privmap store (PostgreSQL URL; default: $${STORE_URL_ENV}); never printed`);
}

export function storeCommand(): Command {
  const init = storeOption(new Command('init'))
    .exitOverride()
    .description(`Create privmap's schema in a PostgreSQL database, or upgrade it to version ${LATEST_VERSION} (idempotent; safe to run concurrently)`)
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (options: { store?: string; quiet?: boolean }) => {
      const store = await connectStore(resolveStoreUrl(options.store));
      try {
        const result = await migrateStore(store);
        if (options.quiet) return;
        const what = result.applied.length ? `upgraded from version ${result.from} to ${result.to} (${result.applied.map((a) => `${a.version} ${a.name}`).join(', ')})` : `already at version ${result.to}`;
        process.stderr.write(`privmap store at ${store.where}: ${what}\n`);
      } finally {
        await store.close();
      }
    });
  return new Command('store')
    .description('The organisation-wide store of scans in PostgreSQL (see docs/store.md)')
    .addCommand(init)
    .addHelpText('after', `\nExample:\n  $ export ${STORE_URL_ENV}=postgres://privmap@db.internal/privacy\n  $ privmap store init`);
}
