/**
 * Issue 12 (no file may cost privmap 50 ms): an `eslint` process reads back the policy an earlier one parsed, from
 * the project's cache folder, while its text (and privmap) are the same; any edit is parsed again, a policy with
 * problems is never kept, and a project without a cache folder gets none from the lint.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.js';
import { keepPendingPolicy, keptPolicyFile, loadKeptEngine, loadKeptPolicy } from '../../src/eslint/kept-policy.js';
import { PolicyError } from '../../src/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import { repoRoot } from '../helpers/cli.js';

const POLICY = readFileSync(join(repoRoot, 'fixtures', 'eslint', 'policy', 'privacy.yml'), 'utf8');

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'privmap-kept-policy-'));
  file = join(dir, 'privacy.yml');
  writeFileSync(file, POLICY);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the policy kept between eslint processes', () => {
  it('is read back, equal to a fresh parse, while the text is the same; an edit is parsed again', () => {
    mkdirSync(join(dir, '.privmap-cache'));
    const first = loadKeptPolicy(file);
    expect(first).toStrictEqual(loadPolicy(file));
    expect(existsSync(keptPolicyFile(file))).toBe(true);
    // What is kept is what the next process uses: a marked copy under the same key comes back as it is.
    const kept = JSON.parse(readFileSync(keptPolicyFile(file), 'utf8')) as { policy: { controller: { name: string } } };
    kept.policy.controller.name = 'Read back';
    writeFileSync(keptPolicyFile(file), JSON.stringify(kept));
    expect(loadKeptPolicy(file).controller.name).toBe('Read back');

    const edited = POLICY.replace(/^(\s*name:\s*).*$/m, '$1Edited Ltd');
    expect(edited).not.toBe(POLICY);
    writeFileSync(file, edited);
    const again = loadKeptPolicy(file);
    expect(again).toStrictEqual(loadPolicy(file));
    expect(again.controller.name).toBe('Edited Ltd');
  });

  it('keeps the sink catalogue made of it, read back while the text is the same; new sinks in the policy make a new one', () => {
    mkdirSync(join(dir, '.privmap-cache'));
    const first = loadKeptEngine(file);
    expect(first.sinks.sinks).toStrictEqual(createEngine(loadPolicy(file)).sinks.sinks);
    const kept = JSON.parse(readFileSync(keptPolicyFile(file), 'utf8')) as { sinks: { id: string; title: string }[] };
    expect(kept.sinks.map((s) => s.id)).toStrictEqual(first.sinks.sinks.map((s) => s.id));
    // Proof that the catalogue is read back, not made again: a title changed in the kept file only.
    kept.sinks[0]!.title = 'Read back';
    writeFileSync(keptPolicyFile(file), JSON.stringify(kept));
    const read = loadKeptEngine(file);
    expect(read.sinks.sinks[0]!.title).toBe('Read back');
    expect(read.sinks.byId(kept.sinks[0]!.id)!.title).toBe('Read back');

    const withSink = `${POLICY}\ndetection:\n  sinks:\n    - id: audit-log\n      kind: logs\n      title: Internal audit log\n      packages: ['@example/audit-log']\n      calls: ['<import>.record']\n`;
    writeFileSync(file, withSink);
    const again = loadKeptEngine(file);
    expect(again.sinks.byId('audit-log')?.title).toBe('Internal audit log');
    expect(again.sinks.sinks).toStrictEqual(createEngine(loadPolicy(file)).sinks.sinks);
    expect(again.sinks.sinks[0]!.title).not.toBe('Read back');
  });

  it('a damaged kept file is parsed again and rewritten', () => {
    mkdirSync(join(dir, '.privmap-cache'));
    loadKeptPolicy(file);
    writeFileSync(keptPolicyFile(file), '{"format":1,"key":');
    expect(loadKeptPolicy(file)).toStrictEqual(loadPolicy(file));
    expect(() => JSON.parse(readFileSync(keptPolicyFile(file), 'utf8')) as unknown).not.toThrow();
  });

  it('a policy with problems throws the parser error and is not kept', () => {
    mkdirSync(join(dir, '.privmap-cache'));
    writeFileSync(file, 'version: 1\ncontroller: [\n');
    expect(() => loadKeptPolicy(file)).toThrow(PolicyError);
    expect(existsSync(keptPolicyFile(file))).toBe(false);
  });

  it('leaves no cache folder in a project that has none', () => {
    expect(loadKeptPolicy(file)).toStrictEqual(loadPolicy(file));
    expect(existsSync(join(dir, '.privmap-cache'))).toBe(false);
    keepPendingPolicy();
    expect(existsSync(join(dir, '.privmap-cache'))).toBe(false);
  });

  it('keeps a policy loaded before the cache folder existed once the project state has made it (the first process)', () => {
    loadKeptEngine(file);
    expect(existsSync(keptPolicyFile(file))).toBe(false);
    mkdirSync(join(dir, '.privmap-cache'));
    keepPendingPolicy();
    expect(existsSync(keptPolicyFile(file))).toBe(true);
    const kept = JSON.parse(readFileSync(keptPolicyFile(file), 'utf8')) as { policy: unknown; sinks?: unknown[] };
    expect(kept.policy).toStrictEqual(loadPolicy(file));
    expect(kept.sinks?.length).toBeGreaterThan(0);
  });
});
