/** Shared by the code scanner tests: an engine without a policy file, and fixture paths. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { createDetector } from '../../../src/detect/index.js';
import type { Engine } from '../../../src/engine.js';
import type { FieldFinding } from '../../../src/finding.js';
import { loadSinkCatalogue } from '../../../src/flows/catalogue.js';
import { scanCode } from '../../../src/scan/code/index.js';
import { repoRoot } from '../../helpers/cli.js';

export const fixtures = join(repoRoot, 'fixtures', 'scan', 'code');

/** The detector and sink catalogue the CLI builds from a policy, without one (built-in rules only). */
export const engine = { detector: createDetector({ defaultRegion: 'NO' }), sinks: loadSinkCatalogue([]) } as unknown as Engine;

export async function fieldsOf(scenario: string): Promise<FieldFinding[]> {
  const result = await scanCode(join(fixtures, scenario), { engine });
  return result.findings.filter((f): f is FieldFinding => f.kind === 'field');
}

/** `container.field category`, sorted: what most assertions compare. */
export function summary(findings: FieldFinding[], describe: (f: FieldFinding) => string = (f) => `${f.container}.${f.field} ${f.category}`): string[] {
  return findings.map(describe).sort();
}

/**
 * A fixture copied to a temporary directory, with a leading `__` removed from every path segment. Git
 * will not commit `node_modules/`, `dist/` or what a fixture's own `.gitignore` excludes, so those are
 * stored as `__node_modules/`, `__dist/`, `__.gitignore` and materialised here.
 */
export function materialise(scenario: string): string {
  const source = join(fixtures, scenario);
  const target = mkdtempSync(join(tmpdir(), `privmap-${scenario}-`));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const rel = relative(source, path).split(/[\\/]/).map((segment) => segment.replace(/^__/, '')).join('/');
      mkdirSync(dirname(join(target, rel)), { recursive: true });
      cpSync(path, join(target, rel));
    }
  };
  walk(source);
  return target;
}
