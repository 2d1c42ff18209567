/**
 * A wrapper's parameter called only `name` beside one named for an email address or phone number:
 * `sendWelcomeEmail(email: string, name: string)` greeting the person by `name` in the mail's text. What a wrapper's
 * parameter is named for is its contract (`FunctionFact.named`); `name` alone says too little to be anyone's, but in a
 * parameter list that also takes the person's address it is that person's name, as a bare `name` beside an email in one
 * object literal is (person-record.ts). Callers then hand a name whatever their value is called: Worklenz's sign-up
 * strategies pass `sanitizedName` and Google's `body.displayName`, names the detector leaves unread on their own.
 * Only the exact word `name`: `teamName`, `projectName` keep their own reading.
 */
import type { Category } from '../../detect/types.js';

/** `[name]` for parameter `index` when it is called `name` and another parameter is named for an address or phone. */
export function nameBesideAddressParam(params: readonly string[], index: number, classify: (name: string) => readonly Category[]): Category[] {
  if (params[index] !== 'name') return [];
  return params.some((other, i) => i !== index && other !== '{}' && classify(other).some((c) => c === 'email' || c === 'phone')) ? ['name'] : [];
}

/**
 * A caller's value that is a container's `name` member (`team.name`, `org.name`) and that the detector read as no
 * one's: its container said what it is, so no parameter's name makes it a person's (`sendNewMemberEmail(team.name,
 * req.email, …)` names a team).
 */
export function isContainersOwnName(text: string): boolean {
  return /\.name$/.test(text);
}
