/**
 * A record handed whole to a wrapper whose parameter is a generic payload (`notify(type, data)`, `emit(event,
 * payload)`, `send(options)`): the wrapper reads the person's keys out of whatever it is given (`data.email` as a
 * mail's recipient), so the caller's record (`notifyService.notify(USER_CONFLICT, userObject)`) hands those keys
 * over, and the data enters at that caller. A parameter named for the person (`sendWelcome(user)` reading
 * `user.email`) is not such a payload: the wrapper itself picks the person's address, and the flow is its own.
 */
import type { Category } from '../detect/types.js';
import type { ArgFact, Role } from './module-facts.js';

/** Parameter names that say "whatever the caller hands over", not what it is. */
const PAYLOAD_PARAMS = new Set(['data', 'payload', 'params', 'options', 'opts', 'args', 'body', 'input', 'event', 'message', 'notification', 'content', 'context', 'ctx', 'props', 'values', 'variables', 'details', 'info', 'meta', 'metadata', 'extra']);

export function isPayloadParam(name: string | undefined): boolean {
  return name !== undefined && PAYLOAD_PARAMS.has(name);
}

/**
 * What a record handed whole supplies for a key the wrapper reads (`key`), by the role the sink gives that key or
 * what the key's own name says (`named`): undefined unless the record is the caller's own variable value with
 * nothing read of it yet (a parameter handed on is judged at its callers; a constant or setting is no one's).
 */
export function wholeRecordSupplies(arg: ArgFact, key: string | undefined, role: Role | undefined, named: readonly Category[] | undefined): { categories: Category[]; expression: string } | undefined {
  if (key === undefined || arg.props || !arg.isVariable || arg.isParam || arg.categories.length > 0) return undefined;
  const categories = [...new Set([...(role && role !== 'person' ? [role] : []), ...(named ?? [])])];
  return categories.length ? { categories, expression: `${arg.text}.${key}` } : undefined;
}
