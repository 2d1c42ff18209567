/** What the code scan reads and what it skips, with reasons. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import type { FieldFinding } from '../../../src/finding.js';
import { scanCode } from '../../../src/scan/code/index.js';
import { CODE_EXTENSIONS, contentSkipReason, discoverFiles } from '../../../src/scan/discover.js';
import { codeFilesOf } from '../../../src/diff/tree-files.js';
import { engine, materialise } from './helpers.js';

let root: string;
beforeAll(() => {
  root = materialise('discovery');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverFiles', () => {
  it('lists the project sources, sorted, and prunes dependencies, build output, coverage and declaration files', async () => {
    const { files } = await discoverFiles(root, { extensions: CODE_EXTENSIONS });
    expect(files).toEqual(['src/adapters/out/payment-client.ts', 'src/broken.ts', 'src/kept.ts', 'src/legacy-skip.ts', 'src/modules/vendor/listing.ts', 'src/notes-about-codegen.ts', 'src/reports/monthly-report.ts']);
  });

  it('prunes `out`, `coverage` and `vendor` only where tools write them: the scanned folder and beside a manifest', async () => {
    const { files } = await discoverFiles(root, { extensions: CODE_EXTENSIONS });
    // out/ at the root and packages/web/out/ beside its package.json are build output; a ports-and-adapters app's
    // src/adapters/out/ and a marketplace's src/modules/vendor/ are the project's own code.
    expect(files.filter((f) => /(^|\/)(out|vendor)\//.test(f))).toEqual(['src/adapters/out/payment-client.ts', 'src/modules/vendor/listing.ts']);
  });

  it("prunes the same folders in a commit's tree, which `privmap diff` reads", () => {
    const paths = ['out/index.ts', 'packages/web/package.json', 'packages/web/out/page.ts', 'packages/web/src/out/adapter.ts', 'src/adapters/out/payment-client.ts', 'src/modules/vendor/listing.ts', 'vendor/lib.js', 'src/dist/built.js'];
    const { files } = codeFilesOf(paths.map((path) => ({ path, blob: '0', size: 10 })));
    expect(files.map((f) => f.path)).toEqual(['packages/web/src/out/adapter.ts', 'src/adapters/out/payment-client.ts', 'src/modules/vendor/listing.ts']);
  });

  it('counts files excluded by the root and nested .gitignore files and by the policy, without listing them', async () => {
    const { files, skipped, ignoredCount } = await discoverFiles(root, { extensions: CODE_EXTENSIONS, ignore: ['src/legacy-*.ts'] });
    // ignored-by-git/ignored.ts and src/dev.local.ts (root .gitignore), src/reports/snapshots/last-run.ts (nested), src/legacy-skip.ts (policy)
    expect(ignoredCount).toBe(4);
    expect(files).not.toContain('src/legacy-skip.ts');
    expect(skipped.map((s) => s.reason)).not.toContain('ignored');
  });

  it('lists minified and generated files with their reason', async () => {
    const { skipped } = await discoverFiles(root, { extensions: CODE_EXTENSIONS });
    expect(skipped.map((s) => `${s.file} ${s.reason}`)).toEqual([
      'src/generated/graphql.ts generated',
      'src/generated/prisma-client.ts generated',
      'src/legacy/jquery.min.js minified',
      'src/vendor-bundle.js minified',
    ]);
  });

  it('lists files over the size limit without reading them', async () => {
    const { files, skipped } = await discoverFiles(root, { extensions: CODE_EXTENSIONS, maxFileBytes: 44 });
    expect(files).toEqual(['src/kept.ts', 'src/legacy-skip.ts']);
    expect(skipped.find((s) => s.file === 'src/reports/monthly-report.ts')).toEqual({ file: 'src/reports/monthly-report.ts', reason: 'too-large', detail: '61 bytes, limit 44' });
  });

  it('reads a hand-written file of a few megabytes by default and skips one past 4 MiB (session 51)', async () => {
    // An Express app's one routes file of 35,000 lines (2.2 MB) is the app's own code, with most of its flows.
    const route = (i: number) => `app.post('/api/r${i}', async (req, res) => {\n  await sendInviteEmail(req.body.email, req.body.name);\n  res.json({ ok: true });\n});\n`;
    const routes = Array.from({ length: 14_000 }, (_, i) => route(i)).join('');
    writeFileSync(join(root, 'src', 'routes.ts'), routes);
    writeFileSync(join(root, 'src', 'huge-routes.ts'), routes.repeat(3));
    try {
      const { files, skipped } = await discoverFiles(root, { extensions: CODE_EXTENSIONS });
      expect(routes.length).toBeGreaterThan(1024 * 1024);
      expect(files).toContain('src/routes.ts');
      expect(skipped.find((s) => s.file === 'src/huge-routes.ts')?.reason).toBe('too-large');
    } finally {
      rmSync(join(root, 'src', 'routes.ts'));
      rmSync(join(root, 'src', 'huge-routes.ts'));
    }
  });

  it('counts source files of kinds it does not read, one record per kind, only when asked (issue 11)', async () => {
    const { skipped } = await discoverFiles(root, { extensions: CODE_EXTENSIONS, countUnscanned: true });
    expect(skipped.filter((s) => s.reason === 'not-scanned')).toEqual([
      { file: '*.php', reason: 'not-scanned', detail: '1 .php file not scanned' },
      { file: '*.py', reason: 'not-scanned', detail: '2 .py files not scanned' },
    ]);
    expect((await discoverFiles(root, { extensions: ['sql'] })).skipped.filter((s) => s.reason === 'not-scanned')).toEqual([]);
  });

  it('serves other scanners with other extensions', async () => {
    writeFileSync(join(root, 'src', 'schema.sql'), 'CREATE TABLE t (id int);\n');
    const { files } = await discoverFiles(root, { extensions: ['sql'] });
    expect(files).toEqual(['src/schema.sql']);
  });
});

describe('discoverFiles errors', () => {
  it('refuses a root that is not a readable directory, with a usage error', async () => {
    await expect(discoverFiles(join(root, 'no-such-folder'), { extensions: CODE_EXTENSIONS })).rejects.toThrow(UsageError);
    await expect(discoverFiles(join(root, 'src', 'kept.ts'), { extensions: CODE_EXTENSIONS })).rejects.toThrow(/not a directory/);
  });
});

describe('contentSkipReason', () => {
  it('reads a generated banner only in the leading comments', () => {
    expect(contentSkipReason('// Code generated by protoc-gen-ts. DO NOT EDIT.\nexport {};\n')).toBe('generated');
    expect(contentSkipReason('#!/usr/bin/env node\n/* @generated */\nexport {};\n')).toBe('generated');
    expect(contentSkipReason("import x from 'y';\n// DO NOT EDIT the list below by hand\nexport {};\n")).toBeUndefined();
  });

  it('recognises bundles by their line length', () => {
    expect(contentSkipReason(`var a=${'1,'.repeat(600)}1;\n`)).toBe('minified');
    expect(contentSkipReason(`${'x'.repeat(400)}\n`.repeat(20))).toBe('minified');
    expect(contentSkipReason('const a = 1;\n'.repeat(500))).toBeUndefined();
  });
});

