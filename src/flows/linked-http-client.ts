/**
 * An HTTP client made in one module and called from another (`export const api = axios.create({ baseURL: '/api' })`,
 * then `api.post('/workspace/find-by-email', { email })` in a service of the app): the app's own backend where its
 * host or base says so, exactly as a call in the client's own module is judged (src/scan/code/flows.ts): a relative
 * base, a local host (`NEXT_PUBLIC_API_URL || 'http://localhost:3001/api'`) or a setting of the app's own API. Such a
 * call is no flow and no sink for the wrappers around it. A client whose host or base names someone else's server,
 * or that shows neither (the call's own URL decides, and the linker does not keep it), is judged as before.
 */
import { isLocalHost } from './hosts.js';
import { targetOfSetting, vendorOfPath } from './http-targets.js';
import type { ClientFact } from './module-facts.js';
import type { SinkCatalogue } from './types.js';

export function isOwnServerClient(client: ClientFact, catalogue: SinkCatalogue): boolean {
  if (client.host) return isLocalHost(client.host);
  const base = client.base;
  if (!base) return false;
  if ('relative' in base) return true;
  // `${process.env.SIB_BASE_URL}/smtp/email`-like bases keep their vendor by path; a setting of no vendor's word that
  // says only "the API" (`NEXT_PUBLIC_API_URL`) is the app's own (rules/http-targets.yml).
  if (vendorOfPath(catalogue, base.path)) return false;
  return targetOfSetting(catalogue, base.setting).own;
}
