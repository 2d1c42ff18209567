/**
 * A role a job's handler gives a member of the payload's member, not the payload (session 13, seen in laudspeaker's
 * journey processor once its dispatch table was followed: `process(job) { this.handleMessage(job.data.owner, …,
 * job.data.customer) }`, where `handleMessage` sends `customer.email`). A parameter's reference keeps one key, so
 * `job.data.customer` is read as the parameter's `data`, and the callee's role for `customer.email` was put on the whole
 * `data`, as its `keyRoles` say it belongs to the key `email` of what was handed. Handed on to a queued job's payload,
 * that role made every value a caller put in the payload (its owner, journey, session: sixteen calls, four vendors)
 * an email address. Where the entry of the payload's envelope key (`data`, `payload`) says with `keyRoles` that the
 * role is a member's, the payload keeps those key roles only; a role read at the sink itself (`to: job.data.to`, no
 * key roles) still speaks for the payload's values, as before.
 */
import { PAYLOAD_KEYS, type Role } from './module-facts.js';

/** Whether the role of a handler's entry belongs to a member of what its envelope key holds (see above). */
export function isMemberRole(key: string | undefined, keyRoles: Record<string, Role> | undefined): boolean {
  return key !== undefined && PAYLOAD_KEYS.has(key) && keyRoles !== undefined;
}
