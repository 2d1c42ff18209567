#!/usr/bin/env node
/**
 * The exit-code contract: 0 clean, 1 undeclared personal data or policy errors (set by `check`), 2 anything
 * wrong with the input or the run. Known errors are one clear line; anything else is a bug and says so in
 * one line, with its stack only under --verbose. No stack trace ever reaches a user, and a reader that stops
 * early (`privmap report | head -1`) ends the run quietly.
 */
import { CommanderError } from 'commander';
import { stderrPalette } from './io.js';
import { oneLine, writeError } from './report-error.js';

const verbose = process.argv.slice(2).some((arg) => arg === '--verbose' || /^-[a-zA-Z]*v[a-zA-Z]*$/.test(arg));

let reported = false;

/** Turns an error into its message on stderr and the exit code of the contract (always 2); one per run. */
function reportError(error: unknown): 2 {
  // A second error while failing (the same bug hit again on the way out) would only repeat the first.
  if (reported) return 2;
  reported = true;
  writeError(error, verbose);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  // Loaded after the handlers below are in place: the scanner (TypeScript and all) takes a moment to load,
  // and an interrupt or a broken pipe during it follows the contract too.
  const { createProgram } = await import('./program.js');
  const program = await createProgram(argv);
  // commander's usage errors in the contract's form too: one line, `privmap: error …`, its suggestion kept.
  const outputError = (text: string, write: (line: string) => void) =>
    write(`privmap: ${stderrPalette().red('error')} ${oneLine(text.replace(/^error:\s*/, '').replace(/\(Did you mean/, '(did you mean'))}\n`);
  const all = (command: typeof program): (typeof program)[] => [command, ...command.commands.flatMap(all)];
  for (const command of all(program)) command.exitOverride().configureOutput({ outputError });
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    // Help and version "errors" are successes; everything else commander rejects is a usage error (it has
    // already printed its one line).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    return reportError(error);
  }
}

/** A reader that closed the pipe wants no more output: stop quietly with the code the run has so far. */
function quietOnBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.exit(reportError(error));
  });
}
quietOnBrokenPipe(process.stdout);
quietOnBrokenPipe(process.stderr);

// Errors thrown outside the awaited chain (a socket callback, a stream) follow the same contract.
process.on('uncaughtException', (error) => process.exit(reportError(error)));
process.on('unhandledRejection', (error) => process.exit(reportError(error)));
// Node prints a warning as several lines plus a hint about `node --trace-warnings` (pg's about `sslmode=require`
// is ten lines on every run): one line in the contract's form instead. Deprecations and experimental features
// of the packages privmap uses are nothing a user can act on, so they show only under --verbose.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (!verbose && (warning.name === 'DeprecationWarning' || warning.name === 'ExperimentalWarning')) return;
  process.stderr.write(`privmap: ${stderrPalette().yellow('warning')} ${oneLine(warning.message.split('\n')[0] ?? '')}\n`);
});
// Interrupted: every output file is written atomically, so nothing half-written is left; say so in one line.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    try {
      process.stderr.write(`privmap: interrupted by ${signal}; no output file was changed\n`);
    } finally {
      process.exit(2);
    }
  });
}

process.exitCode = await main(process.argv);
