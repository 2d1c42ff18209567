// The workspace packages the ESLint plugin's resolver found, kept for the next process (src/cache/workspace-memo.ts;
// issue 12: the walk over every file's folders cost documenso's first linted file 7 ms).
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceMemo } from '../../src/cache/workspace-memo.js';
import { listedHas, listProject } from '../../src/flows/project-listing.js';
import { createResolver } from '../../src/flows/resolve-modules.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  // Older than the memo written next: a manifest within the memo's own timestamp is never trusted.
  const past = new Date(Date.now() - 10_000);
  utimesSync(join(root, path), past, past);
}

/** A resolver over the project as listed now, with the memo at `memoFile`; and what the memo read. */
function resolverNow(memoFile: string) {
  const { files, tree } = listProject(root, undefined);
  const paths = [...files.keys()];
  const memo = workspaceMemo(memoFile, root, paths, tree);
  const reads: (readonly unknown[] | undefined)[] = [];
  const resolver = createResolver(root, paths, (path) => listedHas(tree, path), {
    read: () => {
      const kept = memo.read();
      reads.push(kept);
      return kept;
    },
    write: (packages) => memo.write(packages),
  });
  return { resolver, reads };
}

describe('workspace packages kept between processes', () => {
  it('the next resolver on the same files and manifests reads the packages the walk found, and resolves the same', () => {
    root = mkdtempSync(join(tmpdir(), 'privmap-workspace-'));
    write('package.json', '{"name":"monorepo","private":true}');
    write('packages/mail/package.json', '{"name":"@acme/mail","main":"src/index.ts"}');
    write('packages/mail/src/index.ts', 'export function send() {}\n');
    write('apps/web/src/page.ts', "import { send } from '@acme/mail';\n");
    const memoFile = join(root, '.privmap-cache', 'workspace.json');
    const first = resolverNow(memoFile);
    expect(first.resolver.resolve('apps/web/src/page.ts', '@acme/mail')).toBe('packages/mail/src/index.ts');
    expect(first.reads).toEqual([undefined]);
    const second = resolverNow(memoFile);
    expect(second.resolver.resolve('apps/web/src/page.ts', '@acme/mail')).toBe('packages/mail/src/index.ts');
    expect(second.reads[0]).toEqual([
      { name: 'monorepo', dir: '.', entries: [], subpaths: new Map() },
      { name: '@acme/mail', dir: 'packages/mail', entries: ['src/index.ts'], subpaths: new Map() },
    ]);
  });

  it('a manifest changed, added or a code file added makes the walk again', () => {
    root = mkdtempSync(join(tmpdir(), 'privmap-workspace-'));
    write('packages/mail/package.json', '{"name":"@acme/mail","main":"src/index.ts"}');
    write('packages/mail/src/index.ts', 'export function send() {}\n');
    write('apps/web/src/page.ts', '');
    const memoFile = join(root, '.privmap-cache', 'workspace.json');
    resolverNow(memoFile).resolver.resolve('apps/web/src/page.ts', '@acme/mail');
    // Renamed in place: the stat differs, and the new name is found.
    write('packages/mail/package.json', '{"name":"@acme/mailer","main":"src/index.ts"}');
    const renamed = resolverNow(memoFile);
    expect(renamed.resolver.resolve('apps/web/src/page.ts', '@acme/mailer')).toBe('packages/mail/src/index.ts');
    expect(renamed.reads).toEqual([undefined]);
    // A new package in a new folder.
    write('packages/sms/package.json', '{"name":"@acme/sms"}');
    write('packages/sms/index.ts', '');
    const added = resolverNow(memoFile);
    expect(added.resolver.resolve('apps/web/src/page.ts', '@acme/sms')).toBe('packages/sms/index.ts');
    expect(added.reads).toEqual([undefined]);
    // Unchanged since: read back.
    const again = resolverNow(memoFile);
    expect(again.resolver.resolve('apps/web/src/page.ts', '@acme/sms')).toBe('packages/sms/index.ts');
    expect(again.reads[0]).toHaveLength(2);
  });
});