describe('scanCode skips', () => {
  it('records each skipped file with its reason and scans the rest', async () => {
    const result = await scanCode(root, { engine, ignore: ['src/legacy-*.ts'] });
    expect(result.skipped.map((s) => `${s.file} ${s.reason}${s.line ? `:${s.line}` : ''}`)).toEqual([
      '*.php not-scanned',
      '*.py not-scanned',
      'src/broken.ts parse-error:3',
      'src/generated/graphql.ts generated',
      'src/generated/prisma-client.ts generated',
      'src/legacy/jquery.min.js minified',
      'src/vendor-bundle.js minified',
    ]);
    expect(result.skipped.find((s) => s.reason === 'parse-error')!.detail).toMatch(/expected/);
    const fields = result.findings.filter((f): f is FieldFinding => f.kind === 'field');
    expect(fields.map((f) => `${f.location.file} ${f.container}.${f.field}`)).toEqual([
      'src/kept.ts Kept.email',
      'src/notes-about-codegen.ts CodegenAuthor.email',
      'src/reports/monthly-report.ts MonthlyReport.recipientEmail',
    ]);
    // Five files scanned without a parse error; the adapter and the vendor module hold no personal data.
    expect(result.stats.files).toBe(5);
    expect(result.stats.lines).toBeGreaterThan(10);
  });

  it('reports progress up to the number of files read', async () => {
    const calls: [number, number][] = [];
    await scanCode(root, { engine, onProgress: (done, total) => calls.push([done, total]) });
    // Ten files are read: the seven scanned, two generated and the bundle (recognised by their content).
    expect(calls[calls.length - 1]).toEqual([10, 10]);
    expect(calls.map(([done]) => done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
