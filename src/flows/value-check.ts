/**
 * A call named for checking one contact value and handing it back in shape: `validatePhoneNumber(options.to)`,
 * `verifyEmail(input.email)`, `checkMobile(phone)`. A `validate`/`verify`/`check` name is otherwise read as a look-up
 * whose result is a record or a flag, not its arguments (`validateUser(email, password)`, `verifyToken(token)`); where
 * the words after the verb name only the contact value (and a format or number word), the result is that value,
 * cleaned (tailtown's SMS service: `const toNumber = this.validatePhoneNumber(options.to)` then `to: toNumber`).
 */
import { byNameWords } from './name-words.js';

const VERBS = new Set(['validate', 'verify', 'check']);
/** Words naming a contact value itself, and the words that may stand beside them (`PhoneNumber`, `E164`, `Format`). */
const VALUE = new Set(['phone', 'mobile', 'cell', 'msisdn', 'email', 'mail', 'address']);
const BESIDE = new Set(['number', 'format', 'e164', 'and', 'normalize', 'normalise']);

const namesValueCheck = byNameWords((words) => words.length >= 2 && VERBS.has(words[0]!) && words.slice(1).some((w) => VALUE.has(w)) && words.slice(1).every((w) => VALUE.has(w) || BESIDE.has(w)));

/** Whether a callee's last name (`validatePhoneNumber`) checks a contact value and returns it. */
export function isValueCheck(name: string): boolean {
  return namesValueCheck(name.slice(name.lastIndexOf('.') + 1));
}
