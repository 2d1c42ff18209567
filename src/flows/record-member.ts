/**
 * A record handed whole to a wrapper that reads one member of it (`sendEmailTemplate(type, insertedUser)` where the
 * helper sends `to: recipient.email`): the member the wrapper reads is the caller's record's member, so the person's
 * address leaves at the caller as surely as `sendEmailTemplate(type, { email: user.email })` would. What the member
 * holds is what its own name says in the wrapper (`email`, `firstName`: the summary entry's `named`), since the
 * caller's value names only the record; a member named for nothing (`team.title`, `recipient.id`) adds nothing.
 * A parameter handed on as it came is its callers' to judge, as any parameter is; an object literal or a built
 * message is read key by key elsewhere.
 */
import type { Category } from '../detect/types.js';
import type { ValueFact } from './module-facts.js';

/** The categories and expression the member `key` of the record `arg` carries, or undefined where it is not read so. */
export function recordMember(arg: ValueFact & { props?: unknown; madeBy?: unknown }, key: string | undefined, named: readonly Category[] | undefined, isAtSink: boolean | undefined): { categories: readonly Category[]; expression: string } | undefined {
  if (key === undefined || !named?.length) return undefined;
  if (arg.props !== undefined || arg.madeBy !== undefined || !arg.isVariable || arg.categories.length > 0) return undefined;
  if (arg.isParam && !isAtSink) return undefined;
  return { categories: named, expression: `${arg.text}.${key}` };
}
