/**
 * The link side of a sender made from a message builder (src/scan/code/sender-factory.ts): the body written for
 * `export const notify = makeSend(notifyT)` (`makeSend()(notifyT(…))`) holds only where `makeSend`'s returned function
 * calls the parameter the builder was handed in with its own arguments; any other factory made something else of it.
 */
import type { FunctionFact, Role } from './module-facts.js';

/** Whether the target is the function a factory returns, and that factory hands its argument `index` the sender's arguments. */
export function builtBy(target: { kind: string; file?: string; fn?: string }, index: number, functionOf: (file: string, fn: string) => FunctionFact | undefined): boolean {
  if (target.kind !== 'function' || !target.file || !target.fn?.endsWith('/()')) return false;
  return functionOf(target.file, target.fn.slice(0, -3))?.buildsWith === index;
}

/**
 * The parameters of a sender whose member is the mail's recipient (`to: user.email` in its builder): the caller chooses
 * who is written to and hands that person over, whatever the parameter is called (`user`, `vendor`), since the sender's
 * declaration is no place a reader sees the address read (record-member.ts reads a parameter named for the addressee so).
 */
export function senderAddressees(fact: FunctionFact | undefined, entries: readonly { param: number; key?: string; role?: Role }[] | undefined): number[] {
  if (!fact?.isSender) return [];
  return [...new Set((entries ?? []).filter((e) => e.key !== undefined && (e.role === 'email' || e.role === 'phone')).map((e) => e.param))];
}
