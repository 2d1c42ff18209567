/**
 * Argument roles: what a sink's argument holds whatever it is called. An email transport's `to` is an email
 * address (`sendgrid.send({ to: notification.to })`), an SMS `to` a phone, analytics traits describe a person
 * (so a bare `name` there is a person's name). The catalogue states them per sink (`roles:`); a key is an
 * object property at any depth of an object argument (`to`, `ToAddresses`), `$N` is the N-th argument, and
 * `method:key` limits it to calls of that method (`identify:$1`).
 */
import { isMailboxAddress } from './mailbox-address.js';
import { isSettingsValue } from './settings-value.js';
import { keyedRead } from './keyed-read.js';
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import type { Category } from '../detect/types.js';
import { isOrElse, unwrap } from '../scan/code/unwrap.js';
import type { Role } from './module-facts.js';
import { isModelConstruction } from '../scan/code/filled-objects.js';
import { filledFormBody, isFilledForm, urlObjectOf } from './filled-form.js';
import { isCoordinates } from './coordinates.js';
import { add, classify, inExpression, inKeyValue, isLoginName, isMailbox, shapesOf, inProperty, isConstantLocal, isLiteral, inMailboxAddress, textOf, type Carried, type DataContext } from './personal-data.js';
import type { SinkDef } from './types.js';
import { namesBesideContact } from './person-record-nested.js';
import { literalValues, recordsBesideOwnAddress } from './record-beside-own-address.js';
import { WHOLE_RECORD_CATEGORIES, wholePersonRecord } from './whole-person-record.js';
import { spreadPersonRecords } from './person-record-spread.js';
import { namesOrganisation } from '../scan/code/loaded-record.js';
import { serialisedBody } from './serialised-body.js';
import { addressedRecord, isInAddressedMessage, readingAddressedMessage } from './name-beside-recipient.js';

/** The container a person-describing key is classified under, so `name` reads as a person's name. */
export const PERSON_CONTAINER = ['person'];

/**
 * The roles of one call of `sink` (method = the callee's last name, callee = its whole path as written); undefined when
 * it has none. A role scoped to a dotted path (`customers.create:$0`) holds only where the callee ends with that path:
 * a Stripe customer's keys describe the customer, a checkout session's (`customer: customer.id`, line items) do not.
 */
export function rolesFor(sink: SinkDef, method: string | undefined, callee?: string): Record<string, Role> | undefined {
  if (!sink.roles) return undefined;
  let roles: Record<string, Role> | undefined;
  for (const [key, role] of Object.entries(sink.roles)) {
    const colon = key.indexOf(':');
    if (colon >= 0 && !isScopedTo(key.slice(0, colon), method, callee)) continue;
    (roles ??= {})[colon >= 0 ? key.slice(colon + 1) : key] = role;
  }
  return roles;
}

function isScopedTo(scope: string, method: string | undefined, callee: string | undefined): boolean {
  if (!scope.includes('.')) return scope === method;
  return callee !== undefined && (callee === scope || callee.endsWith(`.${scope}`));
}

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

/**
 * A default written in place: `''`, `'Fan'`, or one of two such picked by a condition (`name || (locale === 'en' ?
 * 'Football Fan' : 'Voetbalfan')`, a waitlist's greeting in yns): the value before it stays the person's.
 */
function isWrittenDefault(input: ts.Expression): boolean {
  const node = unwrap(input);
  if (isLiteral(node) || typescript.isNoSubstitutionTemplateLiteral(node)) return true;
  return typescript.isConditionalExpression(node) && isWrittenDefault(node.whenTrue) && isWrittenDefault(node.whenFalse);
}

const CONVERSIONS = new Set(['String', 'Number', 'encodeURIComponent', 'decodeURIComponent']);
/** String methods whose result is the same value, tidied (`email.trim()`, `name.toUpperCase()`). */
export const STRING_METHODS: ReadonlySet<string> = new Set(['trim', 'toLowerCase', 'toUpperCase', 'toString', 'trimStart', 'trimEnd', 'normalize']);
export const SYSTEM_ROOTS: ReadonlySet<string> = new Set(['process', 'env', 'config', 'configuration', 'settings', 'constants', 'CONFIG', 'ENV']);

