/**
 * Whose server a generic HTTP call reaches when its URL is a base from the environment or configuration rather
 * than a literal: read off the setting's name (`SIB_BASE_URL` is Brevo's, `config.cerema.api` someone else's,
 * `NEXT_PUBLIC_API_URL` the app's own) and off a well-known API path (`/v3/mail/send`). The words are data in
 * `rules/http-targets.yml`; the catalogue adds each vendor's id and the names in its hosts.
 */
import { readRulesYaml } from '../cache/parsed-rules.js';
import { splitWords } from '../detect/split-words.js';
import type { SinkCatalogue, SinkDef } from './types.js';

interface TargetRules {
  ownWords: string[];
  infrastructureWords: string[];
  thirdPartyWords: string[];
  ambiguousWords: string[];
  reportUnnamed: boolean;
  vendorAliases: Record<string, string>;
  vendorPaths: Record<string, string>;
  hostPaths?: Record<string, Record<string, string>>;
}

/** Where a configured URL goes: the app's own server (or one not known to be anyone else's), or a third party (a catalogue vendor when named). */
export type HttpTarget = { own: true; unnamed?: true } | { own: false; vendor?: SinkDef };

/** Kinds whose sinks are not reached over someone's HTTP API by name (a logger, a file, HTTP itself). */
const NOT_BY_NAME = new Set(['logs', 'file', 'http']);

/** Host labels that name a cloud rather than the vendor (`email.eu-west-1.amazonaws.com`). */
const SHARED_HOST_NAMES = new Set(['amazonaws', 'googleapis', 'windows', 'api', 'app', 'www']);

let rules: TargetRules | undefined;
function targetRules(): TargetRules {
  return (rules ??= readRulesYaml(new URL('../../rules/http-targets.yml', import.meta.url)) as TargetRules);
}

interface Compiled {
  own: Set<string>;
  infrastructure: Set<string>;
  thirdParty: Set<string>;
  reportUnnamed: boolean;
  vendorByWord: Map<string, SinkDef>;
  vendorPaths: [string, SinkDef][];
  hostPaths: Map<string, [string, SinkDef][]>;
}

const compiledFor = new WeakMap<SinkCatalogue, Compiled>();

/** The name a host gives its owner: `api.eu.mixpanel.com` -> mixpanel, `*.ingest.sentry.io` -> sentry. */
function hostName(pattern: string): string | undefined {
  const labels = pattern.replace(/^\*\./, '').toLowerCase().split('.');
  if (labels.length < 2) return undefined;
  const name = labels[labels.length - 2]!;
  return SHARED_HOST_NAMES.has(name) || name.length < 3 ? undefined : name.replace(/-/g, '');
}

function compile(catalogue: SinkCatalogue): Compiled {
  const cached = compiledFor.get(catalogue);
  if (cached) return cached;
  const data = targetRules();
  const vendorByWord = new Map<string, SinkDef>();
  const ambiguous = new Set(data.ambiguousWords);
  for (const sink of catalogue.sinks) {
    if (NOT_BY_NAME.has(sink.kind)) continue;
    // `brevo`, `hubspot`; an id of several words (`aws-ses`, `sendgrid-contacts`) is named by its hosts instead.
    if (!sink.id.includes('-') && !vendorByWord.has(sink.id)) vendorByWord.set(sink.id, sink);
    for (const host of sink.hosts) {
      const name = hostName(host);
      if (name && !vendorByWord.has(name)) vendorByWord.set(name, sink);
    }
  }
  for (const word of ambiguous) vendorByWord.delete(word);
  for (const [alias, id] of Object.entries(data.vendorAliases)) {
    const sink = catalogue.byId(id);
    if (sink) vendorByWord.set(alias, sink);
  }
  const vendorPaths: [string, SinkDef][] = [];
  for (const [path, id] of Object.entries(data.vendorPaths)) {
    const sink = catalogue.byId(id);
    if (sink) vendorPaths.push([path.toLowerCase(), sink]);
  }
  // Longest first: `/v3/marketing/contacts` before any shorter path it contains.
  vendorPaths.sort((a, b) => b[0].length - a[0].length);
  const hostPaths = new Map<string, [string, SinkDef][]>();
  for (const [host, paths] of Object.entries(data.hostPaths ?? {})) {
    const known = Object.entries(paths).flatMap(([path, id]): [string, SinkDef][] => {
      const sink = catalogue.byId(id);
      return sink ? [[path.toLowerCase(), sink]] : [];
    });
    if (known.length) hostPaths.set(host.toLowerCase(), known);
  }
  const compiled = { own: new Set(data.ownWords), infrastructure: new Set(data.infrastructureWords), thirdParty: new Set(data.thirdPartyWords), reportUnnamed: data.reportUnnamed === true, vendorByWord, vendorPaths, hostPaths };
  compiledFor.set(catalogue, compiled);
  return compiled;
}

