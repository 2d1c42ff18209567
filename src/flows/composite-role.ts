/**
 * A role reached through a key whose value is built from several parameters (session 14, seen in OpenSign's decline
 * mail: `const params = { recipient: creatorEmail, html: body, … }` with the decline `reason` in `body`, handed as
 * `sendSystemMail({ params })` to a helper whose `req.params.recipient` is the mail's `to`). A summary keeps one key of
 * a parameter (`params`), so "an email reaches `params`" is all it knows; where the caller's value at that key is
 * made of several parameters, the role cannot say which one is the address, and giving it to each made the `reason`
 * an email address. The role is kept where the value holds one parameter's value (`{ to: email }`), dropped where it
 * holds several; what each parameter is named for still counts.
 */
import type { ParamRef, Role, ValueFact } from './module-facts.js';

/** The role to hand on to the parameters in `value`, or undefined where the value mixes several of them. */
export function roleForHanded(role: Role | undefined, value: Pick<ValueFact, 'params'> | undefined): Role | undefined {
  if (!role || role === 'person' || !value?.params || value.params.length < 2) return role;
  const first = value.params[0]!;
  return value.params.every((r: ParamRef) => r.param === first.param && r.key === first.key) ? role : undefined;
}
