/**
 * Astro components (session 38): the frontmatter is server code run for each request, and its form handlers mail
 * and charge people, so the scanner reads it and the `<script>` blocks as TypeScript, on the component's own lines;
 * the template and styles are blanked (src/scan/code/parse.ts `scriptSource`). The real scan of the vue-svelte fixture,
 * whose field expectations expectations.test.ts checks.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { FlowFinding } from '../../../src/finding.js';
import { scanCode } from '../../../src/scan/code/index.js';
import { scriptSource } from '../../../src/scan/code/parse.js';
import { CODE_EXTENSIONS, discoverFiles } from '../../../src/scan/discover.js';
import { engine, fixtures } from './helpers.js';

const root = join(fixtures, 'vue-svelte');

describe('an Astro component', () => {
  it('is discovered as code, not counted among the files privmap does not read', async () => {
    const { files, skipped } = await discoverFiles(root, { extensions: CODE_EXTENSIONS, countUnscanned: true });
    expect(files).toContain('src/pages/contact.astro');
    expect(skipped).toEqual([]);
  });

  it("reports its frontmatter's flow at the component's own line", async () => {
    const result = await scanCode(root, { engine });
    const flows = result.findings.filter((f): f is FlowFinding => f.kind === 'flow' && f.location.file === 'src/pages/contact.astro');
    expect(flows.map((f) => [f.location.line, f.sinkId, f.categories])).toEqual([[18, 'nodemailer', ['email', 'name']]]);
  });

  it('keeps only the frontmatter and the scripts, every line where it was', () => {
    const text = '---\nconst a = 1;\n---\n<p>{a}</p>\n<script>\nconst b = 2;\n</script>\n<style>p { color: red }</style>\n';
    const { text: code, kind } = scriptSource('page.astro', text);
    expect(code.split('\n').map((line) => line.trim())).toEqual(['', 'const a = 1;', '', '', '', 'const b = 2;', '', '', '']);
    expect(code.length).toBe(text.length);
    expect(kind).toBe(ts.ScriptKind.TS);
  });

  it('reads no frontmatter that is not closed, and a component with scripts only', () => {
    expect(scriptSource('page.astro', '---\nconst a = 1;\n<p>a</p>\n').text.trim()).toBe('');
    expect(scriptSource('page.astro', '<p>a</p>\n<script>const b = 2;</script>\n').text.trim()).toBe('const b = 2;');
  });
});
