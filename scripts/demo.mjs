// `npm run demo`: privmap's main job on the bundled sample app, as a newcomer would run it by hand.
// The sample deliberately contains undeclared processing, so `check` exits 1 here; the demo itself succeeds.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const sample = relative(process.cwd(), join(root, 'fixtures', 'sample-app')) || '.';
const out = join(root, 'demo-output');
mkdirSync(out, { recursive: true });

function run(title, args) {
  console.log(`\n\u001b[1m$ privmap ${args.join(' ')}\u001b[0m   # ${title}`);
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: process.cwd() });
  return result.status;
}

run('every place the sample app holds or sends personal data', ['scan', sample]);
const status = run('what CI would say', ['check', sample]);
console.log(`\n(exit code ${status}: the sample app deliberately has undeclared processing — see fixtures/sample-app/README.md)`);
run('the record of processing activities for the privacy team', ['report', sample, '--output', join(out, 'report.html')]);
run('the same as Markdown', ['report', sample, '--format', 'markdown', '--output', join(out, 'report.md')]);
run('SARIF for GitHub code scanning', ['check', sample, '--format', 'sarif', '--output', join(out, 'privmap.sarif'), '--quiet']);
console.log(`\nOpen ${relative(process.cwd(), join(out, 'report.html'))} in a browser for the HTML report.`);
