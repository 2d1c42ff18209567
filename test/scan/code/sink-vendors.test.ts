/**
 * Catalogue entries added from misses on real repositories (bench/flows-labels.json, training sets) and
 * vendors people recognise, checked through the real scanner on fixtures/sink-catalogue/vendors, written the
 * way apps call each vendor, with a negative beside each positive.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowFinding } from '../../../src/finding.js';
import { scanCode } from '../../../src/scan/code/index.js';
import { repoRoot } from '../../helpers/cli.js';
import { engine } from './helpers.js';

// Not under fixtures/scan/code: those scenarios state field findings line by line, these state flows.
const result = await scanCode(join(repoRoot, 'fixtures', 'sink-catalogue', 'vendors'), { engine });
const flows = result.findings
  .filter((f): f is FlowFinding => f.kind === 'flow')
  .map((f) => `${f.location.file}:${f.location.line} ${f.sinkId} ${[...f.categories].sort().join(',')}`)
  .sort();

describe('sink catalogue on real call shapes', () => {
  it('Stripe: looking a customer up by address (customers.list, customers.search) sends the address', () => {
    expect(flows).toContain('src/billing.ts:7 stripe email');
    expect(flows).toContain('src/billing.ts:12 stripe email');
    // A subscription id is no one's personal data.
    expect(flows.filter((f) => f.startsWith('src/billing.ts:16'))).toEqual([]);
  });

  it("Segment: identify traits describe a person, group traits a workspace", () => {
    expect(flows).toContain('src/analytics.ts:7 segment name');
    expect(flows.filter((f) => f.startsWith('src/analytics.ts:11'))).toEqual([]);
  });

  it("NestJS HttpService: an injected client's post to HubSpot's Forms API host", () => {
    expect(flows).toContain('src/hubspot-form.ts:12 hubspot email,name');
    expect(flows.filter((f) => f.startsWith('src/hubspot-form.ts:24'))).toEqual([]);
  });

  it("widgets: Pendo's visitor and Help Scout Beacon's identify describe a person, the account does not", () => {
    expect(flows).toContain('src/widgets.tsx:18 pendo email,name');
    expect(flows.filter((f) => f.startsWith('src/widgets.tsx:19'))).toEqual([]);
    expect(flows).toContain('src/widgets.tsx:20 helpscout-beacon email,name');
    expect(flows.filter((f) => f.startsWith('src/widgets.tsx:21'))).toEqual([]);
  });

  it("LaunchDarkly: a user context is a flow, an organisation's context is not", () => {
    expect(flows.filter((f) => f.startsWith('src/widgets.tsx:26'))).toEqual([]);
    expect(flows).toContain('src/widgets.tsx:27 launchdarkly email');
  });

  it('Effect: span attributes with an address are a flow to the tracing backend, ids are not', () => {
    expect(flows).toContain('src/tracing.ts:5 effect-tracing email');
    expect(flows.filter((f) => f.startsWith('src/tracing.ts:8'))).toEqual([]);
  });

  it("a module's own static Logger is a logger by convention", () => {
    expect(flows).toContain('src/logging.ts:9 conventional-logger email');
    expect(flows.filter((f) => f.startsWith('src/logging.ts:10'))).toEqual([]);
  });

  it('finds nothing else', () => {
    expect(flows).toHaveLength(9);
  });
});
