/**
 * A name parameter read in its own function's body (session 19, clinikdent's mail service: `sendWelcomeEmail(email,
 * userName, userRole)` logging `` `Usuario: ${userName}` `` and `{ email, userName }`, the demo mode of a mail helper
 * that prints what it would send). Beside a parameter named for the person's email address or phone, a parameter called
 * only `name` is that person's name to callers (name-beside-address-param.ts); it is so in the body too, and so is a
 * login-shaped `userName` (two words, as isLoginName reads it), which a parameter list with the person's address
 * makes theirs as one message does. Only a parameter the function itself declares, not a local of that name.
 */
import type { Category } from '../detect/types.js';

const NAME: readonly Category[] = Object.freeze(['name']);
const NONE: readonly Category[] = Object.freeze([]);

/**
 * `[name]` for a parameter read in its function's body (`params`: that function's parameter names, `{}` for a pattern)
 * that is called `name` or is login-shaped (`loginShaped`), beside another parameter the detector reads as an email
 * address or phone.
 */
export function nameParamInBody(param: string, params: readonly string[] | undefined, loginShaped: boolean, classify: (name: string) => readonly Category[]): readonly Category[] {
  if (!params || (param !== 'name' && !loginShaped)) return NONE;
  return params.some((other) => other !== param && other !== '{}' && classify(other).some((c) => c === 'email' || c === 'phone')) ? NAME : NONE;
}
