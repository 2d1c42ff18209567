/**
 * A bare `name` destructured beside an address (session 12, seen in Feuerwehrverein-Raura's Express routes: `const {
 * name, email, subject, message } = req.body`, then `text: \`Guten Tag ${name}\`` in the confirmation mail; the usual
 * shape of a contact, sign-up or registration handler in any framework). `name` alone says too little to be anyone's,
 * but taken from the same object as an email address or phone number it is that person's name, as a bare `name`
 * beside an email in one object literal (person-record.ts) or in one parameter list (name-beside-address-param.ts)
 * is. Only a bare name word, in any language the name rules know it in (`name`, `nombre`, `navn`, `naam`, `nom`:
 * name-beside-address-param.ts `isBareNameWord`; a Peruvian shop's edge function takes `const { email, nombre, pedido }
 * = payload` apart and greets `${nombre}`); `teamName`, `{ name: teamName }` keep their own reading; a pattern without
 * an address or phone (`const { name, slug } = req.body`) says nothing.
 */
import type { Category } from '../detect/types.js';

const NAME: readonly Category[] = Object.freeze(['name']);
const NONE: readonly Category[] = Object.freeze([]);

/**
 * `[name]` for a local called by a bare name word destructured in one pattern with a name the detector reads as an
 * email address or phone (`siblings`: the pattern's local names, the local's own included).
 */
export function nameBesideDestructured(local: string, siblings: readonly string[] | undefined, classify: (name: string) => readonly Category[], isBareName: (name: string) => boolean): readonly Category[] {
  if (!siblings || (local !== 'name' && !isBareName(local))) return NONE;
  return siblings.some((other) => other !== local && classify(other).some((c) => c === 'email' || c === 'phone')) ? NAME : NONE;
}
