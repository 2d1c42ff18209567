import { Command } from 'commander';
import { VERSION } from '../version.js';

/**
 * Each command's module, loaded only when it runs: together they pull in the database drivers, PGlite, the
 * diff and the reporters, which cost 0.4 s of CPU at every start (a warm `scan` needs none of it). In the
 * order `privmap --help` lists them.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.js')).checkCommand(),
  diff: async () => (await import('./commands/diff.js')).diffCommand(),
  dsar: async () => (await import('./commands/dsar.js')).dsarCommand(),
  export: async () => (await import('./commands/export.js')).exportCommand(),
  init: async () => (await import('./commands/init.js')).initCommand(),
  push: async () => (await import('./commands/push.js')).pushCommand(),
  report: async () => (await import('./commands/report.js')).reportCommand(),
  scan: async () => (await import('./commands/scan.js')).scanCommand(),
  store: async () => (await import('./commands/store.js')).storeCommand(),
};

/**
 * The program with the command `argv` names, or every command when it names none or an unknown one (help,
 * `privmap help <command>`, commander's "did you mean" suggestion). The program has no option taking a value,
 * so the first argument not starting with `-` is the command.
 */
export async function createProgram(argv: readonly string[] = process.argv): Promise<Command> {
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
  const named = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const names = named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
  for (const command of await Promise.all(names.map((name) => COMMANDS[name]!()))) program.addCommand(command);
  for (const command of program.commands) acceptVerbose(command);
  return program;
}

/**
 * An internal error says "--verbose shows where", so every command takes --verbose, also those with no evidence
 * to show (init, diff, dsar, store): there it only adds the stack of an internal error (main.ts reads it).
 */
function acceptVerbose(command: Command): void {
  if (!command.options.some((option) => option.long === '--verbose')) command.option('-v, --verbose', "show the stack of an internal error (for a bug report)");
  for (const sub of command.commands) acceptVerbose(sub);
}
