/** Every generated file is committed and up to date (`npm run generate` rewrites them). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generators } from '../src/generated.js';
import { repoRoot } from './helpers/cli.js';

describe('generated files', () => {
  for (const [name, load] of Object.entries(generators)) {
    it(`${name} is up to date (run \`npm run generate\` if this fails)`, async () => {
      const generate = await load();
      for (const file of generate()) {
        expect(readFileSync(join(repoRoot, file.path), 'utf8'), file.path).toBe(file.content);
      }
    });
  }
});
