/**
 * The app's own HTTP client called with a vendor's URL: `emailClient.fetch('https://graph.microsoft.com/v1.0/me/sendMail',
 * { body })` where `emailClient = new HTTPClient({ retries })` hands URL and options on to `fetch` (a Danish receptionist
 * service's retrying client, session 55). Clients written for retries and time-outs keep the `fetch` signature, and the
 * caller writes the endpoint, so the call is read as `fetch` itself. Only a method named `fetch` and only where its first
 * argument is a literal URL on a host the catalogue names: a call of such a method with any other URL is left to the
 * link stage, which follows the client's own code.
 */
import type ts from 'typescript';
import { hostOfLiteral } from './flow-literals.js';
import { sinkForHost } from '../../flows/hosts.js';
import type { SinkCatalogue } from '../../flows/types.js';

/** Whether `receiver.fetch(url, …)` is a fetch of a catalogue vendor's URL. */
export function isOwnFetchOfVendor(call: ts.CallExpression, path: readonly string[], sinks: SinkCatalogue): boolean {
  if (path.length === 0 || path[path.length - 1] !== 'fetch' || call.arguments.length === 0) return false;
  const host = hostOfLiteral(call.arguments[0], false);
  return host !== undefined && sinkForHost(sinks, host) !== undefined;
}
