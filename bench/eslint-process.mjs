// One `eslint` process over a repository, as CI runs it: ESLint, the parser and privmap loaded from scratch,
// privmap's project state (every file's module facts, the wrapper summaries) built on the first file that
// needs it. Run by bench/eslint.bench.mjs as a child process; prints one JSON line.
//
//   node bench/eslint-process.mjs '{"dir": "...", "version": "5.9", "dist": "...", "withPrivmap": true}'
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintOnce, setupFor } from './eslint-lint.mjs';

const { dir, version, dist, withPrivmap } = JSON.parse(process.argv[2]);
const { parser, baseline } = setupFor(version);
const configs = [...baseline];
if (withPrivmap) {
  const { default: privmap } = await import(pathToFileURL(join(dist, 'eslint', 'index.js')).href);
  // The policy is the privacy.yml at the repository's root, found upward from each file, as users have it.
  configs.push(privmap.configs.recommended);
}
const run = await lintOnce(dir, ['**/*.ts', '**/*.tsx'], parser, configs);
const used = process.cpuUsage();
const slowest = [...run.perFile].sort((a, b) => b.ms - a.ms)[0];
// ESLint reports files in the order it linted them: the first is the one that pays for privmap's start.
const first = run.perFile[0];
console.log(JSON.stringify({ seconds: run.seconds, cpuSeconds: run.cpuSeconds, processCpuSeconds: (used.user + used.system) / 1e6, messages: run.messages, slowest, first }));
