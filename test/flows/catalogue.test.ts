import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { compileCatalogue, matchSink, mayReachSink } from '../../src/flows/call-patterns.js';
import { loadSinkCatalogue, parseSinkFile } from '../../src/flows/catalogue.js';
import { hostMatches, hostOfUrl, isLocalHost, sinkForHost } from '../../src/flows/hosts.js';
import { LOG_FILE_SINK } from '../../src/flows/log-file.js';
import { TRIGGER_EMAIL_SINK } from '../../src/scan/code/trigger-email.js';
import { rolesFor } from '../../src/flows/roles.js';
import { repoRoot } from '../helpers/cli.js';

const sinksDir = join(repoRoot, 'rules', 'sinks');

describe('sink catalogue', () => {
  it('loads every built-in file, one per kind, with unique ids', () => {
    const files = readdirSync(sinksDir).filter((f) => f.endsWith('.yml')).sort();
    expect(files).toEqual(['ai.yml', 'analytics.yml', 'crm.yml', 'files.yml', 'http.yml', 'logs.yml', 'messaging.yml', 'monitoring.yml', 'payments.yml', 'services.yml']);
    const all = files.flatMap((f) => parseSinkFile(readFileSync(join(sinksDir, f), 'utf8'), f));
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const catalogue = loadSinkCatalogue([]);
    expect(catalogue.sinks.map((s) => s.id)).toEqual(all.map((s) => s.id).sort());
    expect(new Set(catalogue.sinks.map((s) => s.kind))).toEqual(new Set(['ai', 'analytics', 'calendar', 'chat', 'crm', 'email', 'file', 'http', 'logs', 'maps', 'monitoring', 'payments', 'postal', 'push', 'search', 'sms', 'webhooks']));
  });

  it('rejects a malformed file with the path of the problem', () => {
    expect(() => parseSinkFile('kind: logs\nsinks:\n  - id: Bad Id\n    title: x\n', 'bad.yml')).toThrow(/bad\.yml: \/sinks\/0\/id must match pattern/);
    expect(() => parseSinkFile('kind: logs\nsinks:\n  - id: x\n    title: x\n    call: [a]\n', 'typo.yml')).toThrow(/must NOT have additional properties \(call\)/);
    expect(() => parseSinkFile('sinks: []\n', 'no-kind.yml')).toThrow(UsageError);
  });

  it('adds and overrides sinks from the policy by id', () => {
    const catalogue = loadSinkCatalogue([
      { id: 'audit-log', kind: 'logs', title: 'Audit log', packages: ['@acme/audit-log'], calls: ['<import>.record'] },
      { id: 'mixpanel', kind: 'analytics', title: 'Mixpanel (EU)', packages: ['mixpanel'], calls: ['<instance>.track'], hosts: ['api-eu.mixpanel.com'] },
    ]);
    expect(catalogue.byId('audit-log')).toMatchObject({ kind: 'logs', packages: ['@acme/audit-log'] });
    expect(catalogue.byId('mixpanel')).toMatchObject({ title: 'Mixpanel (EU)', hosts: ['api-eu.mixpanel.com'] });
    expect(catalogue.byId('pino')).toBeDefined();
    // Built-ins are shared: an override in one policy does not leak into another.
    expect(loadSinkCatalogue([]).byId('mixpanel')?.title).toBe('Mixpanel');
  });

  it('names the bad entry of detection.sinks', () => {
    expect(() => loadSinkCatalogue([{ id: 'x', title: 'X' }])).toThrow(/detection\.sinks\[0\] \(x\): must have required property 'kind'/);
    expect(() => loadSinkCatalogue([{ id: 'x', kind: 'logs', title: 'X', calls: 'logger.info' }])).toThrow(/detection\.sinks\[0\]: \/calls must be array/);
  });
});

