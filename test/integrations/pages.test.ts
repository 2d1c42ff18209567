/** Issue 16: every CI integration has a page, README's "Using it in CI" links each, and its snippets match them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/cli.js';
import { codeBlock } from './markdown-blocks.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Using it in CI'), readme.indexOf('\n## ', readme.indexOf('## Using it in CI') + 1));

describe('integration pages', () => {
  it('README links every page under docs/integrations/, and each link resolves', () => {
    const pages = readdirSync(join(repoRoot, 'docs/integrations')).filter((f) => f.endsWith('.md')).sort();
    expect(pages).toEqual(['github-action.md', 'gitlab.md', 'pre-commit.md']);
    for (const page of pages) expect(section).toContain(`](docs/integrations/${page})`);
    for (const [, target] of section.matchAll(/\]\(([^)#]+)[^)]*\)/g)) if (!target!.startsWith('http')) expect(existsSync(join(repoRoot, target!)), target).toBe(true);
  });

  it("README's GitLab job is the tested one on the GitLab page", () => {
    const fromReadme = parse(section.match(/```yaml\n(privmap:[\s\S]*?)```/)![1]!);
    expect(fromReadme).toEqual(parse(codeBlock(join(repoRoot, 'docs/integrations/gitlab.md'), 'yaml', 'codequality:')));
  });

  it("README's Action step pins the same release as the tested workflow", () => {
    const uses = section.match(/uses: (privmap\/privmap@\S+)/)![1];
    expect(codeBlock(join(repoRoot, 'docs/integrations/github-action.md'), 'yaml', 'uses: privmap/privmap@')).toContain(`uses: ${uses}\n`);
  });
});