/**
 * Whether a value is a person's, as opposed to the system's: a literal, the environment (`process.env.MAIL_FROM`,
 * `env.MAIL_FROM`, `import.meta.env.X`), configuration (`config.mail.from`) or a constant (`SUPPORT_EMAIL`) is the system's.
 */
export function isVariableValue(input: ts.Expression): boolean {
  const node = unwrap(input);
  if (isLiteral(node) || typescript.isNoSubstitutionTemplateLiteral(node)) return false;
  if (typescript.isTemplateExpression(node)) return node.templateSpans.some((span) => isVariableValue(span.expression));
  if (typescript.isBinaryExpression(node)) {
    if (!isVariableValue(node.left)) return false;
    if (!isOrElse(node)) return true;
    // `user.name ?? ''` is the person's with an empty default; `options.from ?? process.env.MAIL_FROM` the system's sender.
    return isWrittenDefault(node.right) || isVariableValue(node.right);
  }
  if (typescript.isConditionalExpression(node)) return isVariableValue(node.whenTrue) || isVariableValue(node.whenFalse);
  if (typescript.isIdentifier(node)) return !CONSTANT.test(node.text) && node.text !== 'undefined';
  if (typescript.isPropertyAccessExpression(node) || typescript.isElementAccessExpression(node)) {
    const last = typescript.isPropertyAccessExpression(node) ? node.name.text : typescript.isStringLiteral(node.argumentExpression) ? node.argumentExpression.text : '';
    if (CONSTANT.test(last) && last.length > 1) return false;
    let root: ts.Expression = node;
    while (typescript.isPropertyAccessExpression(root) || typescript.isElementAccessExpression(root)) root = unwrap(root.expression);
    if (typescript.isIdentifier(root) && SYSTEM_ROOTS.has(root.text)) return false;
    if (root.kind === typescript.SyntaxKind.MetaProperty) return false;
    // `settingsController.settings.admin_email`, `this.config.mail.from`: settings read further down a chain (settings-value.ts).
    return !isSettingsValue(node);
  }
  // `form.get('email')`, `searchParams.get('phone')`: a form's or a query's field, someone's (keyed-read.ts).
  if (typescript.isCallExpression(node) && keyedRead(node)) return true;
  // `env('SMTP_FROM')`, `config.get('mail.from')`: configuration.
  if (typescript.isCallExpression(node) && node.arguments.length === 1 && typescript.isStringLiteral(node.arguments[0]!)) return false;
  // `String(process.env.EMAIL_FROM)`, `process.env.MAIL_FROM.trim()`: a conversion is whose its value is.
  if (typescript.isCallExpression(node)) {
    const callee = unwrap(node.expression);
    if (typescript.isIdentifier(callee) && CONVERSIONS.has(callee.text) && node.arguments.length === 1) return isVariableValue(node.arguments[0]!);
    if (typescript.isPropertyAccessExpression(callee) && STRING_METHODS.has(callee.name.text)) return isVariableValue(callee.expression);
  }
  // `recipients: [identifiantUtilisateur]`: a list written in place is whose its elements are (inferred-mail-roles.ts).
  if (typescript.isArrayLiteralExpression(node)) return node.elements.some((e) => isVariableValue(typescript.isSpreadElement(e) ? e.expression : e));
  return !typescript.isObjectLiteralExpression(node);
}

/** A value that may be a person's: not the system's, written in place or kept in a local or a field (system-field.ts). */
function isPersonValue(value: ts.Expression, ctx: DataContext): boolean {
  return isVariableValue(value) && !isConstantLocal(value, ctx);
}

function isCategory(role: Role): role is Category {
  return role !== 'person';
}

/** The key a literal property is written under (`{ to }`, `{ to: x }`, `{ 'to': x }`); none for computed keys and spreads. */
export function keyOf(property: ts.ObjectLiteralElementLike): string | undefined {
  if (typescript.isShorthandPropertyAssignment(property)) return property.name.text;
  if (typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name))) return property.name.text;
  return undefined;
}

