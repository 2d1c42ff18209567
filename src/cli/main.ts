#!/usr/bin/env node
import { CommanderError } from 'commander';
import { PolicyError, PrivmapError } from '../errors.js';
import { stderrPalette } from './io.js';
import { createProgram } from './program.js';

/** Known errors become one clear message and exit code 2; unknown ones keep their stack (they are bugs). */
async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successes; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    const p = stderrPalette();
    if (error instanceof PolicyError) {
      for (const problem of error.problems) process.stderr.write(`${problem.file}:${problem.line}:${problem.col}: ${p.red('error')} ${problem.message}\n`);
      return 2;
    }
    if (error instanceof PrivmapError) {
      process.stderr.write(`privmap: ${p.red('error')} ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv);
