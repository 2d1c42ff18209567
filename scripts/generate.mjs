// Writes every generated file (see src/generated.ts). Run through `npm run generate`, which builds first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generators } from '../dist/generated.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [name, load] of Object.entries(generators).sort(([a], [b]) => a.localeCompare(b))) {
  const generate = await load();
  for (const file of generate()) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    console.log(`${name}: wrote ${file.path}`);
  }
}
