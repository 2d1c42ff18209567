/** Hosts of HTTP calls: the recipient of a generic HTTP request is the host a literal URL names. */
import { hostMatches } from '../inventory/recipients.js';
import type { SinkCatalogue, SinkDef } from './types.js';

export { hostMatches };

/** The host of an absolute http(s) URL (or of its literal beginning, `https://api.example.com/users/`). */
export function hostOfUrl(text: string): string | undefined {
  const match = /^https?:\/\/([^/?#:]+)(?::\d+)?(?:[/?#]|$)/i.exec(text.trim());
  return match ? match[1]!.toLowerCase() : undefined;
}

/** Loopback and local names: calls to them stay on the machine, so they are not flows to a recipient. */
export function isLocalHost(host: string): boolean {
  return host === 'localhost' || host === '0.0.0.0' || host === '[::1]' || /^127\./.test(host) || host.endsWith('.localhost') || host.endsWith('.local');
}

/** The catalogue sink whose hosts cover `host` (`api.mixpanel.com` is Mixpanel even through `fetch`). */
export function sinkForHost(catalogue: SinkCatalogue, host: string): SinkDef | undefined {
  return catalogue.sinks.find((s) => s.hosts.some((pattern) => hostMatches(pattern, host)));
}
