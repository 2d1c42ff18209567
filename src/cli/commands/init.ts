import { Command } from 'commander';
import { resolve } from 'node:path';
import { initPolicy } from '../../policy/index.js';

export function initCommand(): Command {
  return new Command('init')
    .description('Write a commented privacy.yml to start from (never overwrites an existing one)')
    .argument('[dir]', 'where to write privacy.yml', '.')
    .addHelpText('after', '\nExample:\n  $ privmap init && $EDITOR privacy.yml')
    .action((dir: string) => {
      const file = initPolicy(resolve(dir));
      process.stdout.write(`wrote ${file}\nEdit the controller, purposes and recipients, then run \`privmap check\`.\n`);
    });
}
