/**
 * What a queued job's or an emitted event's handler reads of its payload, seen from the call that queues it
 * (`emitter.emit('user.updated', user)` to `@OnEvent('user.updated') onUserUpdated(user) { fetch(…, { body: { email:
 * user.email } }) }`). The handler's summary says its parameter's key `email` reaches the sink, and what that key is
 * named for (`email`) is the key's contract. Handed to the emitting call, the entry stands for the whole payload
 * (the key of a record is not a key of the call's argument), so the key's contract must not go with it: it made the
 * row `user` an email address at every `emit`, where the person is read by the listener, not by the emitter (AFFiNE's
 * user events: four wrong flows). A key of the payload's envelope (`job.data`, `{ payload }`) is the payload itself
 * and keeps its contract.
 */
import type { Category } from '../detect/types.js';

/** The contract kept for the entry handed to the queueing call: only where the handler's key is the payload itself. */
export function keptContract(isPayload: boolean, named: Category[] | undefined): { named?: Category[] } {
  return isPayload && named ? { named } : {};
}