/** The value a literal property holds (a shorthand's name is its value). */
export function valueOf(property: ts.ObjectLiteralElementLike): ts.Expression | undefined {
  if (typescript.isShorthandPropertyAssignment(property)) return property.name;
  if (typescript.isPropertyAssignment(property)) return property.initializer;
  return undefined;
}

/**
 * A member of a record named for an organisation (`user.establishment.name`, `account.company.email`): under a key
 * that describes a person (analytics traits) it is still the organisation's (zero-logement-vacant's PostHog identify
 * of an establishment). The detector's own reading of the owner's name decides, as for a loaded record.
 */
export function isOrganisationMember(value: ts.Expression, ctx: DataContext): boolean {
  const node = tidiedValue(value);
  if (!typescript.isPropertyAccessExpression(node)) return false;
  const owner = unwrap(node.expression);
  const ownerName = typescript.isPropertyAccessExpression(owner) ? owner.name.text : typescript.isIdentifier(owner) ? owner.text : undefined;
  return ownerName !== undefined && namesOrganisation(ownerName, ctx) && !namesPersonOfOrganisation(node.name.text, ownerName, ctx);
}

/**
 * `tenant.contactEmail`, `company.ownerPhone`: a member naming a person the organisation's record holds (its contact,
 * owner or manager) is that person's, as a contact person's name in a supplier's record is (session 51, a Norwegian
 * HSE SaaS's mails to each tenant's contact); `restaurant.email` stays the organisation's own.
 */
function namesPersonOfOrganisation(member: string, owner: string, ctx: DataContext): boolean {
  return ctx.detector.classifyField({ name: member, container: [owner] }).matches.some((m) => m.evidence.notes?.some((note) => note.startsWith('person-noun:')));
}

/**
 * The value under a default written in place and a tidying method: `business.email` of `business.email?.trim() ||
 * undefined` (a Mexican booking SaaS's Stripe Connect account for the business), so its owner can be read.
 */
function tidiedValue(value: ts.Expression): ts.Expression {
  let node = unwrap(value);
  for (let i = 0; i < 4; i++) {
    if (isOrElse(node) && isWrittenDefault(node.right)) node = unwrap(node.left);
    else if (typescript.isCallExpression(node) && node.arguments.length === 0 && typescript.isPropertyAccessExpression(node.expression) && STRING_METHODS.has(node.expression.name.text)) node = unwrap(node.expression.expression);
    else break;
  }
  return node;
}

