/**
 * The HTML report in a real browser (Debian's Chromium through playwright-core): it makes no network
 * request, violates no CSP, sorts and filters its inventory, and looks right (screenshot saved as an artifact).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../../src/pipeline.js';
import { renderReport } from '../../src/report/index.js';
import { repoRoot, sampleApp } from '../helpers/cli.js';

const executablePath = process.env.PRIVMAP_TEST_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);

describe.skipIf(!hasChromium)(`HTML report in Chromium (${executablePath})`, () => {
  let browser: Browser;
  let dir: string;
  let reportFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'privmap-browser-'));
    reportFile = join(dir, 'report.html');
    writeFileSync(reportFile, renderReport(await scanProject({ dir: sampleApp }), 'html'));
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no network request, no CSP violation and no console error, then sorts and filters', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`file://${reportFile}`);

    expect(requests).toEqual([`file://${reportFile}`]);
    expect(problems).toEqual([]);
    const rows = page.locator('#inventory tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThan(20);

    // Sorting by "Data element" orders the rows by that column.
    await page.click('#inventory th:nth-child(3)');
    const names = await page.locator('#inventory tbody tr td:nth-child(3)').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    // Filters by category and status leave only matching rows visible.
    await page.selectOption('select[data-filter="category"]', 'email');
    await page.selectOption('select[data-filter="status"]', 'undeclared');
    const visible = page.locator('#inventory tbody tr:not(.hidden)');
    expect(await visible.count()).toBe(1);
    expect(await visible.first().textContent()).toContain('Referral.friendEmail');
    expect(await page.textContent('#shown')).toBe('1');

    await page.fill('#filter-text', '');
    await page.selectOption('select[data-filter="category"]', '');
    await page.selectOption('select[data-filter="status"]', '');
    mkdirSync(join(repoRoot, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(repoRoot, 'test-artifacts', 'report.png'), fullPage: false });
    expect(problems).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('prints every row, with the filters hidden', async () => {
    const page = await browser.newPage();
    await page.goto(`file://${reportFile}`);
    await page.selectOption('select[data-filter="status"]', 'undeclared');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('#inventory tbody tr.hidden').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});
