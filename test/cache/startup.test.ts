/**
 * What a warm run no longer pays at start (issue 14): TypeScript is not loaded when every file is a cache hit,
 * the rule files' parsed form and the schema validators come from the build, and each is the same as what the
 * sources compute (a stale one is not used).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rulesTextHash } from '../../src/cache/parsed-rules.js';
import { schemaHash, VALIDATOR_OPTIONS } from '../../src/cache/validators.js';
import { conceptsFileSchema, lexiconFileSchema } from '../../src/detect/rule-schema.js';
import { sinkSchema } from '../../src/flows/sink-schema.js';
import { readDirEntries, withSharedListing } from '../../src/scan/dir-entries.js';
import { policySchema } from '../../src/policy/schema.js';
import { copyFixture, repoRoot, sampleApp } from '../helpers/cli.js';

const requireHere = createRequire(import.meta.url);
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Scans `dir` with the built scanner in a fresh process; says whether TypeScript got loaded. */
function scanInChild(dir: string, cacheDir: string): { typescript: boolean; findings: number; misses: number; detectorAsked: number } {
  const script = `
    const { scanCode } = await import(${JSON.stringify(join(repoRoot, 'dist/scan/code/index.js'))});
    const { openDiskCache, scanFingerprint } = await import(${JSON.stringify(join(repoRoot, 'dist/cache/index.js'))});
    const { isTypeScriptLoaded } = await import(${JSON.stringify(join(repoRoot, 'dist/scan/code/typescript-api.js'))});
    const { createDetector } = await import(${JSON.stringify(join(repoRoot, 'dist/detect/index.js'))});
    const { loadSinkCatalogue } = await import(${JSON.stringify(join(repoRoot, 'dist/flows/catalogue.js'))});
    const store = openDiskCache(${JSON.stringify(cacheDir)});
    const fingerprint = scanFingerprint({ detection: { rules: [], sinks: [] }, categories: ['name', 'address', 'phone', 'email'] });
    let detectorAsked = 0;
    let detector;
    const engine = { get detector() { detectorAsked++; return (detector ??= createDetector()); }, sinks: loadSinkCatalogue([]) };
    const result = await scanCode(${JSON.stringify(dir)}, { engine, workers: 0, cache: { store, fingerprint } });
    console.log(JSON.stringify({ typescript: isTypeScriptLoaded(), findings: result.findings.length, misses: store.stats.misses, detectorAsked }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()) as { typescript: boolean; findings: number; misses: number; detectorAsked: number };
}

describe('start-up of a warm scan', () => {
  it('loads TypeScript only when a file must be parsed', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const cacheDir = join(copy.dir, 'start-up-cache');
    const cold = scanInChild(copy.dir, cacheDir);
    expect(cold.typescript).toBe(true);
    expect(cold.misses).toBeGreaterThan(0);
    const warm = scanInChild(copy.dir, cacheDir);
    expect(warm).toEqual({ typescript: false, findings: cold.findings, misses: 0, detectorAsked: 0 });
  }, 120_000);

  it('a file edited and restored takes its result from the cache: neither TypeScript nor the detector is loaded', () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const cacheDir = join(copy.dir, 'start-up-cache');
    const file = join(copy.dir, 'src', 'customers', 'customer.service.ts');
    const original = readFileSync(file, 'utf8');
    const cold = scanInChild(copy.dir, cacheDir);
    writeFileSync(file, `${original}\n// edited\n`);
    const edited = scanInChild(copy.dir, cacheDir);
    expect(edited).toMatchObject({ typescript: true, misses: 1 });
    expect(edited.detectorAsked).toBeGreaterThan(0);
    // The snapshot holds the edited text's result; the restored text's is the cold scan's entry, read, not parsed.
    writeFileSync(file, original);
    expect(scanInChild(copy.dir, cacheDir)).toEqual({ typescript: false, findings: cold.findings, misses: 0, detectorAsked: 0 });
  }, 120_000);

  it("the build's parsed rule files are each rule file's YAML, under the hash of its current text", async () => {
    // The build's reader, next to the table it reads.
    const { parsedEntry } = (await import(pathToFileURL(join(repoRoot, 'dist/cache/parsed-rules.js')).href)) as typeof import('../../src/cache/parsed-rules.js');
    const lines = readFileSync(join(repoRoot, 'dist/rules.parsed.jsonl'), 'utf8').split('\n').filter(Boolean);
    const table = Object.fromEntries(lines.map((line) => JSON.parse(line) as [string, string, unknown]).map(([name, hash, data]) => [name, { hash, data }]));
    const ymlFiles = readdirSync(join(repoRoot, 'rules'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.yml'))
      .map((f) => `rules/${f.split('\\').join('/')}`);
    expect(Object.keys(table).sort()).toEqual(ymlFiles.sort());
    for (const [name, entry] of Object.entries(table)) {
      const text = readFileSync(join(repoRoot, name), 'utf8');
      // A rule file edited since the build is simply parsed again at run time; one that matches must be the same data.
      if (entry.hash === rulesTextHash(text)) expect(entry.data, name).toEqual(parse(text));
      // A reader parses only the line it asks for (the ESLint plugin's first file asks for one).
      expect(parsedEntry(name), name).toEqual(entry);
    }
    expect(parsedEntry('rules/none.yml')).toBeUndefined();
  });

  it("the build's validators are made from the current schemas and judge like Ajv compiling them now", () => {
    const cases: [string, object, unknown[]][] = [
      ['policy', policySchema, [parse(readFileSync(join(sampleApp, 'privacy.yml'), 'utf8')), { version: 1, purposes: 'none' }, {}]],
      ['lexicon-file', lexiconFileSchema, [{ language: 'de', concepts: { givenName: ['vorname'] } }, { language: 3 }]],
      ['lexicon-concepts-file', conceptsFileSchema, [{ concepts: { givenName: { rule: 'name.given' } } }, { concepts: [] }]],
      ['sink', sinkSchema, [{ id: 'mailer', kind: 'email', title: 'Mailer', packages: ['mailer'] }, { id: 'x', unknown: true }]],
    ];
    for (const [name, schema, inputs] of cases) {
      const built = requireHere(join(repoRoot, 'dist/validators', `${name}.cjs`)) as ((data: unknown) => boolean) & { errors?: unknown; schemaHash?: string };
      expect(built.schemaHash, `${name}: rebuild (npm run build) after changing its schema`).toBe(schemaHash(schema));
      const compiled = new Ajv(VALIDATOR_OPTIONS).compile(schema);
      for (const input of inputs) {
        expect(built(input), name).toBe(compiled(input));
        expect(built.errors ?? null, name).toEqual(compiled.errors ?? null);
      }
    }
  });
});

describe('one scan reads each folder once', () => {
  it('within a scan, discovery and the SQL/Prisma listing share one listing per folder; the next scan reads afresh', async () => {
    const copy = copyFixture(sampleApp);
    cleanup = copy.cleanup;
    const names = () => readDirEntries(copy.dir).map((e) => e.name).sort();
    const before = names();
    await withSharedListing(async () => {
      const first = names();
      writeFileSync(join(copy.dir, 'added.ts'), 'export const added = 1;\n');
      expect(names()).toEqual(first);
    });
    expect(names()).toEqual([...before, 'added.ts'].sort());
  });
});