describe('roles', () => {
  const stripe = loadSinkCatalogue([]).byId('stripe')!;

  it("hold for the method a dotted scope names, wherever the client is kept (`customers.create:$0`)", () => {
    expect(rolesFor(stripe, 'create', 'stripe.customers.create')).toMatchObject({ $0: 'person', customer_email: 'email' });
    expect(rolesFor(stripe, 'create', 'this.stripeClient.customers.create')).toMatchObject({ $0: 'person' });
    expect(rolesFor(stripe, 'update', 'stripe.customers.update')).toMatchObject({ $1: 'person' });
  });

  it("do not hold for another method of the same name: a checkout session's `customer` is an id", () => {
    const roles = rolesFor(stripe, 'create', 'stripe.checkout.sessions.create');
    expect(roles).toEqual({ customer_email: 'email', receipt_email: 'email' });
    expect(rolesFor(stripe, 'create', undefined)).toEqual({ customer_email: 'email', receipt_email: 'email' });
  });

  it('scoped to a bare method name hold for that method only, as before', () => {
    const intercom = loadSinkCatalogue([]).byId('intercom')!;
    expect(rolesFor(intercom, 'boot', 'Intercom.boot')).toMatchObject({ $0: 'person' });
    expect(rolesFor(intercom, 'trackEvent', 'Intercom.trackEvent')?.$0).toBeUndefined();
  });
});

describe('call patterns', () => {
  const compiled = compileCatalogue(loadSinkCatalogue([]));

  it('match globals, conventional names and imports', () => {
    expect(matchSink(compiled, 'console', ['log'], undefined)?.id).toBe('console');
    expect(matchSink(compiled, 'this', ['logger', 'info'], undefined)?.id).toBe('conventional-logger');
    expect(matchSink(compiled, 'req', ['log', 'warn'], undefined)?.id).toBe('conventional-logger');
    expect(matchSink(compiled, 'logger', ['info'], { package: 'pino', kind: 'instance' })?.id).toBe('pino');
    expect(matchSink(compiled, 'Sentry', ['captureException'], { package: '@sentry/node', kind: 'import' })?.id).toBe('sentry');
    // `import { track } from '@amplitude/analytics-node'; track(...)` reads as `<import>.track`.
    expect(matchSink(compiled, 'track', [], { package: '@amplitude/analytics-node', kind: 'import', exportName: 'track' })?.id).toBe('amplitude');
  });

  it('do not match analytics-looking calls without the import', () => {
    expect(matchSink(compiled, 'store', ['track'], undefined)).toBeUndefined();
    expect(matchSink(compiled, 'analytics', ['track'], undefined)).toBeUndefined();
    expect(matchSink(compiled, 'Math', ['log'], undefined)).toBeUndefined();
  });

  it('respect the imports filter (only Logger of @nestjs/common is a logger)', () => {
    expect(matchSink(compiled, 'logger', ['log'], { package: '@nestjs/common', kind: 'instance', exportName: 'Logger' })?.id).toBe('nestjs-logger');
    expect(matchSink(compiled, 'thing', ['log'], { package: '@nestjs/common', kind: 'instance', exportName: 'HttpException' })).toBeUndefined();
  });
});

