/**
 * What the per-file pass keeps until the link stage (its facts, the detector's memos) must not keep the files'
 * texts alive: V8 keeps a whole string alive for any substring of 13 characters or more taken from it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/detect/index.js';
import type { FieldFacts } from '../../../src/detect/types.js';
import { detached, detachingDetector, detachStrings } from '../../../src/scan/code/detached.js';
import { repoRoot, sampleApp } from '../../helpers/cli.js';

describe('detachStrings', () => {
  it('keeps every value as it was, nested objects and arrays, shared objects and frozen lists included', () => {
    const shared = { container: 'CustomerService.register', purposes: ['order-fulfilment'] };
    const none = Object.freeze([]) as unknown as string[];
    const value = {
      calls: [
        { root: 'sendVerificationEmail', path: ['send'], args: [{ categories: none, expressions: ['customer.emailAddress'], text: 'customer.emailAddress' }], scope: shared },
        { root: 'track', path: [], args: [], scope: shared },
      ],
      line: 3,
      flag: true,
      missing: undefined,
      nothing: null,
    };
    const before = JSON.stringify(value);
    expect(detachStrings(value)).toBe(value);
    expect(JSON.stringify(value)).toBe(before);
    expect(value.calls[0]!.scope).toBe(value.calls[1]!.scope);
  });

  it('leaves short strings and non-objects alone', () => {
    expect(detached('email')).toBe('email');
    expect(detached('customer.emailAddress')).toBe('customer.emailAddress');
    expect(detachStrings('customer.emailAddress')).toBe('customer.emailAddress');
    expect(detachStrings(42)).toBe(42);
  });
});

describe('detachingDetector', () => {
  it('answers as the detector does, and copies a list asked again only once', () => {
    const detector = createDetector();
    const seen: FieldFacts[] = [];
    const recording = { ...detector, classifyField: (facts: FieldFacts) => (seen.push(facts), detector.classifyField(facts)) };
    const wrapped = detachingDetector(recording);
    expect(detachingDetector(recording)).toBe(wrapped);
    const siblings = ['billingStreetAddress', 'customerEmailAddress', 'createdAt'];
    const container = ['CustomerBillingProfile'];
    for (const name of siblings) {
      const facts: FieldFacts = { name, container, siblings, type: 'string', hints: [] };
      expect(wrapped.classifyField(facts)).toEqual(detector.classifyField(facts));
    }
    // The detector's caches keyed by the list itself (the siblings' table convention) see one list, not three.
    expect(new Set(seen.map((f) => f.siblings)).size).toBe(1);
    expect(new Set(seen.map((f) => f.container)).size).toBe(1);
    expect(seen[0]!.siblings).toEqual(siblings);
  });
});

describe('what the per-file pass keeps', () => {
  it("keeps no file's text alive once the files are scanned", () => {
    // A fresh process with the built scanner: each file of the sample app is read with a 4 MB comment appended, so
    // a kept text shows in the heap. After the scan (its facts kept, as the link stage needs them) and a full
    // collection, the heap must have grown by far less than the texts. The control keeps one 20-character slice
    // of a padded text on purpose: the heap must then hold that text, or the measurement proves nothing.
    const script = `
      const { readFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      const { discoverFiles, CODE_EXTENSIONS } = await import(${JSON.stringify(join(repoRoot, 'dist/scan/discover.js'))});
      const { scanFileList } = await import(${JSON.stringify(join(repoRoot, 'dist/scan/code/scan-files.js'))});
      const { createDetector } = await import(${JSON.stringify(join(repoRoot, 'dist/detect/index.js'))});
      const { loadSinkCatalogue } = await import(${JSON.stringify(join(repoRoot, 'dist/flows/catalogue.js'))});
      const root = ${JSON.stringify(sampleApp)};
      const { files } = await discoverFiles(root, { extensions: CODE_EXTENSIONS, checkContent: false });
      const padding = '\\n' + '// padding that no fact holds'.padEnd(79, '.').concat('\\n').repeat(50_000);
      const padded = (path) => readFileSync(join(root, path), 'utf8') + padding;
      const engine = { detector: createDetector(), sinks: loadSinkCatalogue([]) };
      // A first scan of the files as they are loads TypeScript and fills the detector's memos, which are not texts.
      scanFileList(root, files.map((path) => ({ path })), { engine });
      gc();
      const heap = () => process.memoryUsage().heapUsed;
      const before = heap();
      const result = scanFileList(root, files.map((path) => ({ path })), { engine, read: (path) => Buffer.from(padded(path)) });
      gc();
      const afterScan = heap();
      const control = padded(files[0]).slice(0, 20);
      gc();
      const afterControl = heap();
      console.log(JSON.stringify({ files: files.length, scanned: result.scanned.length, withFacts: result.scanned.filter((s) => s.scan.module).length, paddingMb: padding.length / 1e6, keptMb: (afterScan - before) / 1e6, controlMb: (afterControl - afterScan) / 1e6, control: control.length }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' }).trim());
    expect(out.scanned).toBe(out.files);
    expect(out.withFacts).toBeGreaterThan(0);
    // One padded text is 4 MB: the control holds it, the scan's results hold none of the 14 (56 MB).
    expect(out.controlMb).toBeGreaterThan(out.paddingMb * 0.9);
    expect(out.keptMb).toBeLessThan(out.paddingMb);
  }, 120_000);
});