/** A value in a role: `{ name, address }` under an email role is a name and an email, never a postal address. */
export function inRole(input: ts.Expression, role: Role, ctx: DataContext, out: Carried, depth = 0): void {
  if (depth > 4) return;
  const node = unwrap(input);
  // `origins: \`${originLat},${originLng}\``: a position, not a postal address (coordinates.ts).
  if (role === 'address' && isCoordinates(node)) return;
  // `identify(user.id, { ...user, plan })`: a person's whole record spread into the traits (person-record-spread.ts).
  if (role === 'person' && depth === 0) for (const record of spreadPersonRecords(node, ctx)) add(out, WHOLE_RECORD_CATEGORIES, record);
  if (typescript.isArrayLiteralExpression(node)) {
    for (const element of node.elements) inRole(element, role, ctx, out, depth + 1);
    for (const element of ctx.pushed?.(node) ?? []) inRole(element, role, ctx, out, depth + 1);
    return;
  }
  if (typescript.isConditionalExpression(node)) {
    inRole(node.whenTrue, role, ctx, out, depth + 1);
    inRole(node.whenFalse, role, ctx, out, depth + 1);
    return;
  }
  if (typescript.isObjectLiteralExpression(node)) {
    for (const property of node.properties) {
      const key = keyOf(property);
      const value = valueOf(property);
      if (role === 'person' && key && value) {
        const text = typescript.isShorthandPropertyAssignment(property) ? `{ ${key} }` : `${key}: ${textOf(value, ctx)}`;
        // `name: user.establishment.name`: the value says whose it is, an organisation's, whatever the key.
        if (isOrganisationMember(value, ctx)) continue;
        const isNamed = isPersonValue(value, ctx) && (add(out, classify(key, PERSON_CONTAINER, ctx), text) || (isLoginName(value, ctx) && add(out, ['name'], text)));
        if (!isNamed) inProperty(property, ctx, out, depth + 1);
      } else if (role === 'email' && (key === 'address' || key === 'email') && value) {
        if (isPersonValue(value, ctx)) add(out, ['email'], textOf(value, ctx));
      } else if (role === 'email' && key === 'name' && value) {
        if (isPersonValue(value, ctx)) add(out, classify('name', PERSON_CONTAINER, ctx), textOf(value, ctx));
      } else inProperty(property, ctx, out, depth + 1);
    }
    for (const { key, value } of ctx.assigned?.(node) ?? []) {
      const isNamed = role === 'person' && isPersonValue(value, ctx) && add(out, classify(key, PERSON_CONTAINER, ctx), `${key}: ${textOf(value, ctx)}`);
      if (!isNamed) inKeyValue(key, value, ctx, out, depth + 1);
    }
    return;
  }
  // `to: restaurant.email`: the organisation's own mailbox (or phone, or address) is no person's (org-contact).
  if (isCategory(role) && isOrganisationMember(node, ctx)) return;
  // `to: address` in a mail helper: a mailbox's address, not a street (mailbox-address.ts).
  if (role === 'email' && isVariableValue(node) && (typescript.isIdentifier(node) || typescript.isPropertyAccessExpression(node)) && isMailboxAddress(textOf(node, ctx), role)) {
    if (!isConstantLocal(node, ctx)) add(out, ['email'], textOf(node, ctx));
    return;
  }
  const before = out.expressions.size;
  // `to: recipients.join(', ')` of `for (const addr of source) recipients.push(addr.trim())`: a mail's recipient is a
  // mailbox's address, whatever the value is called, never a street (session 55, a Swedish shop's admin mails).
  if (role === 'email') inMailboxAddress(node, ctx, out, depth + 1);
  else inExpression(node, ctx, out, depth + 1);
  if (isCategory(role) && isPersonValue(node, ctx)) add(out, [role], textOf(node, ctx));
  else if (role === 'person' && out.expressions.size === before) {
    const local = typescript.isIdentifier(node) ? ctx.resolveLocal(node.text) : undefined;
    if (local && typescript.isObjectLiteralExpression(unwrap(local))) inRole(local, role, ctx, out, depth + 1);
    // `Sentry.setUser(req.user)`: a person's whole record (whole-person-record.ts).
    else if (wholePersonRecord(node) && isVariableValue(node)) add(out, WHOLE_RECORD_CATEGORIES, textOf(node, ctx));
  }
}

