import { Command } from 'commander';
import { VERSION } from '../version.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { dsarCommand } from './commands/dsar.js';
import { exportCommand } from './commands/export.js';
import { initCommand } from './commands/init.js';
import { pushCommand } from './commands/push.js';
import { reportCommand } from './commands/report.js';
import { scanCommand } from './commands/scan.js';
import { storeCommand } from './commands/store.js';

export function createProgram(): Command {
  const program = new Command('privmap')
    .description('Find personal data in code and databases and check it against your privacy policy (GDPR Art. 30)')
    .version(VERSION)
    .showSuggestionAfterError()
    .addHelpText(
      'after',
      `
Start:
  $ privmap init            # write a privacy.yml to fill in
  $ privmap check           # fail CI on undeclared personal data
  $ privmap report          # the record of processing activities, as HTML`,
    );
  for (const command of [checkCommand(), diffCommand(), dsarCommand(), exportCommand(), initCommand(), pushCommand(), reportCommand(), scanCommand(), storeCommand()]) {
    program.addCommand(command);
  }
  return program;
}
