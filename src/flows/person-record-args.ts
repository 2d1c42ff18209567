/**
 * A person's record handed over member by member: `sendNewMemberEmail(req.name, req.email, org.name, ownerEmail)`,
 * `notifyAdmins(input.name || '', input.email || '')`. Where one argument is a member holding a person's email or
 * phone (`req.email`), an open `name` member of the same value (`req.name`, not `org.name`) is that person's name,
 * as it is written beside the address in one object (person-record.ts): the value is the person's record, read a
 * field at a time. A member whose own container says whose it is (`team.name`, `product.name`) stays what it is.
 * A text among the arguments is read so too (session 37): beside the record's own contact member (`sendSms(p.phone,
 * \`Olá ${p.name}\`)`), the text is addressed to that record's person.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { isOrElse, unwrap } from '../scan/code/unwrap.js';
import { calleePath } from '../scan/code/flow-bindings.js';
import type { ArgFact } from './module-facts.js';
import { classify, inExpression, type Carried, type DataContext } from './personal-data.js';
import { readingAddressedMessage } from './name-beside-recipient.js';
import { isOwnContact } from './record-own-name.js';
import { isOpenName } from './person-record.js';
import { PERSON_CONTAINER } from './roles.js';
import { destructuredMember } from './destructured-members.js';
import { isTransactionTitle } from './transaction-party-name.js';

const CONTACT = new Set(['email', 'phone']);

/** `req.name || ''`, `input.email ?? ''`: the value, without a literal fallback. */
function withoutFallback(input: ts.Expression): ts.Expression {
  const node = unwrap(input);
  if (isOrElse(node)) {
    const right = unwrap(node.right);
    if (typescript.isStringLiteralLike(right)) return withoutFallback(node.left);
  }
  return node;
}

/** `req` and `name` of `req.name`, `data.user` and `email` of `data.user.email`: a member of a named value. */
function memberOf(input: ts.Expression): { base: string; key: string } | undefined {
  const node = withoutFallback(input);
  if (!typescript.isPropertyAccessExpression(node)) return undefined;
  const path = calleePath(node, false, false);
  if (!path || path.root === 'this') return undefined;
  return { base: [path.root, ...path.path.slice(0, -1)].join('.'), key: path.path.at(-1)! };
}

/**
 * `nombre` of `const { nombre, correo } = req.body`: a local destructured from a value is that value's member
 * (destructured-members.ts), so a form's fields taken apart and handed over one by one read as `req.body.nombre`.
 */
function memberOrDestructured(input: ts.Expression, ctx: DataContext): { base: string; key: string } | undefined {
  return memberOf(input) ?? destructuredMember(withoutFallback(input), ctx);
}

/** Marks as a name each argument that is an open name member of a value another argument reads a person's email or phone from. */
export function nameBesideContactArgument(args: readonly ts.Expression[], facts: ArgFact[], ctx: DataContext): void {
  if (args.length < 2) return;
  const members = args.map((arg) => memberOrDestructured(arg, ctx));
  const contactBases = new Set(members.flatMap((m, i) => (m && facts[i]!.isVariable && facts[i]!.categories.some((c) => CONTACT.has(c)) ? [m.base] : [])));
  if (contactBases.size === 0) return;
  members.forEach((member, i) => {
    const fact = facts[i]!;
    if (!member || !contactBases.has(member.base) || !fact.isVariable || fact.categories.length > 0 || fact.props) return;
    if (!classify(member.key, PERSON_CONTAINER, ctx).includes('name')) return;
    // `booking.name` beside `booking.email`: the booking's party's name (transaction-party-name.ts).
    const value = withoutFallback(args[i]!);
    if (!isOpenName(value, ctx) && !isTransactionTitle(value, ctx)) return;
    // A destructured local is written as the member it was taken from; its own text is what the caller wrote.
    fact.categories = ['name'];
    fact.expressions = [...fact.expressions, `${member.base}.${member.key}`];
  });
  // `sendSms(p.phone, \`Olá ${p.name}\`)`: a text handed beside the record's own phone or email is addressed to that
  // record, so its `name` written there is the person's (name-beside-recipient.ts), as in a message's object.
  const addressed = new Set(members.flatMap((m, i) => (m && facts[i]!.isVariable && facts[i]!.categories.some((c) => CONTACT.has(c)) && isOwnContact(m.key, ctx) ? [m.base] : [])));
  if (addressed.size === 0) return;
  args.forEach((arg, i) => {
    const fact = facts[i]!;
    if (members[i] || fact.props || fact.categories.includes('name')) return;
    const out: Carried = { categories: new Set(), expressions: new Set() };
    readingAddressedMessage(addressed, () => inExpression(arg, ctx, out));
    if (!out.categories.has('name')) return;
    fact.categories = [...new Set([...fact.categories, ...out.categories])].sort() as ArgFact['categories'];
    fact.expressions = [...new Set([...fact.expressions, ...out.expressions])].sort();
  });
}
