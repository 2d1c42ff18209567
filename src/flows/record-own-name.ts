/**
 * A record's name written in one text beside the same record's own email address or phone number (endemit-web's
 * order notifications: `New order by ${order.name ? order.name : order.email}`, `${booking.name} (${booking.phone})`).
 * The bare-name reading (name-beside-address.ts) leaves a thing's name alone (`order.name`, `event.name`), since an
 * order or an event is called something; but a record whose own `email` or `phone` is a person's is that person's
 * record (a shop's order keeps its customer's name and address), so its `name` beside them is theirs. Only the
 * record's bare contact member counts (`order.email`, not `event.organizerEmail`, whose record is someone else's), and
 * only members read in the text itself or through `?:`, `??`, `||` and `&&` (not inside a call).
 *
 * The same holds across one function (session 27, seen in a pottery studio's booking handler: `const name =
 * sanitizeText(data.name)` pushed to the studio's phone, where the handler also reads `data.email` and `data.phone`):
 * a record whose own email or phone the function reads is a person's record, so its bare `name` is their name
 * wherever the function writes it. Not a record named for an organisation (`team`, `company`: their address is the
 * organisation's), only the bare name word (`data.name`, `payload.nombre`), never `data.projectName`, and only a
 * record the function holds itself (a request's body, a row, a form's state): a parameter's record is judged where
 * its callers hand it over. A member the function addresses a message to (`to: reservation.contact`) is the record's
 * own contact too (session 44).
 */
import type ts from 'typescript';
import { add, classify, textOf, type Carried, type DataContext } from './personal-data.js';
import { PERSON_CONTAINER } from './roles.js';
import { nameWords } from './name-words.js';
import { unwrap } from '../scan/code/unwrap.js';
import { typescript } from '../scan/code/typescript-api.js';
import { namesOrganisation } from '../scan/code/loaded-record.js';
import { loadLexicon } from '../detect/lexicon.js';
import { normalizeWord } from '../detect/normalize.js';

/** The words of a record's own contact member (`email`, `emailAddress`, `phone_number`, `telefono`). */
const CONTACT_WORDS = new Set(['email', 'mail', 'e', 'address', 'phone', 'number', 'mobile', 'tel', 'telephone', 'telefono', 'telefon', 'courriel', 'portable', 'cell']);
/** The lexicon's concepts whose one-word terms name a record's own contact member in each language. */
const CONTACT_CONCEPTS = ['phone', 'mobile', 'fax', 'email'];
/** Plural endings of the lexicon's languages (`emails`, `celulares`, `eposter`, `sahkopostit`). */
const PLURAL_ENDINGS = ['s', 'es', 'en', 'er', 'ar', 'i', 't'];
let contactWords: ReadonlySet<string> | undefined;

/**
 * The words above and every one-word phone, mobile, fax or email term of the lexicon (`whatsapp`, `celular`, `handy`,
 * `telefoon`, `correo`, `epost`): a Brazilian booking's `p.whatsapp` is its own phone as `p.phone` is. A term of two
 * words may say whose it is (`email responsavel`), so only one-word terms join.
 */
function ownContactWords(): ReadonlySet<string> {
  if (contactWords) return contactWords;
  const words = new Set(CONTACT_WORDS);
  for (const language of loadLexicon().languages) {
    const terms = new Set(CONTACT_CONCEPTS.flatMap((concept) => language.concepts[concept] ?? []).filter((term) => !/\s/.test(term.trim())).map((term) => normalizeWord(term.trim())));
    // A plural holds a list (`campaign.emails.length`, `telefones`), not the record's own contact: a term that is another
    // term of its language with a plural ending is left out.
    for (const term of terms) if (!PLURAL_ENDINGS.some((end) => term.endsWith(end) && terms.has(term.slice(0, -end.length)))) words.add(term);
  }
  return (contactWords = words);
}

/** Adds `name` for `record.name` among a text's values where the same record's bare email or phone is one of them. */
export function recordOwnName(values: readonly ts.Expression[], ctx: DataContext, out: Carried): void {
  const reads = values.flatMap((v) => memberReads(v, 0));
  const withContact = new Set<string>();
  for (const read of reads) if (isOwnContact(read.name.text, ctx)) withContact.add(textOf(read.expression, ctx));
  if (withContact.size === 0) return;
  for (const read of reads) {
    if (!withContact.has(textOf(read.expression, ctx))) continue;
    if (classify(read.name.text, PERSON_CONTAINER, ctx).includes('name')) add(out, ['name'], textOf(read, ctx));
  }
}

/** Whether a member is a record's own email or phone (`email`, `phone_number`), not someone else's (`organizerEmail`). */
export function isOwnContact(member: string, ctx: DataContext): boolean {
  const categories = classify(member, PERSON_CONTAINER, ctx);
  if (!categories.includes('email') && !categories.includes('phone')) return false;
  const words = ownContactWords();
  return nameWords(member).every((w) => words.has(w));
}

/** The member reads a value is made of, through conditions and fallbacks (`a.name ? a.name : a.email`). */
function memberReads(input: ts.Expression, depth: number): ts.PropertyAccessExpression[] {
  const node = unwrap(input);
  if (depth > 4) return [];
  if (typescript.isPropertyAccessExpression(node)) return [node];
  if (typescript.isConditionalExpression(node)) return [node.condition, node.whenTrue, node.whenFalse].flatMap((n) => memberReads(n, depth + 1));
  if (typescript.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === typescript.SyntaxKind.QuestionQuestionToken || op === typescript.SyntaxKind.BarBarToken || op === typescript.SyntaxKind.AmpersandAmpersandToken) return [...memberReads(node.left, depth + 1), ...memberReads(node.right, depth + 1)];
  }
  return [];
}

/** Whether `root.member` is the bare name of a record whose own email or phone the function around reads too. */
export function isNameOfContactRecord(root: string, member: string, ctx: DataContext): boolean {
  const read = ctx.membersRead?.(root);
  if (!read || read.size < 2 || nameWords(member).length !== 1) return false;
  // A parameter's record is its callers' to say (a helper's `data` may hold a team's name beside an owner's address).
  if (ctx.parametersBeside?.(root)) return false;
  if (!classify(member, PERSON_CONTAINER, ctx).includes('name')) return false;
  // A member the function addresses a message to (`{ to: reservation.contact }`) is the record's own contact whatever it
  // is called: the record is the addressee's (session 44, a French knitting shop's reservation mails).
  const recipients = ctx.recipientMembers?.(root);
  return [...read].some((other) => other !== member && (isOwnContact(other, ctx) || recipients?.has(other) === true)) && !namesOrganisation(root, ctx);
}
