/**
 * The README's snippets that the packaging test runs, found by their `<!-- readme-test: name -->` marker, so
 * the README and the test cannot drift: change a snippet and the test runs the new one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';

export function readmeSnippet(name: string, readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')): string {
  const marker = `<!-- readme-test: ${name} -->`;
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README.md has no snippet marked ${marker}`);
  const fence = /^([ \t]*)```[^\n]*\n([\s\S]*?)^\1```/m.exec(readme.slice(at + marker.length));
  if (!fence) throw new Error(`no code block after ${marker}`);
  const indent = fence[1]!;
  return fence[2]!
    .split('\n')
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}

/** The commands of a shell snippet: one per line, comments dropped. */
export function shellCommands(snippet: string): string[] {
  return snippet
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The packages an `npm install --save-dev a b c` line installs. */
export function installedPackages(command: string): string[] {
  const words = command.split(/\s+/);
  if (words[0] !== 'npm' || !['install', 'i', 'add'].includes(words[1] ?? '')) throw new Error(`not an npm install line: ${command}`);
  return words.slice(2).filter((w) => !w.startsWith('-'));
}
