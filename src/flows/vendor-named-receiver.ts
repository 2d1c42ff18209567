/**
 * A vendor's client held where privmap cannot trace it to the SDK's import (a field set elsewhere, a member injected
 * by a DI token, a parameter typed `any`): `this.stripe.customers.create({ email })`, `this.posthog.capture(…)`,
 * `this.twilio.messages.create({ to: phone })`. When the receiver's name names a catalogued vendor (its sink id or
 * title, case-insensitively, with a `Client`/`Service`/`Api` suffix stripped) AND the rest of the call is one of that
 * vendor's catalogued method paths, the call is that vendor's sink, with the catalogue's argument roles, at a
 * confidence below an import-proven call. The vendor names come from the catalogue itself: there is no second list.
 * Only for a receiver the file does not resolve to something else (the scanner decides; a resolved value wins).
 */
import { matchSink, type CompiledCatalogue, type CompiledSink } from './call-patterns.js';
import type { SinkDef } from './types.js';

/** How sure a vendor-named receiver is, against 1 for an import-proven call (and 0.6 for a wrapper's name). */
export const VENDOR_NAMED_CONFIDENCE = 0.8;

/** Suffixes a client's holder adds to the vendor's name (`stripeClient`, `posthogService`, `resendApi`). */
const HOLDER_SUFFIX = /(?:client|service|api)$/;

/** A catalogue sink id or title as a receiver name spells it: `aws-ses` -> `awsses`, `PostHog` -> `posthog`. */
const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The vendor a receiver's name names: `_stripeClient` -> `stripe`, `this.#posthog` -> `posthog`. */
export function vendorWord(receiver: string): string {
  const word = squash(receiver);
  const stripped = word.replace(HOLDER_SUFFIX, '');
  return stripped === '' ? word : stripped;
}

interface VendorIndex {
  byWord: Map<string, CompiledSink[]>;
  hint: RegExp | undefined;
}

const indexes = new WeakMap<CompiledCatalogue, VendorIndex>();

/** Sinks with a client's method paths (`<instance>.…`), by the words naming them; HTTP clients name no vendor. */
function indexOf(compiled: CompiledCatalogue): VendorIndex {
  let index = indexes.get(compiled);
  if (index) return index;
  const byWord: VendorIndex['byWord'] = new Map();
  for (const entry of compiled.sinks) {
    if (entry.sink.kind === 'http' || !entry.patterns.some((p) => p.root === '<instance>' && p.rest.length > 0)) continue;
    for (const word of new Set([squash(entry.sink.id), squash(entry.sink.title)])) {
      if (word.length < 3) continue;
      byWord.set(word, [...(byWord.get(word) ?? []), entry]);
    }
  }
  const words = [...byWord.keys()].sort();
  // A receiver named for a vendor with a member read on it (`this.stripeClient.`, `_posthog?.`), case-insensitively.
  const hint = words.length ? new RegExp(`(?<![\\w$])[_#]?(?:${words.join('|')})(?:client|service|api)?\\s*\\??\\.`, 'i') : undefined;
  index = { byWord, hint };
  indexes.set(compiled, index);
  return index;
}

/** Whether a file's text names a vendor a receiver may be named for (so its walk is not skipped). */
export function mayNameVendor(compiled: CompiledCatalogue, text: string): boolean {
  return indexOf(compiled).hint?.test(text) ?? false;
}

/**
 * The catalogued sink `receiver.path…` reaches by its receiver's name (`stripe`, [`customers`, `create`] -> Stripe),
 * if the name names a vendor and the path is one of its client's method paths.
 */
export function vendorNamedSink(compiled: CompiledCatalogue, receiver: string, path: readonly string[]): SinkDef | undefined {
  if (path.length === 0 || path.includes('()')) return undefined;
  const candidates = indexOf(compiled).byWord.get(vendorWord(receiver));
  if (!candidates) return undefined;
  for (const entry of candidates) {
    for (const pattern of entry.patterns) {
      if (pattern.root !== '<instance>' || pattern.rest.length !== path.length) continue;
      if (pattern.rest.every((seg, i) => seg === '*' || seg.has(path[i]!))) return entry.sink;
    }
  }
  return undefined;
}

/**
 * The catalogued sink an untraced receiver's method path reaches in a file importing that vendor's SDK: a client
 * handed to a callback (`withRetries(id, async (calendar) => calendar.events.insert({ requestBody }))` beside
 * `import { google } from 'googleapis'`), or passed in as an untyped parameter. Only a path of two segments or more
 * (`events.insert`, `customers.create`): one segment (`send`, `create`) names too many other things' methods.
 */
export function importedVendorSink(compiled: CompiledCatalogue, imported: ReadonlySet<string>, path: readonly string[]): { sink: SinkDef; pkg: string } | undefined {
  if (path.length < 2 || path.includes('()')) return undefined;
  // In the file's import order (a Set keeps it), so the answer is the same run after run without sorting per call.
  for (const pkg of imported) {
    // Matched as a client made from the package is where it is made in view (`const calendar = google.calendar(…)`).
    const sink = matchSink(compiled, '', path, { package: pkg, kind: 'instance' });
    if (sink) return { sink, pkg };
  }
  return undefined;
}

/** The evidence of such a flow, in words. */
export function vendorNamedEvidence(receiver: string, sink: SinkDef, importedFrom?: string): string {
  if (importedFrom) return `client \`${receiver}\` in a file importing ${importedFrom}, method path of ${sink.title}'s SDK`;
  return `client named \`${receiver}\`, method path of ${sink.title}'s SDK`;
}
