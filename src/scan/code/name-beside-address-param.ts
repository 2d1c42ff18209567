/**
 * A wrapper's parameter called only `name` beside one named for an email address or phone number:
 * `sendWelcomeEmail(email: string, name: string)` greeting the person by `name` in the mail's text. What a wrapper's
 * parameter is named for is its contract (`FunctionFact.named`); `name` alone says too little to be anyone's, but in a
 * parameter list that also takes the person's address it is that person's name, as a bare `name` beside an email in one
 * object literal is (person-record.ts). Callers then hand a name whatever their value is called: Worklenz's sign-up
 * strategies pass `sanitizedName` and Google's `body.displayName`, names the detector leaves unread on their own.
 * Only the bare word, in any language the name rules know it in (`name`, `nombre`, `navn`, `naam`, `nom`: the one-word
 * terms of rules/name.yml `name.generic`, asked of the detector); `teamName`, `projectName` keep their own reading.
 * The address beside it may be a parameter named for the addressee (`sendVerificacionEmail(to, nombre, url)`,
 * record-member.ts): the name is the name of the person written to.
 */
import type { Category } from '../../detect/types.js';
import type { DataContext } from '../../flows/personal-data.js';
import { nameWords } from '../../flows/name-words.js';
import { isAddresseeName } from '../../flows/record-member.js';

/** Whether `word` is one bare name word of the name rules (`name`, `nombre`, `navn`): a person's name in a person's record. */
export function isBareNameWord(word: string, ctx: Pick<DataContext, 'detector'>): boolean {
  if (nameWords(word).length !== 1) return false;
  return ctx.detector.classifyField({ name: word, container: ['person'] }).matches.some((m) => m.evidence.ruleId === 'name.generic');
}

/** `[name]` for parameter `index` when it is a bare name word and another parameter is named for an address, a phone or the addressee. */
export function nameBesideAddressParam(params: readonly string[], index: number, classify: (name: string) => readonly Category[], isBareName: (name: string) => boolean): Category[] {
  const param = params[index];
  if (param === undefined || !isBareName(param)) return [];
  const isContact = (other: string) => classify(other).some((c) => c === 'email' || c === 'phone') || isAddresseeName(other);
  return params.some((other, i) => i !== index && other !== '{}' && isContact(other)) ? ['name'] : [];
}

/**
 * A caller's value that is a container's `name` member (`team.name`, `org.name`) and that the detector read as no
 * one's: its container said what it is, so no parameter's name makes it a person's (`sendNewMemberEmail(team.name,
 * req.email, …)` names a team).
 */
export function isContainersOwnName(text: string): boolean {
  return /\.name$/.test(text);
}
