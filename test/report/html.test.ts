/** The HTML report: one self-contained page under a strict CSP, every scanned string escaped, in reading order. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderReport, type ReportJson } from '../../src/report/index.js';
import { HOSTILE, loadReportInventory, withHostileNames } from './fixture.js';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Every attribute name used in the page's tags (values, which hold escaped scanned text, blanked first). */
function attributeNames(page: string): string[] {
  const tags = page.replace(/<script[^>]*>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, '').match(/<[a-z][^>]*>/gi) ?? [];
  return [...new Set(tags.flatMap((tag) => [...tag.replace(/"[^"]*"/g, '""').matchAll(/\s([a-z:-]+)(?==|\s|>)/gi)].map((m) => m[1]!.toLowerCase())))].sort();
}

const html = renderReport(loadReportInventory(), 'html');
const hostile = renderReport(withHostileNames(loadReportInventory()), 'html');

describe('HTML report', () => {
  it('allows only its own inline style and script, by hash, and loads nothing from elsewhere', () => {
    for (const page of [html, hostile]) {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!;
      const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
      const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
      expect(csp).toBe(`default-src 'none'; style-src ${sha(style)}; script-src ${sha(script)}; img-src data:; base-uri 'none'; form-action 'none'`);
      // One script, the page's own: the data is in the table, not embedded a second time as JSON.
      expect(page.match(/<script\b/g)).toHaveLength(1);
      expect(page).not.toContain('application/json');
      expect(page).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
      // No style attribute (the CSP would block it) and nothing fetched by a src.
      expect(attributeNames(page)).toEqual(expect.arrayContaining(['class', 'data-sort', 'http-equiv']));
      expect(attributeNames(page)).not.toContain('style');
      expect(attributeNames(page)).not.toContain('src');
      expect(page).not.toMatch(/@import|url\(/i);
    }
  });

  it('reads in the order a privacy officer reads it', () => {
    const order = ['Controller', 'Data protection officer', 'Supervisory authority', 'id="summary"', 'id="purposes"', 'id="rights"', 'id="inventory"', 'id="recipients"', 'id="coverage"', 'id="drift"', 'id="skipped"', 'id="review"'];
    const at = order.map((text) => html.indexOf(text));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('shows purposes with legal basis and letter, rights with reasons, locations and statuses in words', () => {
    expect(html).toContain('<h1>SMARTi AS</h1>');
    expect(html).toContain('Datatilsynet (Norwegian Data Protection Authority)');
    expect(html).toContain('Contract, GDPR Art. 6(1)(b)');
    expect(html).toContain('Legitimate interests, GDPR Art. 6(1)(f)');
    expect(html).toContain('Opt-out');
    expect(html).toContain('LIA-2024-05 (direct marketing to existing customers)');
    expect(html).toContain('<span class="badge none">Not referenced</span>');
    expect(html).toContain('Opt-in checkbox on the account page');
    expect(html).toContain('<span class="badge transfer">Transfer to US</span><span class="why">Safeguard: EU-US Data Privacy Framework and Standard Contractual Clauses</span>');
    expect(html).toContain('<span class="mark">&#10003; Yes</span>Art. 21(2): absolute for direct marketing');
    expect(html).toContain('<span class="mark">&#8212; No</span>Art. 17(3)(b): kept as long as the law requires');
    expect(html).toContain('prisma/schema.prisma:14 (public.customers.email)');
    expect(html).toContain('live public.customers.email');
    expect(html).toContain('Undeclared: no purpose is declared for it');
    expect(html).toContain('Undeclared: purpose <code>customer-support</code> is not in the policy (did you mean <code>customer-relationship</code>?)');
    expect(html).toContain('Not personal data: the warehouse switchboard, not a person');
    expect(html).toMatch(/<b>Fix:<\/b> change <code>customer-support<\/code> to <code>customer-relationship<\/code>/);
    expect(html).toContain('<td><b>hubspot</b><span class="why">hubspot</span></td><td>http <span class="badge undeclared">Not declared</span></td>');
    expect(html).toContain('In the live database, in no schema file (undocumented)');
    expect(html).toContain('syntax error at or near &quot;PARTITION&quot;');
    // The category x purpose matrix marks phone used for marketing, which marketing does not allow.
    expect(html).toContain('title="Phone number for Sales and marketing: not allowed, 2 elements found">&#10007; 2</td>');
  });

  it('escapes every scanned string, and its rows carry the data the filters need, exactly and inert', () => {
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).not.toContain('<img src=x');
    expect(hostile).toContain('customers&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('&quot;double&quot; and &#39;single&#39;');
    expect(hostile).toContain('src/&lt;b&gt;evil&lt;/b&gt;.ts:3');
    expect(hostile).toContain(`<option value="${HOSTILE.purpose.replace(/</g, '&lt;').replace(/>/g, '&gt;')}">`);
    // Every element is one row, and its data attributes decode to the JSON report's values for it.
    const unescape = (value: string) => value.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
    const rows = [...hostile.matchAll(/<tr data-category="([^"]*)" data-status="([^"]*)" data-purpose="([^"]*)" data-source="([^"]*)" id="element-([^"]*)">/g)].map((m) => ({
      id: unescape(m[5]!),
      category: JSON.parse(unescape(m[1]!)) as string[],
      status: JSON.parse(unescape(m[2]!)) as string[],
      purposes: JSON.parse(unescape(m[3]!)) as string[],
      sources: JSON.parse(unescape(m[4]!)) as string[],
    }));
    const data = JSON.parse(renderReport(withHostileNames(loadReportInventory()), 'json')) as ReportJson;
    expect(rows).toEqual(data.elements.map((e) => ({ id: e.id, category: [e.category], status: [e.status], purposes: e.purposes, sources: e.sources })));
    expect(rows.flatMap((r) => r.purposes)).toContain(HOSTILE.purpose);
  });

  it('writes characters past Latin-1 as references, so a name in any script reads the same and the page stays one byte per character', () => {
    const inventory = loadReportInventory();
    const polish = { ...inventory.elements[0]!, id: 'eeee000000000001', container: 'Użytkownik', field: 'adres_e‑mail' };
    const page = renderReport({ ...inventory, elements: [...inventory.elements, polish] }, 'html');
    expect(page).toContain('<code>U&#380;ytkownik.<wbr>adres_e&#8209;mail</code>');
    expect(page).toContain('<span class="mark">&#10003; Yes</span>');
    expect(page).not.toMatch(/[^\u0000-\u00FF]/u);
  });

  it('stamps a date only when asked, and lists changes since a previous report', () => {
    expect(html).not.toMatch(/20\d\d-\d\d-\d\d/);
    const previous = JSON.parse(renderReport(loadReportInventory(), 'json')) as ReportJson;
    previous.elements = previous.elements.filter((e) => e.container !== 'Referral');
    const page = renderReport(loadReportInventory(), 'html', { compare: previous, generatedAt: '2025-02-01' });
    expect(page).toContain('on 2025-02-01');
    expect(page).toContain('1 element appeared, 0 disappeared, 0 changed status');
    expect(page).toMatch(/<li>New email <code>Referral\.friendEmail<\/code> <span class="badge undeclared">/);
  });
});