/** A word that says nothing by itself: a version number, a single letter (`apiV2` -> api, v, 2). */
function isFiller(word: string): boolean {
  return word.length === 1 || /^\d+$/.test(word);
}

/**
 * Whose server a URL setting names, from its words: a vendor's (`SIB_BASE_URL`, `HUBSPOT_API`), someone's webhook
 * (`FEEDBACK_WEBHOOK_URL`), the app's own (`API_URL`, `config.app.host`, `SUPABASE_URL`, `ACME_API_URL` in a file
 * importing `@acme/…`: `appNames`), or another third party's (`config.cerema.api`).
 */
export function targetOfSetting(catalogue: SinkCatalogue, setting: string, appNames: ReadonlySet<string> = new Set()): HttpTarget {
  const compiled = compile(catalogue);
  const words = splitWords(setting).filter((w) => !isFiller(w));
  // `N8N_LANDING_FORM_URL`: a name with digits in it (n8n, s3) is split apart by the splitter, so the setting's own
  // tokens between separators are asked too, for a vendor or a third party only (seen in onlook's landing form).
  const tokens = [...words, ...setting.toLowerCase().split(/[^a-z0-9]+/).filter((t) => /\d/.test(t) && /[a-z]/.test(t))];
  for (const word of tokens) {
    const vendor = compiled.vendorByWord.get(word);
    if (vendor) return { own: false, vendor };
  }
  if (tokens.some((w) => compiled.thirdParty.has(w))) return { own: false };
  if (words.some((w) => compiled.infrastructure.has(w) || appNames.has(w))) return { own: true };
  if (words.every((w) => compiled.own.has(w))) return { own: true };
  // Named by a word that is neither a vendor's nor the app's as far as privmap can tell (`config.cerema.api`, an `api-server`).
  // `unnamed`: what the call sends may still say whose it is (a mail's fields, mail-shaped-post.ts).
  return compiled.reportUnnamed ? { own: false } : { own: true, unnamed: true };
}

/**
 * A literal host of infrastructure the app runs for itself (`https://abcd.supabase.co/functions/v1/push`, a project's
 * own Supabase: its Edge Functions and tables), by the same words a setting of its own is read by (session 45, a
 * Swedish cleaning platform calling its own functions by the project's URL written out). A catalogue vendor's host is
 * asked first, so this only keeps an unknown host from counting as another company's.
 */
export function isInfrastructureHost(catalogue: SinkCatalogue, host: string): boolean {
  const infrastructure = compile(catalogue).infrastructure;
  return host.toLowerCase().split(/[.-]/).some((part) => infrastructure.has(part));
}

/**
 * The vendor a class of the app's own is named for (`AsaasAccEntity`, `BrevoClient`, `KitService`), by the same words
 * a setting is read by; none for a name without one, or with words naming two vendors.
 */
export function vendorOfName(catalogue: SinkCatalogue, name: string): SinkDef | undefined {
  const byWord = compile(catalogue).vendorByWord;
  const named = new Set(splitWords(name).flatMap((w) => (byWord.has(w) ? [byWord.get(w)!] : [])));
  return named.size === 1 ? [...named][0] : undefined;
}

/** The vendor a well-known API path names (`/v3/mail/send` is SendGrid's), at a segment boundary of `path`. */
export function vendorOfPath(catalogue: SinkCatalogue, path: string): SinkDef | undefined {
  const lower = path.toLowerCase();
  for (const [known, sink] of compile(catalogue).vendorPaths) {
    const at = lower.indexOf(known);
    if (at < 0) continue;
    const next = lower[at + known.length];
    if (next === undefined || next === '/' || next === '?' || next === '.') return sink;
  }
  return undefined;
}

/** The vendor an API path names on one host (`/messages` on graph.facebook.com is WhatsApp's): the URL's literal end is the path. */
export function vendorOfHostPath(catalogue: SinkCatalogue, host: string, urlEnd: string | undefined): SinkDef | undefined {
  if (!urlEnd) return undefined;
  const end = urlEnd.toLowerCase().replace(/[?#].*$/, '').replace(/\/+$/, '');
  return compile(catalogue).hostPaths.get(host.toLowerCase())?.find(([path]) => end.endsWith(path))?.[1];
}
