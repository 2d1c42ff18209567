/**
 * The HTML report in a real browser (Debian's Chromium through playwright-core): no network request beyond
 * the page, no CSP violation, no console error, no script from a scanned name; headers sort, filters filter,
 * printing shows every row; a screenshot goes to test-artifacts/report.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { repoRoot } from '../helpers/cli.js';
import { loadReportInventory, withHostileNames } from './fixture.js';

const executablePath = process.env.PRIVMAP_TEST_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
if (!hasChromium) console.warn(`browser test skipped: no Chromium at ${executablePath} (apt-get install chromium, or set PRIVMAP_TEST_CHROMIUM)`);

interface Watched {
  page: Page;
  requests: string[];
  problems: string[];
  violations: () => Promise<string[]>;
}

describe.skipIf(!hasChromium)(`HTML report in Chromium (${executablePath})`, () => {
  let browser: BrowserContext;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'privmap-browser-'));
    writeFileSync(join(dir, 'report.html'), renderReport(loadReportInventory(), 'html'));
    writeFileSync(join(dir, 'hostile.html'), renderReport(withHostileNames(loadReportInventory()), 'html'));
    // A persistent context is how playwright takes a fresh user-data-dir of our own.
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath,
      headless: true,
      viewport: { width: 1440, height: 1000 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string): Promise<Watched> {
    const page = await browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // Runs through the DevTools protocol, not as page script, so the page's CSP does not apply to it.
    await page.addInitScript({
      content: "window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
    });
    await page.goto(`file://${join(dir, file)}`);
    return { page, requests, problems, violations: () => page.evaluate('window.__violations') as Promise<string[]> };
  }

  const visibleLabels = (page: Page) => page.locator('#inventory-table tbody tr:not(.hidden) td:nth-child(3) code').allTextContents();

  it('loads alone and clean, sorts by a clicked header and filters by category and status', async () => {
    const { page, requests, problems, violations } = await open('report.html');
    expect(requests).toEqual([`file://${join(dir, 'report.html')}`]);
    const rows = page.locator('#inventory-table tbody tr');
    expect(await rows.count()).toBe(21);
    mkdirSync(join(repoRoot, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(repoRoot, 'test-artifacts', 'report.png') });
    for (const section of ['purposes', 'rights', 'recipients', 'coverage']) {
      await page.locator(`#${section}`).screenshot({ path: join(repoRoot, 'test-artifacts', `report-${section}.png`) });
    }

    const header = page.locator('#inventory-table thead th', { hasText: 'Data element' });
    await header.click();
    const ascending = await page.locator('#inventory-table tbody tr td:nth-child(3) code').allTextContents();
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    expect(ascending).toEqual([...ascending].sort(collator.compare));
    expect(ascending[0]).toBe('Address.postalCode');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.click();
    expect(await page.locator('#inventory-table tbody tr td:nth-child(3) code').allTextContents()).toEqual([...ascending].reverse());

    await page.selectOption('select[data-filter="category"]', 'email');
    await page.selectOption('select[data-filter="status"]', 'undeclared');
    expect((await visibleLabels(page)).sort()).toEqual(['Referral.friendEmail', 'fetch() in syncContact']);
    expect(await page.textContent('#shown')).toBe('2');
    await page.selectOption('select[data-filter="category"]', '');
    await page.selectOption('select[data-filter="source"]', 'postgres');
    expect(await visibleLabels(page)).toEqual(['public.customers.nickname']);
    await page.fill('#filter-text', 'nothing matches this');
    expect(await page.textContent('#shown')).toBe('0');

    await page.fill('#filter-text', '');
    await page.selectOption('select[data-filter="status"]', '');
    await page.selectOption('select[data-filter="source"]', '');
    expect(await page.textContent('#shown')).toBe('21');
    await page.locator('#inventory').screenshot({ path: join(repoRoot, 'test-artifacts', 'report-inventory.png') });

    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('runs no script from hostile scanned names', async () => {
    const { page, requests, problems, violations } = await open('hostile.html');
    expect(await page.locator('#inventory-table tbody tr').count()).toBe(24);
    expect(await page.locator('#inventory-table').textContent()).toContain('customers</script><script>alert(1)</script>');
    await page.selectOption('select[data-filter="purpose"]', '<img src=x onerror=alert(2)>');
    expect(await page.textContent('#shown')).toBe('1');
    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('prints every row, with the filters hidden, to a PDF', async () => {
    const { page } = await open('report.html');
    await page.selectOption('select[data-filter="status"]', 'undeclared');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filters').isVisible()).toBe(false);
    const hidden = page.locator('#inventory-table tbody tr.hidden');
    expect(await hidden.count()).toBeGreaterThan(0);
    expect(await hidden.first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