describe('hosts', () => {
  it('reads the host of absolute URLs only', () => {
    expect(hostOfUrl('https://API.Example.com:8443/v1?x=1')).toBe('api.example.com');
    expect(hostOfUrl('https://hooks.example.org/notify?to=')).toBe('hooks.example.org');
    expect(hostOfUrl('/api/users')).toBeUndefined();
    expect(hostOfUrl('ftp://files.example.com/')).toBeUndefined();
  });

  it('matches wildcards on subdomains and the bare domain', () => {
    expect(hostMatches('*.example.com', 'eu.api.example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'badexample.com')).toBe(false);
    expect(hostMatches('api.example.com', 'API.example.com')).toBe(true);
  });

  it('finds the catalogue sink for a known host, and treats loopback as local', () => {
    const catalogue = loadSinkCatalogue([]);
    expect(sinkForHost(catalogue, 'api.mixpanel.com')?.id).toBe('mixpanel');
    expect(sinkForHost(catalogue, 'o123.ingest.sentry.io')?.id).toBe('sentry');
    expect(sinkForHost(catalogue, 'hooks.example.org')).toBeUndefined();
    expect(isLocalHost('localhost')).toBe(true);
    expect(isLocalHost('127.0.0.1')).toBe(true);
    expect(isLocalHost('api.example.com')).toBe(false);
  });

  it('tells from the text alone which files cannot hold a sink call, so their walk is skipped', () => {
    const compiled = compileCatalogue(loadSinkCatalogue([{ id: 'audit-log', kind: 'logs', title: 'Audit', packages: ['@acme/audit-log'], calls: ['<import>.record'] }]));
    expect(mayReachSink(compiled, 'export interface Customer { email: string; catalogue: string; blogUrl: string }')).toBe(false);
    expect(mayReachSink(compiled, "import Stripe from 'stripe';")).toBe(true);
    expect(mayReachSink(compiled, 'const pino = require("pino");')).toBe(true);
    expect(mayReachSink(compiled, "import { record } from '@acme/audit-log';")).toBe(true);
    expect(mayReachSink(compiled, "import { x } from './stripe-helpers';")).toBe(false);
    // A client held under a vendor's name, with no import of its SDK in the file (vendor-named-receiver.ts).
    expect(mayReachSink(compiled, 'await this.stripeClient.customers.create({ email });')).toBe(true);
    expect(mayReachSink(compiled, 'const label = "Pay with Stripe";')).toBe(false);
    expect(mayReachSink(compiled, 'console.info(user.email);')).toBe(true);
    expect(mayReachSink(compiled, 'this.logger.warn(user.email);')).toBe(true);
    expect(mayReachSink(compiled, 'await fetch(url, { body });')).toBe(true);
    // A user pattern that may start with any name turns the shortcut off rather than miss a flow.
    expect(mayReachSink(compileCatalogue(loadSinkCatalogue([{ id: 'any', kind: 'logs', title: 'Any', calls: ['*.*.record'] }])), 'x')).toBe(true);
  });
});

/** How many well-known API paths name the vendor `id` (`vendorPaths` in rules/http-targets.yml). */
function pathsNaming(id: string): number {
  const text = readFileSync(join(repoRoot, 'rules', 'http-targets.yml'), 'utf8');
  const section = text.slice(text.indexOf('vendorPaths:'));
  return section.split('\n').filter((line) => new RegExp(`^\\s+/\\S+:\\s*${id}\\s*$`).test(line)).length;
}

describe('catalogue coverage (issue 12)', () => {
  it('has at least 60 vendors, each with a title, a kind, a way to be recognised, and a country when it is a third party', () => {
    const catalogue = loadSinkCatalogue([]);
    const vendors = catalogue.sinks.filter((s) => s.country);
    expect(vendors.length).toBeGreaterThanOrEqual(60);
    for (const sink of catalogue.sinks) {
      expect(sink.title.length, sink.id).toBeGreaterThan(0);
      // A self-hosted product no host names is recognised by its well-known API paths (rules/http-targets.yml); a log
      // file is what a file write to one is read as (log-file.ts), and Firebase's Trigger Email extension a Firestore
      // write of a mail document (trigger-email.ts).
      const readAs = sink.id === LOG_FILE_SINK || sink.id === TRIGGER_EMAIL_SINK ? 1 : 0;
      expect(sink.calls.length + sink.hosts.length + pathsNaming(sink.id) + readAs, `${sink.id} has no call pattern, host or path`).toBeGreaterThan(0);
      for (const role of Object.values(sink.roles ?? {})) expect(['email', 'phone', 'name', 'address', 'person'], `${sink.id} role`).toContain(role);
    }
  });

  it('has a fixture flow for every entry, found by the scan of fixtures/flows', async () => {
    const { createEngine } = await import('../../src/engine.js');
    const { loadPolicy } = await import('../../src/policy/index.js');
    const { scanCode } = await import('../../src/scan/code/index.js');
    const root = join(repoRoot, 'fixtures', 'flows');
    const engine = createEngine(loadPolicy(join(root, 'privacy.yml')));
    const result = await scanCode(root, { engine });
    const seen = new Set(result.findings.flatMap((f) => (f.kind === 'flow' ? [f.sinkId] : [])));
    const builtins = loadSinkCatalogue([]).sinks.map((s) => s.id);
    expect(builtins.filter((id) => !seen.has(id))).toEqual([]);
  });
});