/** An argument of a sink with roles: keys in a role at any depth of an object, the rest read by their names. */
export function inArgument(arg: ts.Expression, index: number, roles: Record<string, Role> | undefined, ctx: DataContext, out: Carried, depth = 0): void {
  const positional = depth === 0 ? roles?.[`$${index}`] : undefined;
  if (positional) return inRole(arg, positional, ctx, out);
  const node = unwrap(arg);
  if (!roles || depth > 3) return inExpression(arg, ctx, out);
  if (typescript.isArrayLiteralExpression(node)) {
    for (const element of node.elements) inArgument(element, index, roles, ctx, out, depth + 1);
    for (const element of ctx.pushed?.(node) ?? []) inArgument(element, index, roles, ctx, out, depth + 1);
    return;
  }
  // `fetch(url.toString())`, `fetch(url.href)`: the URL object itself (filled-form.ts).
  const urlObject = depth === 0 ? urlObjectOf(node) : undefined;
  if (urlObject) return inArgument(urlObject, index, roles, ctx, out, depth);
  if (typescript.isIdentifier(node) && depth === 0) {
    // `const message = { to: user.email, ... }; transport.sendMail(message)`.
    const local = ctx.resolveLocal(node.text);
    if (local && (typescript.isObjectLiteralExpression(unwrap(local)) || isModelConstruction(unwrap(local)) || isFilledForm(unwrap(local)))) return inArgument(local, index, roles, ctx, out, depth + 1);
  }
  if (depth === 0 && (typescript.isIdentifier(node) || typescript.isCallExpression(node))) {
    // `resend.batch.send(emails)` where `emails = await Promise.all(invites.map(async (i) => ({ to: [i.email], … })))`.
    const shapes = shapesOf(node, ctx);
    if (shapes.length) {
      inExpression(arg, ctx, out);
      for (const shape of shapes) inArgument(shape, index, roles, ctx, out, depth + 1);
      return;
    }
  }
  // `const email = new SendSmtpEmail(); email.to = …`: a model filled key by key (filled-objects.ts), its keys in their roles.
  const properties = typescript.isObjectLiteralExpression(node) ? node.properties : depth > 0 && (isModelConstruction(node) || isFilledForm(node)) ? [] : undefined;
  if (!properties) return inExpression(arg, ctx, out);
  if (typescript.isNewExpression(node)) for (const a of node.arguments ?? []) inExpression(a, ctx, out);
  // `metadata: { email, name, phone }`: a person's record one level down (person-record-nested.ts).
  if (depth > 0 && typescript.isObjectLiteralExpression(node)) for (const name of namesBesideContact(node, ctx)) add(out, ['name'], textOf(name, ctx));
  // `{ to: details.clientEmail, payload: { ...details } }`: the addressee's own record, with their name (record-beside-own-address.ts).
  if (typescript.isObjectLiteralExpression(node)) for (const record of recordsBesideOwnAddress(literalValues(node), ctx).values()) add(out, ['name'], `...${record}`);
  for (const property of properties) {
    const key = keyOf(property);
    const value = valueOf(property);
    const role = key ? roles[key] : undefined;
    // `body: JSON.stringify({ number: message.to })`: the keys written out are the vendor's, in their roles (serialised-body.ts).
    const serialised = !role && value ? (serialisedBody(key, value) ?? filledFormBody(key, value, ctx.resolveLocal)) : undefined;
    const written = serialised && typescript.isIdentifier(unwrap(serialised)) ? (ctx.resolveLocal((unwrap(serialised) as ts.Identifier).text) ?? serialised) : serialised;
    if (role && value) inRole(value, role, ctx, out);
    else if (written) inArgument(written, index, roles, ctx, out, depth + 1);
    // `from: { name: 'Acme', address: from }` in a message with recipients: a mailbox, whose `address` is no postal one.
    else if (value && isMailbox(value) && Object.values(roles).includes('email')) {
      for (const part of (unwrap(value) as ts.ObjectLiteralExpression).properties) {
        const inner = valueOf(part);
        if (inner) inExpression(inner, ctx, out);
      }
    }
    else if (value && !typescript.isShorthandPropertyAssignment(property) && (typescript.isObjectLiteralExpression(unwrap(value)) || typescript.isArrayLiteralExpression(unwrap(value)))) inArgument(value, index, roles, ctx, out, depth + 1);
    else inProperty(property, ctx, out);
  }
  for (const { key, value } of ctx.assigned?.(node) ?? []) {
    const role = roles[key];
    if (role) inRole(value, role, ctx, out);
    else inKeyValue(key, value, ctx, out);
  }
  // `{ to: booking.email, text: \`Liebe/r ${booking.name}\` }`: the texts of a message addressed to a person name
  // that person (name-beside-recipient.ts).
  if ((out.categories.has('email') || out.categories.has('phone')) && !out.categories.has('name') && !isInAddressedMessage()) {
    const named: Carried = { categories: new Set(), expressions: new Set() };
    const records = new Set(properties.flatMap((property) => {
      const role = roles[keyOf(property) ?? ''];
      const value = valueOf(property);
      const record = (role === 'email' || role === 'phone') && value ? addressedRecord(value, ctx) : undefined;
      return record === undefined ? [] : [record];
    }));
    readingAddressedMessage(records, () => {
      for (const property of properties) if (!roles[keyOf(property) ?? '']) inProperty(property, ctx, named, depth + 1);
    });
    if (named.categories.has('name')) for (const e of named.expressions) add(out, ['name'], e);
  }
}
