/**
 * What personal data an expression passed to a sink carries, read from names (and types, with a checker).
 * Each name goes through the detector with its object as container, so `customer.email` is an email and
 * `customer.emailVerified` is not. A bare `customer` is not a flow by name: only its type can say so.
 */
import { elementRenderedUnder, isComponentCall, isEmailElement } from './email-element.js';
import { createdElement } from './create-element.js';
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import type { Category, Detector } from '../detect/types.js';
import { typeCategories } from './type-categories.js';
import { isOrElse, unwrap } from '../scan/code/unwrap.js';
import { returnedValues } from '../scan/code/returns.js';
import { isOrganisationMember, isVariableValue, PERSON_CONTAINER } from './roles.js';
import { isOpenName } from './person-record.js';
import { isSanitisedName, isSanitiserCall } from './sanitisers.js';
import { localMemberValue } from './local-members.js';
import { modelFactoryLiteral } from './model-factory.js';
import { isTemplateFill } from './template-fill.js';
import { isMessageTextFunction } from './message-text-function.js';
import { isTextGetter } from './text-getter.js';
import { textFunctionReads, type TextFunctionRead } from './text-function-members.js';
import { textFunctionOptions } from './text-function-options.js';
import { isOwnTextCall, textFunctionArguments } from './text-function-params.js';
import { isGeneratedMessage } from './generated-message.js';
import { isCalendarFile } from './calendar-file.js';
import { FORMATTER, reshapedArgument, TEXT_HELPER } from './text-helpers.js';
import { placeholderValue } from './placeholder-replace.js';
import { categoriesHandedOn, isLookUpName } from './category-named-call.js';
import { renderedData } from './render-data.js';
import { accessedField } from './field-accessor-call.js';
import { builderRoot } from '../scan/code/builder-chains.js';
import { ownMethodResult } from './own-method-result.js';
import { isNameOfContactRecord } from './record-own-name.js';
import { builderLocalValues, ownFunctionBuild } from './own-function-result.js';
import { ownCollectionResult } from './own-collection-result.js';
import { isParsedInput } from './parsed-input.js';
import { isPlaceholderFill } from './placeholder-fill.js';
import { isBareNameInText, nameBesideAddress, namesBesideAddressKeys } from './name-beside-address.js';
import { nameBesideDestructured } from './name-beside-destructured.js';
import { isBareNameWord } from '../scan/code/name-beside-address-param.js';
import { isFormNameLocal } from './form-field-local.js';
import { keyedRead } from './keyed-read.js';
import { pathRead } from './path-read.js';
import { isCompiledTemplate } from './compiled-template.js';
import { addressedRecord, isAddressedRecordName, isInAddressedMessage, readingAddressedMessage, throughTextKeeping } from './name-beside-recipient.js';
import { formValueKey } from './form-field-value.js';
import { nameParamInBody } from './name-param-in-body.js';
import { recordOwnName } from './record-own-name.js';
import { recordFilledIn } from './record-in-template.js';
import { destructuredTextResult, textResultMember } from './text-result-member.js';
import { indexedPart } from './indexed-part.js';
import { writtenLiteral } from './literal-local.js';
import { isTranslationCall } from './translation-call.js';
import { serialisedRecord } from './serialised-record.js';
import { batchedFrom } from './batched-elements.js';
import { elementReading } from './collection-element.js';
import { isFunctionOwnName } from './function-own-name.js';
import { fieldRead, isSystemField, isWrittenSystemValue } from './system-field.js';
import { isConstantEntryMember } from './constant-entry.js';

export interface DataContext {
  sourceFile: ts.SourceFile;
  detector: Detector;
  checker?: ts.TypeChecker;
  /** The class around the call: `this.email` is the class's field. */
  className?: string;
  /** The initializer of a local `const`/`let` visible at the call, so `track(payload)` sees what `payload` holds. */
  resolveLocal(name: string): ts.Expression | undefined;
  /** Keys assigned to a local object after it was made (`const properties = {}; properties.firstName = name`, `new CreateContact()`). */
  assigned?(object: ts.Expression): readonly AssignedProperty[] | undefined;
  /**
   * What a callback's parameter is an element of (`emails` for `email` in `emails.map((email) => …)`), for a
   * callback read from outside it (`send(emails.map((email) => ({ to: email })))`); only to follow parameters.
   */
  elementOf?(name: string): ts.Expression | undefined;
  /** Elements pushed onto a local array or added to a local set after it was made (`recipients.push(user.email)`, `sendTo.add(email)`). */
  pushed?(array: ts.ArrayLiteralExpression | ts.NewExpression): readonly ts.Expression[] | undefined;
  /** What a destructured local was taken from (`const { component } = this.render(data)`); only to follow parameters. */
  destructuredFrom?(name: string): ts.Expression | undefined;
  /** Values a `let` was given after it was declared (`properties = { ...properties, ...event.eventProperties }`). */
  reassigned?(name: string): readonly ts.Expression[] | undefined;
  /** The parameter names of the function declaring `name` as a parameter (`sendWelcomeEmail(email, userName)`), if it is one. */
  parametersBeside?(name: string): readonly string[] | undefined;
  /** The local names destructured in one pattern with `name` (`const { name, email } = req.body`), itself included. */
  destructuredBeside?(name: string): readonly string[] | undefined;
  /** Every value a class field was given in the file (`this.defaultRecipient = process.env.EMAIL_TO || 'desk@…'`), by `this.x`. */
  fieldValues?(key: string): readonly ts.Expression[];
  /** Whether a class field (`this.challengeEmail`) holds a value of a project class: a service, not a record. */
  serviceField?(key: string): boolean;
  /** The members of `root` the function around reads anywhere (`data.name`, `data.email` of a handler's `data`). */
  membersRead?(root: string): ReadonlySet<string>;
  /** The members of `root` the function around addresses a message to (`{ to: reservation.contact }`). */
  recipientMembers?(root: string): ReadonlySet<string>;
}

/** `properties.firstName = user.firstName`: a key given to a local object after it was made. */
export interface AssignedProperty {
  key: string;
  value: ts.Expression;
}

export interface Carried {
  categories: Set<Category>;
  /** The expressions that carried them, as written (`customer.email`, `{ email }`). */
  expressions: Set<string>;
}

/** Calls whose result carries their arguments: `JSON.stringify(customer)`, `String(phone)`. */
const TRANSPARENT_FUNCTIONS = new Set(['JSON.stringify', 'String', 'encodeURIComponent', 'encodeURI', 'Buffer.from', 'Object.assign', 'Object.values', 'Object.entries', 'Array.from', 'structuredClone', 'btoa', 'util.format', 'format', 'escape']);
/** Helpers named for building a message from what they are given (`renderMail(template, { to })`, `buildEmail(…)`): it holds their arguments. */
const MESSAGE_BUILDER = /^(?:render|build|compose|prepare)[A-Z]/;
/** Methods whose result carries the receiver: `email.toLowerCase()`, `rows.map(...).join()`. */
const RECEIVER_METHODS = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'toString', 'slice', 'substring', 'substr', 'split', 'join', 'concat', 'replace', 'replaceAll', 'padStart', 'padEnd', 'normalize', 'at', 'filter', 'flat', 'reverse', 'sort', 'toSorted', 'valueOf']);
/** Methods whose callback's result is what comes out: `customers.map((c) => c.email)`. */
const CALLBACK_METHODS = new Set(['map', 'flatMap']);

const MAX_DEPTH = 4;
const NONE: readonly Category[] = Object.freeze([]);
const NAME_ONLY: readonly Category[] = Object.freeze(['name']);
const MAX_TEXT = 60;

export function textOf(node: ts.Node, ctx: DataContext): string {
  const raw = node.getText(ctx.sourceFile);
  // A long value (a callback passed on) is collapsed only as far as the MAX_TEXT characters kept need: the
  // collapsed head agrees with the whole collapsed text up to its own last character.
  if (raw.length > 4 * MAX_TEXT) {
    const head = raw.slice(0, 4 * MAX_TEXT).replace(/\s+/g, ' ');
    if (head.length > MAX_TEXT) return `${head.slice(0, MAX_TEXT - 1)}…`;
  }
  const text = raw.replace(/\s+/g, ' ');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}


/** `a.b.c` / `this.b` / `a['b']` as segments, or undefined when something else (a call) is in the chain. */
function accessPath(node: ts.Expression, ctx: DataContext): string[] | undefined {
  const segments: string[] = [];
  let current = unwrap(node);
  for (;;) {
    if (typescript.isPropertyAccessExpression(current)) {
      segments.unshift(current.name.text);
      current = unwrap(current.expression);
    } else if (typescript.isElementAccessExpression(current)) {
      // `user['email']` names the field; `contacts[0]` and `rows[i]` are an element of the same thing.
      if (typescript.isStringLiteralLike(current.argumentExpression)) segments.unshift(current.argumentExpression.text);
      current = unwrap(current.expression);
    } else if (segments.length && isDefaultedToEmpty(current)) {
      // `(order.customer || {}).name`: a record defaulted to an empty one where it may be missing is that record.
      current = unwrap(current.left);
    } else break;
  }
  if (typescript.isIdentifier(current)) return [current.text, ...segments];
  if (current.kind === typescript.SyntaxKind.ThisKeyword) return [ctx.className ?? 'this', ...segments];
  return undefined;
}

/** `value || {}`, `value ?? {}`: a record with an empty one written as its default. */
function isDefaultedToEmpty(node: ts.Expression): node is ts.BinaryExpression {
  if (!isOrElse(node)) return false;
  const fallback = unwrap(node.right);
  return typescript.isObjectLiteralExpression(fallback) && fallback.properties.length === 0;
}

/**
 * A member's categories read in its chain. A root read through a member may have a second reading: `emp.nombre` in
 * `for (const emp of empresas)` is read in its collection where that names organisations (collection-element.ts).
 */
function memberCategories(field: string, container: string[], throughMember: boolean, ctx: DataContext): Category[] {
  return (throughMember ? elementReading(field, container, ctx) : undefined) ?? classify(field, container.length === 1 && ARGUMENT_OBJECTS.has(container[0]!) ? NO_CONTAINER : container, ctx);
}

/**
 * `options.phone`, `opts.address` read off a function's own options object (a reminder mail's `sendConfirmationEmail =
 * async (options) => …`, session 46): what the caller handed in, not the app's settings, which the detector reads an
 * `options` record as (rules/context.yml `messageOptionContainers`); `this.options.x` and `config.options.x` stay settings.
 */
const ARGUMENT_OBJECTS: ReadonlySet<string> = new Set(['options', 'opts']);
const NO_CONTAINER: string[] = [];

/**
 * What a name holds of a person's data. An organisation's own address, phone and email (`company.email`) are not a
 * person's; a given or family name in its record is (`company.first_name`, a Polish client company's contact person
 * in the admin's mail): only a person has one (rules/name.yml `name.part`).
 */
export function classify(name: string, container: string[], ctx: DataContext): Category[] {
  return ctx.detector.classifyField({ name, container }).matches.filter((m) => !m.evidence.notes.includes('organisation') || m.evidence.ruleId === 'name.part').map((m) => m.category);
}

/**
 * A name the detector reads as a login (`userName`, `user_name`), not one word `username`: beside a person's
 * email in a message, or in traits describing a person, it is what the person is called.
 */
export function isLoginName(input: ts.Expression, ctx: DataContext): boolean {
  const node = unwrap(input);
  const name = typescript.isIdentifier(node) ? node.text : typescript.isPropertyAccessExpression(node) ? node.name.text : undefined;
  if (!name || /^username$/i.test(name) && !/[A-Z]/.test(name.slice(1))) return false;
  // Alone in code, a two-word user name is left out for want of a record that says whose it is (name.user, `inRecord`).
  return ctx.detector.classifyField({ name, container: [] }).excluded?.some((e) => e.category === 'name' && e.reason === 'no-record') ?? false;
}

export function add(out: Carried, categories: readonly Category[], expression: string): boolean {
  if (categories.length === 0) return false;
  for (const c of categories) out.categories.add(c);
  out.expressions.add(expression);
  return true;
}

/** What a part read into its own `Carried` (to judge it whole, as one text) adds to the whole's. */
function mergeCarried(from: Carried, into: Carried): void {
  for (const c of from.categories) into.categories.add(c);
  for (const e of from.expressions) into.expressions.add(e);
}

/** A value read as a mailbox's address: what its names call an address is an email address there, never a street. */
export function inMailboxAddress(value: ts.Expression, ctx: DataContext, out: Carried, depth: number): void {
  const read: Carried = { categories: new Set(), expressions: new Set() };
  inExpression(value, ctx, read, depth);
  if (read.categories.delete('address')) read.categories.add('email');
  mergeCarried(read, out);
}

/** The type says what a value holds when its name does not (only with a checker). */
function byType(node: ts.Expression, ctx: DataContext, out: Carried): boolean {
  return ctx.checker ? add(out, typeCategories(node, ctx.checker, ctx.detector), textOf(node, ctx)) : false;
}

export function isLiteral(node: ts.Expression): boolean {
  return typescript.isStringLiteralLike(node) || typescript.isNumericLiteral(node) || node.kind === typescript.SyntaxKind.TrueKeyword || node.kind === typescript.SyntaxKind.FalseKeyword || node.kind === typescript.SyntaxKind.NullKeyword || (typescript.isIdentifier(node) && node.text === 'undefined');
}

/** A local standing for an UPPER_CASE constant (`const to = SUPPORT_EMAIL`, `for (const email of TEST_EMAILS)`). */
export function isConstantLocal(node: ts.Expression, ctx: DataContext): boolean {
  const n = unwrap(node);
  // `[email]` of `for (const email of TEST_EMAILS)`: a list written in place is as constant as its elements.
  if (typescript.isArrayLiteralExpression(n)) return n.elements.length > 0 && n.elements.every((e) => !typescript.isSpreadElement(e) && (!isVariableValue(e) || isConstantLocal(e, ctx)));
  // `this.defaultRecipient`, given `process.env.EMAIL_TO || 'desk@shop.example'` wherever the file gives it a value, and
  // `this.defaultSender.email` of a field written as such an object: the system's, as in a local (system-field.ts).
  const field = fieldRead(n);
  if (field !== undefined) return isSystemField(ctx.fieldValues?.(field.key), field.members);
  if (!typescript.isIdentifier(n)) return false;
  const local = ctx.resolveLocal(n.text);
  const value = local && unwrap(local);
  if (value === undefined) return false;
  if (typescript.isIdentifier(value)) return /^[A-Z][A-Z0-9_]*$/.test(value.text) && value.text.length > 1;
  // `const adminEmail = 'info@shop.be'`, `const inbox = process.env.ORDERS_INBOX || 'orders@shop.be'`, never
  // reassigned: the system's own address kept in a local, as it would be written in place (Tafel-Totaal's order notice
  // to the shop). Not a call: `x.join('\n')` or a builder ending in `.setSubject('Welcome')` makes a value out of variables.
  return isWrittenSystemValue(value) && !ctx.reassigned?.(n.text)?.length;
}

function calleeName(node: ts.Expression): string | undefined {
  if (typescript.isIdentifier(node)) return node.text;
  if (typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression)) return `${node.expression.text}.${node.name.text}`;
  return undefined;
}

/** `this.toE164(raw)`, `this.normalizePhone(raw)`: a class's own reshaping helper, named as `this.toE164`; other own methods stay unread. */
function ownReshaperName(node: ts.Expression): string | undefined {
  const callee = unwrap(node);
  if (!typescript.isPropertyAccessExpression(callee) || callee.expression.kind !== typescript.SyntaxKind.ThisKeyword) return undefined;
  const method = callee.name.text;
  return TEXT_HELPER.test(method) || FORMATTER.test(method) ? `this.${method}` : undefined;
}

/**
 * `this.emailService.generateWelcomeEmail(user)`, `services.mail.buildInviteMessage(member)` (session 50, a gym's
 * membership back end: the injected mail service makes each mail's subject and HTML from the member's record): a
 * method of a service named for making a message's text, read as the same call on a plain name would be. Only the
 * names that say a message is made (message-text-function.ts, generated-message.ts, template-fill.ts, text-getter.ts).
 */
function serviceMessageMaker(node: ts.Expression): string | undefined {
  const callee = unwrap(node);
  if (!typescript.isPropertyAccessExpression(callee) || !typescript.isPropertyAccessExpression(unwrap(callee.expression))) return undefined;
  const method = callee.name.text;
  return isGeneratedMessage(method) || isMessageTextFunction(method) || isTemplateFill(method) || isTextGetter(method) ? `service.${method}` : undefined;
}

/** `this.toE164`: a class's own formatter holds what it is given (a free `formatPhone(x)` is read by its name, category-named-call.ts). */
const isOwnFormatter = (name: string): boolean => name.startsWith('this.') && FORMATTER.test(name.slice(5));

/** What a callback returns: its expression body, or the expressions of its `return` statements. */
export function returnedExpressions(fn: ts.ArrowFunction | ts.FunctionExpression): ts.Expression[] {
  return typescript.isBlock(fn.body) ? returnedValues(fn.body) : [fn.body];
}

/**
 * `bookings.map((b) => { const ospite = b.guest_name || 'Ospite'; return \`• ${ospite}\`; })`: what the callback returns
 * is read with its own `const`s (an Italian B&B's push of tomorrow's arrivals, session 55), which the caller's scope
 * does not see.
 */
function withCallbackLocals(callback: ts.ArrowFunction | ts.FunctionExpression, ctx: DataContext): DataContext {
  if (!typescript.isBlock(callback.body)) return ctx;
  let locals: Map<string, ts.Expression> | undefined;
  for (const statement of callback.body.statements) {
    if (!typescript.isVariableStatement(statement) || !(statement.declarationList.flags & typescript.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (typescript.isIdentifier(declaration.name) && declaration.initializer) (locals ??= new Map()).set(declaration.name.text, declaration.initializer);
    }
  }
  if (!locals) return ctx;
  const own = locals;
  return { ...ctx, resolveLocal: (name) => own.get(name) ?? ctx.resolveLocal(name) };
}

/** Names that say only "an address" (`addr`, `address`, `a.address`): in a mailbox, its email address. */
const BARE_ADDRESS_NAMES: ReadonlySet<string> = new Set(['addr', 'adr', 'address', 'addresses']);

/** The last name of an identifier or a member chain (`addr`, `r.address`); none for anything else. */
function lastName(input: ts.Expression): string | undefined {
  const node = unwrap(input);
  if (typescript.isIdentifier(node)) return node.text;
  return typescript.isPropertyAccessExpression(node) ? node.name.text : undefined;
}

/** `{ name: 'Acme', address: from }`: a mailbox as mail libraries write one (only these two keys, `address` written out). */
export function isMailbox(input: ts.Expression): boolean {
  const node = unwrap(input);
  if (!typescript.isObjectLiteralExpression(node)) return false;
  let hasAddress = false;
  for (const property of node.properties) {
    if (!typescript.isPropertyAssignment(property) || !typescript.isIdentifier(property.name)) return false;
    if (property.name.text === 'address') hasAddress = true;
    else if (property.name.text !== 'name') return false;
  }
  return hasAddress;
}

function inObjectLiteral(node: ts.ObjectLiteralExpression, ctx: DataContext, out: Carried, depth: number): void {
  // A mailbox's `address` is an email address, never a postal one: its value speaks by its own name only.
  if (isMailbox(node)) {
    for (const property of node.properties as ts.NodeArray<ts.PropertyAssignment>) {
      const value = property.initializer;
      if ((property.name as ts.Identifier).text !== 'address' || !BARE_ADDRESS_NAMES.has(lastName(value) ?? '')) {
        inExpression(value, ctx, out, depth);
        continue;
      }
      // `{ emailAddress: { address: addr } }`: a value named only for an address there is the mailbox's (session 55,
      // Graph mail); one that says more (`{ address: stripeAddress }`, `{ address: { line1, city } }`) keeps its reading.
      inMailboxAddress(value, ctx, out, depth);
    }
    return;
  }
  const own: Carried = { categories: new Set(), expressions: new Set() };
  for (const property of node.properties) inProperty(property, ctx, own, depth);
  for (const { key, value } of ctx.assigned?.(node) ?? []) inKeyValue(key, value, ctx, own, depth);
  const addressed = own.categories.has('email') || own.categories.has('phone');
  // `sendMail({ to: booking.email, text: \`Liebe/r ${booking.name}\` })`: the message names the person it is
  // addressed to, in its texts and in the data of the helpers making them (name-beside-recipient.ts).
  if (addressed && !own.categories.has('name') && !isInAddressedMessage()) {
    const named: Carried = { categories: new Set(), expressions: new Set() };
    const records = new Set(node.properties.flatMap((property) => {
      const record = typescript.isPropertyAssignment(property) ? addressedRecord(property.initializer, ctx) : undefined;
      return record === undefined ? [] : [record];
    }));
    readingAddressedMessage(records, () => {
      for (const property of node.properties) inProperty(property, ctx, named, depth);
    });
    if (named.categories.has('name')) {
      for (const e of named.expressions) own.expressions.add(e);
      own.categories.add('name');
    }
  }
  // `{ nombre: payload.nombre.trim(), correo: payload.correo }` logged or posted: beside the address, the bare name is
  // the person's (person-record.ts), as where the literal is handed to a helper (flow-facts.ts).
  if (addressed || isInAddressedMessage()) {
    for (const property of node.properties) {
      const value = shorthandValue(property, ctx);
      if (value && typescript.isShorthandPropertyAssignment(property)) {
        // `{ name, email }` of a form's state (`const [name, setName] = useState('')`): the same, read where the local was made.
        const key = property.name.text;
        if (addressed && classify(key, [], ctx).length === 0 && classify(key, PERSON_CONTAINER, ctx).includes('name') && isOpenName(value, ctx)) add(own, ['name'], key);
        continue;
      }
      if (!typescript.isPropertyAssignment(property) || !(typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name))) continue;
      const key = property.name.text;
      if (classify(key, [], ctx).length === 0 && classify(key, PERSON_CONTAINER, ctx).includes('name') && ((addressed && isOpenName(property.initializer, ctx)) || isAddressedRecordName(property.initializer, ctx))) add(own, ['name'], textOf(property.initializer, ctx));
    }
  }
  mergeCarried(own, out);
}

/**
 * The value a shorthand property (`{ name }`) stands for, as far as its name's owner can be told: the member a local
 * was made from (`const name = product.name`: the product's), else the local itself (a parameter, a form's state).
 * Undefined for any other property.
 */
function shorthandValue(property: ts.ObjectLiteralElementLike, ctx: DataContext): ts.Expression | undefined {
  if (!typescript.isShorthandPropertyAssignment(property)) return undefined;
  const made = ctx.resolveLocal(property.name.text);
  const init = made && unwrap(made);
  return init && (typescript.isPropertyAccessExpression(init) || typescript.isIdentifier(init)) ? init : property.name;
}

/** One property of an object literal passed on: its value, or its key when the value's own name says nothing. */
export function inProperty(property: ts.ObjectLiteralElementLike, ctx: DataContext, out: Carried, depth = 0): void {
  if (typescript.isShorthandPropertyAssignment(property)) {
    const name = property.name.text;
    // `{ emailProvider }` where `const emailProvider = (process.env.EMAIL_PROVIDER || 'gmail').toLowerCase()`: the system's, as written in place.
    if (isSanitisedName(name, ctx.resolveLocal) || isConstantLocal(property.name, ctx)) return;
    if (!add(out, classify(name, [], ctx), `{ ${name} }`)) inExpression(property.name, ctx, out, depth);
    else {
      // `{ emailTo }` where `const emailTo = [{ name: user.fullName, email }]` (literal-local.ts).
      const literal = writtenLiteral(ctx.resolveLocal(name));
      if (literal) inExpression(literal, ctx, out, depth + 1);
    }
  } else if (typescript.isPropertyAssignment(property)) {
    inKeyValue(typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name) ? property.name.text : undefined, property.initializer, ctx, out, depth);
  } else if (typescript.isSpreadAssignment(property)) {
    inExpression(property.expression, ctx, out, depth);
  }
}

/** Calls whose result holds what their first argument holds, element for element. */
const SHAPE_KEEPING = new Set(['Promise.all', 'Promise.allSettled', 'Array.from', 'structuredClone']);
const SHAPE_KEEPING_METHODS = new Set(['filter', 'slice', 'concat', 'reverse', 'sort', 'toSorted', 'flat']);

/**
 * The object literals a value is built from, for reading it key by key: the local it names, the elements of an
 * array (written or pushed), what a `.map` callback returns (`Promise.all(invites.map(async (i) => ({ to: i.email })))`).
 */
export function shapesOf(input: ts.Expression, ctx: DataContext, depth = 0, out: ts.ObjectLiteralExpression[] = []): ts.ObjectLiteralExpression[] {
  if (depth > 5 || out.length > 8) return out;
  const node = unwrap(input);
  if (typescript.isObjectLiteralExpression(node)) out.push(node);
  else if (typescript.isArrayLiteralExpression(node)) {
    for (const element of node.elements) shapesOf(typescript.isSpreadElement(element) ? element.expression : element, ctx, depth + 1, out);
    for (const element of ctx.pushed?.(node) ?? []) shapesOf(element, ctx, depth + 1, out);
  } else if (typescript.isIdentifier(node)) {
    const local = ctx.resolveLocal(node.text);
    if (local) shapesOf(local, ctx, depth + 1, out);
  } else if (typescript.isCallExpression(node)) {
    const name = calleeName(node.expression);
    if (name && SHAPE_KEEPING.has(name) && node.arguments[0]) return shapesOf(node.arguments[0], ctx, depth + 1, out);
    // `expo.chunkPushNotifications(messages)`, `_.chunk(recipients, 500)`: batches of the same messages (batched-elements.ts).
    const batched = batchedFrom(node);
    if (batched) return shapesOf(batched, ctx, depth + 1, out);
    // `renderMail(template, { to: [{ email, name }], variables })`: the message is built from the options it is given.
    if (name && MESSAGE_BUILDER.test(name.slice(name.lastIndexOf('.') + 1))) {
      for (const arg of node.arguments) if (typescript.isObjectLiteralExpression(unwrap(arg))) shapesOf(arg, ctx, depth + 1, out);
      return out;
    }
    const callee = unwrap(node.expression);
    if (!typescript.isPropertyAccessExpression(callee)) return out;
    const method = callee.name.text;
    const callback = node.arguments[0] && unwrap(node.arguments[0]);
    if (CALLBACK_METHODS.has(method) && callback && (typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) {
      for (const returned of returnedExpressions(callback)) shapesOf(returned, ctx, depth + 1, out);
    } else if (SHAPE_KEEPING_METHODS.has(method)) shapesOf(callee.expression, ctx, depth + 1, out);
  }
  return out;
}

/** A value under a key (`{ email: input.contact }`, `properties.email = input.contact`). */
export function inKeyValue(key: string | undefined, input: ts.Expression, ctx: DataContext, out: Carried, depth = 0): void {
  const value = unwrap(input);
  // `{ email: pseudonymizeEmail(data.email) }`: a sanitiser's result is no one's data, whatever its key (sanitisers.ts),
  // nor a local it initialised (`const maskedEmail = email.replace(…, '$1***$3'); log({ email: maskedEmail })`).
  // `{ email: hashedEmail }`: a local named for the hash it holds (a reddit conversion event's user).
  if (isSanitiserCall(value) || (typescript.isIdentifier(value) && isSanitisedName(value.text, ctx.resolveLocal))) return;
  // `react: NewTaskFromProject({ username })`: Resend renders the element into the mail, whatever its name (email-element.ts).
  const element = elementRenderedUnder(key, value);
  if (element) return inRendered(element, ctx, out, depth);
  outLooks++;
  const before = out.expressions.size;
  inExpression(value, ctx, out, depth);
  // `{ email: input.contact }`: the key says what the value is when the value's own name does not.
  // The environment, configuration or a constant (`{ email: SUPPORT_EMAIL }`, `{ CRM_EMAIL: env.CRM_EMAIL }`,
  // an element of `TEST_EMAILS`) is the system's whatever its key, and an organisation's member (`restaurant.email`) its own.
  const isConstant = !isVariableValue(value) || isConstantLocal(value, ctx) || isOrganisationMember(value, ctx);
  if (out.expressions.size === before && !isConstant && !isLiteral(value) && !typescript.isObjectLiteralExpression(value) && !typescript.isArrayLiteralExpression(value) && !typescript.isFunctionLike(value)) {
    // The value's text only where the key names something: most keys do not, and the text is a slice and a replace.
    const categories = key ? classify(key, [], ctx) : NONE;
    if (categories.length) add(out, categories, `${key}: ${textOf(value, ctx)}`);
  }
}

/** Email template renderers (react-email, React DOM server): the HTML carries what the element's props carry. */
const RENDER_FUNCTIONS = new Set(['render', 'renderAsync', 'renderToString', 'renderToStaticMarkup', 'renderEmail']);

/** `render(WelcomeEmail({ fullName }))`, `render(<Invite inviterName={name} />)`: the template's props. */
function inRendered(input: ts.Expression, ctx: DataContext, out: Carried, depth: number): void {
  const node = unwrap(input);
  // `createElement(VerifyEmail, { userName: user.name })`: the props and children it is given (create-element.ts).
  const created = createdElement(node);
  if (created) for (const given of created.given) inExpression(given, ctx, out, depth + 1);
  else if (isComponentCall(node)) {
    for (const arg of node.arguments) inExpression(arg, ctx, out, depth + 1);
  } else if (typescript.isJsxElement(node) || typescript.isJsxSelfClosingElement(node)) {
    const opening = typescript.isJsxElement(node) ? node.openingElement : node;
    for (const attribute of opening.attributes.properties) {
      if (typescript.isJsxSpreadAttribute(attribute)) inExpression(attribute.expression, ctx, out, depth + 1);
      else if (attribute.initializer && typescript.isJsxExpression(attribute.initializer) && attribute.initializer.expression) {
        outLooks++;
        const before = out.expressions.size;
        inExpression(attribute.initializer.expression, ctx, out, depth + 1);
        // `inviterName={invite.invitedBy}`: the prop's name says what the value is when the value's own does not.
        if (out.expressions.size === before && typescript.isIdentifier(attribute.name)) {
          const categories = classify(attribute.name.text, [], ctx);
          if (categories.length) add(out, categories, `${attribute.name.text}={${textOf(attribute.initializer.expression, ctx)}}`);
        }
      }
    }
  } else inExpression(node, ctx, out, depth + 1);
}

/** A helper whose result is text holding its arguments: a reshaper, a message builder, a template fill, a mail's text, a text with its placeholders filled. */
function isTextMaking(name: string): boolean {
  const last = name.slice(name.lastIndexOf('.') + 1);
  // `replacePlaceholders(template, client.prenom)`: a text personalised with its arguments (placeholder-fill.ts).
  // `getWelcomeTemplate(data)`: a getter named for a mail's text fills it (text-getter.ts).
  // `createICalEvent({ summary, description })`: a calendar file attached to a mail (calendar-file.ts).
  return TEXT_HELPER.test(last) || MESSAGE_BUILDER.test(last) || isTemplateFill(name) || isMessageTextFunction(name) || isTextGetter(name) || isGeneratedMessage(name) || isPlaceholderFill(name) || isCalendarFile(name);
}

/** `invoiceEmailTemplate(data, locale)`, `renderMail(…)`: a call whose result (or a member of it) is a message's text. */
export const isTextCall = (call: ts.CallExpression): boolean => {
  // `this.normalizePhone(phone)`, `mailer.renderInvite(data)`: the method's own name says it.
  const callee = unwrap(call.expression);
  const name = calleeName(callee) ?? (typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined);
  return name !== undefined && !TRANSPARENT_FUNCTIONS.has(name) && isTextMaking(name) && !isSanitiserCall(call);
};

/** A call named for a text, or of a same-file function whose every return is text (text-function-params.ts). */
function makesText(call: ts.CallExpression, ctx: DataContext): boolean {
  return isTextCall(call) || isOwnTextCall(call, ctx.sourceFile, ctx.resolveLocal, ctx.className);
}

/**
 * The values written into an array of text lines (every element a template, a string or a choice between them, two
 * or more lines): a message built line by line (an airport taxi's WhatsApp notice to its owner). None for any other
 * array.
 */
function textLines(node: ts.ArrayLiteralExpression): ts.Expression[] | undefined {
  if (node.elements.length < 2) return undefined;
  const spans: ts.Expression[] = [];
  const collect = (element: ts.Expression): boolean => {
    const value = unwrap(element);
    if (typescript.isStringLiteralLike(value)) return true;
    if (typescript.isTemplateExpression(value)) return spans.push(...value.templateSpans.map((span) => span.expression)), true;
    if (typescript.isConditionalExpression(value)) return collect(value.whenTrue) && collect(value.whenFalse);
    return false;
  };
  return node.elements.every((element) => !typescript.isSpreadElement(element) && collect(element)) && spans.length > 0 ? spans : undefined;
}

function inCall(node: ts.CallExpression, ctx: DataContext, out: Carried, depth: number): void {
  if (isSanitiserCall(node)) return;
  // `formData.get('email')`: the form's key says what the visitor typed; a bare `name` only beside their address (form-field-value.ts).
  const formKey = formValueKey(node);
  if (formKey !== undefined) {
    const named = classify(formKey, [], ctx);
    const categories = named.length ? named : isInAddressedMessage() && classify(formKey, PERSON_CONTAINER, ctx).includes('name') ? NAME_ONLY : NONE;
    if (add(out, categories, textOf(node, ctx))) return;
  }
  // `...sanitizeApplicantForEmail(applicant)`: what a function of this file that only builds an object returns (own-function-result.ts).
  // A function handing back a mail's texts (`return { subject, text }` of its own text locals) is read as a text
  // function below: the names in its returned object are its locals, which the caller cannot resolve.
  const own = isOwnTextCall(node, ctx.sourceFile, ctx.resolveLocal, ctx.className) ? undefined : ownFunctionBuild(node, ctx.sourceFile, ctx.resolveLocal);
  if (own) {
    own.objects.forEach((returned) => inExpression(returned, ctx, out, depth + 1));
    // `return { summary, description }` of the builder's text locals: what those locals were given (own-function-result.ts).
    for (const value of builderLocalValues(own)) inExpression(value, ctx, out, depth + 1);
    return;
  }
  // `getConfirmacionCitaTemplate(citaData)` returning `${data.pacienteNombre}`: the fields it reads (text-function-members.ts).
  // `buildHtmlEmail({ appointment, intro })` reading `${appointment.patient_name}`: an options object's members (text-function-options.ts).
  const options = textFunctionOptions(node, ctx.sourceFile, ctx.resolveLocal, ctx.className);
  for (const { arg, keys, nested } of [...textFunctionReads(node, ctx.sourceFile, ctx.resolveLocal, ctx.className), ...options.reads] as TextFunctionRead[]) {
    const path = accessPath(arg, ctx);
    if (!path) continue;
    // `client.firstname` of a member's relation: the last name read under the relation's (text-function-options.ts).
    const read = keys.map((key) => {
      const dot = key.lastIndexOf('.');
      return dot < 0 ? memberCategories(key, path, true, ctx) : memberCategories(key.slice(dot + 1), [...path, ...key.slice(0, dot).split('.')], true, ctx);
    });
    keys.forEach((key, i) => add(out, read[i]!, `${textOf(arg, ctx)}.${key}`));
    // `${cita.cliente.nombre}`: a relation's member, read under the relation's own name (`cliente`, `empleado`).
    for (const [member, key] of nested ?? []) add(out, memberCategories(key, [...path, member], true, ctx), `${textOf(arg, ctx)}.${member}.${key}`);
    // `${submission.name}` beside `${submission.email}` in one text: the name of the person it writes to (name-beside-address.ts).
    for (const key of namesBesideAddressKeys(keys, read, path, ctx)) add(out, ['name'], `${textOf(arg, ctx)}.${key}`);
  }
  // `getDutchWelcomeEmail(name, position)` returning `${name}`: the values it writes out whole (text-function-params.ts).
  for (const arg of [...textFunctionArguments(node, ctx.sourceFile, ctx.resolveLocal, ctx.className), ...options.whole]) inExpression(arg, ctx, out, depth + 1);
  const name = calleeName(node.expression) ?? ownReshaperName(node.expression) ?? serviceMessageMaker(node.expression);
  // `t.mail.body(student.first_name)`, `i18n.t('welcome', { name })`: translated text holds its values (translation-call.ts).
  if ((name && (TRANSPARENT_FUNCTIONS.has(name) || isTextMaking(name) || isOwnFormatter(name))) || isTranslationCall(node)) {
    if (name && TRANSPARENT_FUNCTIONS.has(name)) {
      for (const arg of node.arguments) inExpression(arg, ctx, out, depth);
      // `JSON.stringify(student)`: every field of a person's record is written out (serialised-record.ts).
      add(out, serialisedRecord(node), textOf(node, ctx));
      return;
    }
    // `mailBienvenueHtml(data.name, data.email, …)`: beside the person's address, a bare name is theirs (name-beside-address.ts).
    const own: Carried = { categories: new Set(), expressions: new Set() };
    for (const arg of node.arguments) inExpression(arg, ctx, own, depth);
    nameBesideAddress(node.arguments, ctx, own);
    // `renderTemplate(body, { ...mitglied, kreis })`: a person's whole record fills the text (record-in-template.ts); not
    // a `build…` call, which as often builds a record (`buildUserStructure(apiUser)`) as a message.
    if (name && (isTemplateFill(name) || isMessageTextFunction(name) || isTextGetter(name) || isGeneratedMessage(name))) recordFilledIn(node.arguments, ctx, own);
    mergeCarried(own, out);
    return;
  }
  // `nunjucks.render('invite.jinja', { name, email })`: the text carries the data it is filled with (render-data.ts).
  const data = renderedData(node);
  if (data) return data.forEach((arg) => inExpression(arg, ctx, out, depth + 1));
  if (name && RENDER_FUNCTIONS.has(name) && node.arguments[0]) return inRendered(node.arguments[0], ctx, out, depth);
  const callee = unwrap(node.expression);
  // `const emailTemplate = Handlebars.compile(source); emailTemplate({ name: user.name })`: the text carries its data (compiled-template.ts).
  if (typescript.isIdentifier(callee) && isCompiledTemplate(ctx.resolveLocal(callee.text), ctx.sourceFile)) {
    for (const arg of node.arguments) inExpression(arg, ctx, out, depth + 1);
    return;
  }
  if (typescript.isPropertyAccessExpression(callee)) {
    const method = callee.name.text;
    if (RECEIVER_METHODS.has(method) || CALLBACK_METHODS.has(method)) {
      inExpression(callee.expression, ctx, out, depth);
      if (method === 'concat') for (const arg of node.arguments) inExpression(arg, ctx, out, depth);
      // `template.replace(/{{\s*cliente_nome\s*}}/g, firstName(ag.cliente_nome))`: the text is filled with the value (placeholder-replace.ts).
      const filled = placeholderValue(node, method);
      if (filled) inExpression(filled, ctx, out, depth);
      if (CALLBACK_METHODS.has(method)) {
        const callback = node.arguments[0] && unwrap(node.arguments[0]);
        if (callback && (typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) {
          const inCallback = withCallbackLocals(callback, ctx);
          for (const returned of returnedExpressions(callback)) inExpression(returned, inCallback, out, depth);
        }
      }
      return;
    }
  }
  const batched = batchedFrom(node);
  if (batched) return inExpression(batched, ctx, out, depth + 1);
  // `new Mail().setTo(user.email).setData({ fullName })`: the model and the keys its setters gave (builder-chains.ts).
  const builder = builderRoot(node);
  if (builder) return inExpression(builder, ctx, out, depth);
  // `template: ChangePasswordEmail({ username: user.name })`: the mail it is rendered into carries its props (email-element.ts).
  if (isEmailElement(node)) return inRendered(node, ctx, out, depth);
  // `Recipient.create({ email, firstName })`: a model made from its keys (model-factory.ts).
  const model = modelFactoryLiteral(node);
  if (model) return inExpression(model, ctx, out, depth);
  // `getFullName(context.user)` stands for `context.user.fullName` (field-accessor-call.ts).
  const accessed = accessedField(node);
  if (accessed) {
    const container = accessPath(accessed.of, ctx) ?? [];
    const categories = memberCategories(accessed.field, container, container.length > 1, ctx);
    if (categories.length && add(out, categories, textOf(node, ctx))) return;
  }
  // `compactWhitespace(\`… (${recipientLabel}) …\`)`: the file's own function handing back its first parameter tidied by
  // string methods is that text still, where its name did not say which field it is (text-helpers.ts; a US soccer
  // trainer's SMS to the coach, session 44).
  const reshaped = reshapedArgument(node, ctx.sourceFile);
  if (reshaped) return inExpression(reshaped, ctx, out, depth + 1);
  // `form.get('email')`, `searchParams.get('phone')`: the field of the form or query read by its key (keyed-read.ts).
  const read = keyedRead(node);
  if (read) {
    const container = accessPath(read.of, ctx) ?? [];
    if (add(out, memberCategories(read.field, container, container.length > 1, ctx), textOf(node, ctx))) return;
  }
  // `get(prevEvent, 'address.fullAddress')`: lodash's read of a member by its path is that member (path-read.ts).
  const pathed = pathRead(node, ctx.sourceFile);
  if (pathed) {
    const container = [...(accessPath(pathed.of, ctx) ?? []), ...pathed.through];
    if (add(out, memberCategories(pathed.field, container, container.length > 1, ctx), textOf(node, ctx))) return;
  }
  // `this.buildMail(user)` returning `{ to: user.email }`: what the class's own builder returns (own-method-result.ts).
  const built = ownMethodResult(node, ctx.sourceFile, ctx.className);
  if (built) {
    // The method's names are the method's: its own `const`s first, then as before (session 53, own-method-result.ts).
    const inMethod: DataContext = { ...ctx, resolveLocal: (name) => built.local(name) ?? ctx.resolveLocal(name) };
    return built.values.forEach((returned) => inExpression(returned, inMethod, out, depth + 1));
  }
  // `await this.getReviewerRecipients(notification)` filling a list with `Recipient.create({ … })` (own-collection-result.ts).
  const gathered = ownCollectionResult(node, ctx.sourceFile, ctx.className);
  if (gathered) return gathered.forEach((record) => inExpression(record, ctx, out, depth + 1));
  // `firstName(row.cliente_nome)`: a function named for a kind of data, given that kind, hands it on (category-named-call.ts).
  const last = name?.slice(name.lastIndexOf('.') + 1);
  const named = last && !isLookUpName(last) ? classify(last, [], ctx) : NONE;
  if (named.length && node.arguments.length > 0) {
    const given: Carried = { categories: new Set(), expressions: new Set() };
    for (const arg of node.arguments) inExpression(arg, ctx, given, depth + 1);
    if (add(out, categoriesHandedOn(named, given.categories), textOf(node, ctx))) return;
  }
  // `sendeMail(mailBauen(nutzer.email))` where `mailBauen: (an: string) => Mail` is the function's own parameter: a
  // builder the caller handed in makes what is sent from what it is given (seen in preroll's notification module).
  if (typescript.isIdentifier(callee) && ctx.parametersBeside?.(callee.text)) {
    for (const arg of node.arguments) inExpression(arg, ctx, out, depth + 1);
    return;
  }
  // Any other call's result is only known by its type.
  byType(node, ctx, out);
}

/**
 * What has been read into one `out` below the top level, by node, a bit per depth: the set being filled now, and only
 * that one (a reading moves on to another set, and the memo starts over), so it holds one file's nodes at most and
 * nothing outlives the reading. A value reached again at the same depth (a local named twice in one argument,
 * `content = content.replace(…)` a dozen times, where each reassigned value names the local again and the reading
 * fanned out to 14⁴ readings of the same nodes) adds to `out` what its first reading added, which `out` holds already
 * (it only grows), so it is not read again. Exact only where the reading did not look at what `out` held before
 * (`outLooks`): such a reading is never skipped.
 */
let readInto: { out: Carried; ctx: DataContext; read: Map<ts.Node, number> } | undefined;

/** Counts the readings whose result depends on what `out` held before (`inKeyValue`, `inRendered`): bumped at each. */
let outLooks = 0;

/**
 * Readings one outermost `inExpression` may make, all the sets it fills below it included. An app's argument takes tens
 * to a few thousand (no argument of dub, formbricks, papermark or documenso reaches the budget); a vendor bundle checked
 * in as source (postiz's 16,000-line `public/f.js`: one-letter names given thousands of values, text-making calls nested
 * in each other, each reading into a fresh set the memo below cannot span) took millions per argument, and the file
 * 4-8 minutes of CPU (18 s with the budget, the same findings). Past the budget the reading stops and what it found so
 * far stands. A count, not a clock, so the output is the same from run to run.
 */
const READING_BUDGET = 100_000;
let readingsLeft = 0;
let openReadings = 0;

/** Adds the personal data `node` carries to `out`. Never throws on odd syntax: unknown nodes carry nothing. */
export function inExpression(input: ts.Expression, ctx: DataContext, out: Carried, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (openReadings === 0) readingsLeft = READING_BUDGET;
  if (--readingsLeft < 0) return;
  openReadings++;
  try {
    readWithinBudget(input, ctx, out, depth);
  } finally {
    // The memo holds syntax nodes, and through its context the file's text: nothing of it outlives the reading.
    if (--openReadings === 0) readInto = undefined;
  }
}

function readWithinBudget(input: ts.Expression, ctx: DataContext, out: Carried, depth: number): void {
  // The top level is read once per argument; repeats come from following locals, returns and reassignments below it.
  if (depth === 0) {
    readExpression(input, ctx, out, depth);
    if (readInto?.out === out) readInto = undefined;
    return;
  }
  const bit = 1 << depth;
  if (readInto && readInto.out === out && readInto.ctx === ctx && ((readInto.read.get(input) ?? 0) & bit) !== 0) return;
  const looks = outLooks;
  readExpression(input, ctx, out, depth);
  if (outLooks !== looks) return;
  if (!readInto || readInto.out !== out || readInto.ctx !== ctx) readInto = { out, ctx, read: new Map() };
  readInto.read.set(input, (readInto.read.get(input) ?? 0) | bit);
}

function readExpression(input: ts.Expression, ctx: DataContext, out: Carried, depth: number): void {
  const node = unwrap(input);
  if (isLiteral(node)) return;
  if (typescript.isTemplateExpression(node)) {
    const own: Carried = { categories: new Set(), expressions: new Set() };
    for (const span of node.templateSpans) inExpression(span.expression, ctx, own, depth);
    // `User: ${userName} (${userEmail})`: beside the person's address in one text, a user name is how they are called.
    if (own.categories.has('email')) {
      for (const span of node.templateSpans) if (isLoginName(span.expression, ctx)) add(own, ['name'], textOf(span.expression, ctx));
    }
    // `Name: ${data.name} Email: ${data.email}`: a bare name beside the address is that person's (name-beside-address.ts).
    // In a message addressed to a person, its texts name the record it is sent to, or the form's name (name-beside-recipient.ts).
    const besideAddress = own.categories.has('email') || own.categories.has('phone');
    if ((besideAddress || isInAddressedMessage()) && !own.categories.has('name')) {
      for (const span of node.templateSpans) if ((besideAddress && isBareNameInText(throughTextKeeping(span.expression), ctx)) || isAddressedRecordName(span.expression, ctx)) add(own, ['name'], textOf(span.expression, ctx));
      // `Ciao ${name}` where `const name = formData.get('name')`: the form's name beside its address (form-field-local.ts).
      if (!own.categories.has('name')) for (const span of node.templateSpans) if (isFormNameLocal(throughTextKeeping(span.expression), ctx)) add(own, ['name'], textOf(span.expression, ctx));
      // `New order by ${order.name ?? order.email}`: a record's name beside its own address (record-own-name.ts).
      if (!own.categories.has('name') && besideAddress) recordOwnName(node.templateSpans.map((span) => span.expression), ctx, own);
    }
    mergeCarried(own, out);
  } else if (typescript.isTaggedTemplateExpression(node)) {
    if (typescript.isTemplateExpression(node.template)) for (const span of node.template.templateSpans) inExpression(span.expression, ctx, out, depth);
  } else if (typescript.isIdentifier(node)) {
    // `SUPPORT_EMAIL`, `DOCUMENSO_INTERNAL_EMAIL`: a constant is the system's address, not a person's.
    // A local named so but made by a call in the function (`const E164 = this.toE164(item.telefono)`) holds what the call made.
    if (/^[A-Z][A-Z0-9_]*$/.test(node.text) && node.text.length > 1) {
      const local = ctx.resolveLocal(node.text);
      const value = local && unwrap(local);
      if (value && typescript.isCallExpression(value)) inExpression(value, ctx, out, depth + 1);
      return;
    }
    // `for (const email of TEST_EMAILS)`: an element of such a constant is the system's too.
    if (isConstantLocal(node, ctx)) return;
    const categories = classify(node.text, [], ctx);
    // `const emailLog = redactEmail(email)`: named for what it came from, it holds none of it. `hashedEmail`,
    // `maskedPhone`: a name saying its value was hashed or masked holds a token, whatever it was given (sanitisers.ts).
    if (categories.length && isSanitisedName(node.text, ctx.resolveLocal)) return;
    if (add(out, categories, node.text)) {
      // `const emailTo = [{ name: user.fullName, email }]`: the literal says what else it holds (literal-local.ts).
      const literal = writtenLiteral(ctx.resolveLocal(node.text));
      if (literal) inExpression(literal, ctx, out, depth + 1);
      return;
    }
    // `const { name, email } = req.body`: beside the person's address, `name` is theirs (name-beside-destructured.ts).
    if (add(out, nameBesideDestructured(node.text, ctx.destructuredBeside?.(node.text), (other) => classify(other, [], ctx), (word) => isBareNameWord(word, ctx)), node.text)) return;
    // `getWelcomeTemplate(userName, …)` in a mail to the person's address: a user name written into a message to them is
    // what they are called, as it is in traits describing a person (session 46, a Spanish cosmetics shop's welcome mail).
    if (isInAddressedMessage() && isLoginName(node, ctx) && add(out, NAME_ONLY, node.text)) return;
    if (byType(node, ctx, out)) return;
    const initializer = ctx.resolveLocal(node.text);
    // `sendWelcomeEmail(email, userName)` logging `userName`: beside the person's address, the parameter is their name (name-param-in-body.ts).
    if (!initializer && add(out, nameParamInBody(node.text, ctx.parametersBeside?.(node.text), isLoginName(node, ctx), (other) => classify(other, [], ctx)), node.text)) return;
    if (initializer) inExpression(initializer, ctx, out, depth + 1);
    else {
      // `const { subject, content } = mailContent(user.firstName, …)`: one of the texts the call made (text-result-member.ts).
      const made = destructuredTextResult(node.text, ctx.destructuredFrom?.(node.text), (call) => makesText(call, ctx));
      if (made) inExpression(made, ctx, out, depth + 1);
    }
    // `let scope = { id }; if (…) scope = { ...scope, email: user.email }`: what it was given after, too.
    for (const value of ctx.reassigned?.(node.text) ?? []) inExpression(value, ctx, out, depth + 1);
  } else if (typescript.isPropertyAccessExpression(node) || typescript.isElementAccessExpression(node)) {
    // `ChannelTypeEnum.EMAIL`, `Channel.SMS`: an enum member or constant names a kind, it holds no one's data.
    if (typescript.isPropertyAccessExpression(node) && /^[A-Z][A-Z0-9_]*$/.test(node.name.text) && node.name.text.length > 1) return;
    // `this.getCustomersFromQuery.name`: a function's own name, no one's (function-own-name.ts).
    if (isFunctionOwnName(node, ctx.sourceFile, ctx.className)) return;
    // `this.defaultRecipient`, given only the environment or a literal: the system's (system-field.ts).
    if (isConstantLocal(node, ctx)) return;
    // `LogEvents.CustomerCreated.name`: an entry of a constant catalogue, named for a customer but no one's (constant-entry.ts).
    if (isConstantEntryMember(node)) return;
    const path = accessPath(node, ctx);
    if (path && path.length > 1) {
      // The expression's text only for a name that says something (one path in many).
      const categories = memberCategories(path[path.length - 1]!, path.slice(0, -1), true, ctx);
      if (categories.length && add(out, categories, textOf(node, ctx))) return;
      // `const name = sanitizeText(data.name)` in a handler reading `data.email` too: the record's own name (record-own-name.ts).
      if (path.length === 2 && isNameOfContactRecord(path[0]!, path[1]!, ctx) && add(out, ['name'], textOf(node, ctx))) return;
      // `config.data.email` of `const config = schema.safeParse(JSON.parse(notification.data))`: checked input, whatever
      // the local is called, read below its root (parsed-input.ts).
      const checked = path.length > 2 && isParsedInput(node, ctx.resolveLocal, isVariableValue) ? classify(path[path.length - 1]!, path.slice(1, -1), ctx) : NONE;
      if (checked.length && add(out, checked, textOf(node, ctx))) return;
    }
    if (byType(node, ctx, out)) return;
    // `options.destinataires` where `const options = { destinataires: message.phoneNumber }` (local-members.ts).
    const member = localMemberValue(node, ctx.resolveLocal);
    if (member) inExpression(member, ctx, out, depth + 1);
    // `result.htmlBody` where `const result = invoiceEmailTemplate({ contactName })`: one of the texts it made (text-result-member.ts).
    else {
      const made = textResultMember(node, ctx.resolveLocal, (call) => makesText(call, ctx));
      if (made) inExpression(made, ctx, out, depth + 1);
      // `customer.name.split(' ')[0]`, `emails.filter(ok)[0]`: an element of what a call made is part of it (indexed-part.ts).
      else {
        const whole = indexedPart(node);
        if (whole) inExpression(whole, ctx, out, depth + 1);
      }
    }
  } else if (typescript.isObjectLiteralExpression(node)) {
    inObjectLiteral(node, ctx, out, depth);
  } else if (typescript.isArrayLiteralExpression(node)) {
    const lines = textLines(node);
    const own: Carried = lines ? { categories: new Set(), expressions: new Set() } : out;
    for (const element of node.elements) inExpression(typescript.isSpreadElement(element) ? element.expression : element, ctx, own, depth);
    for (const element of ctx.pushed?.(node) ?? []) inExpression(element, ctx, own, depth);
    if (lines) {
      // `[\`Kunde: ${booking.name}\`, \`Tel: ${booking.phone}\`].join('%0A')`: a message written line by line is one
      // text, so a bare name beside the phone or address of another line is that person's, as in one template.
      if ((own.categories.has('email') || own.categories.has('phone')) && !own.categories.has('name')) {
        for (const span of lines) if (isBareNameInText(throughTextKeeping(span), ctx)) add(own, ['name'], textOf(span, ctx));
        if (!own.categories.has('name')) recordOwnName(lines, ctx, own);
      }
      mergeCarried(own, out);
    }
  } else if (typescript.isSpreadElement(node)) {
    inExpression(node.expression, ctx, out, depth);
  } else if (typescript.isCallExpression(node)) {
    inCall(node, ctx, out, depth);
  } else if (typescript.isNewExpression(node)) {
    // `new SendEmailCommand({ Destination: { ToAddresses: [user.email] } })`, `new URL(...)`.
    for (const arg of node.arguments ?? []) inExpression(arg, ctx, out, depth);
    // `const body = new CreateContact(); body.email = user.email`: the fields it was given after.
    for (const { key, value } of ctx.assigned?.(node) ?? []) inKeyValue(key, value, ctx, out, depth);
    // `const sendTo = new Set(); sendTo.add(coordinator.email)`: what was added to it.
    for (const element of ctx.pushed?.(node) ?? []) inExpression(element, ctx, out, depth);
  } else if (typescript.isConditionalExpression(node)) {
    inExpression(node.whenTrue, ctx, out, depth);
    inExpression(node.whenFalse, ctx, out, depth);
  } else if (typescript.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === typescript.SyntaxKind.PlusToken || op === typescript.SyntaxKind.QuestionQuestionToken || op === typescript.SyntaxKind.BarBarToken || op === typescript.SyntaxKind.CommaToken) inExpression(node.left, ctx, out, depth);
    if (op === typescript.SyntaxKind.PlusToken || op === typescript.SyntaxKind.QuestionQuestionToken || op === typescript.SyntaxKind.BarBarToken || op === typescript.SyntaxKind.AmpersandAmpersandToken || op === typescript.SyntaxKind.CommaToken) inExpression(node.right, ctx, out, depth);
  } else if (isEmailElement(node)) {
    // `react: <WelcomeEmail name={user.name} />`: the rendered mail carries the element's props (email-element.ts).
    inRendered(node, ctx, out, depth);
  } else if (typescript.isArrowFunction(node) || typescript.isFunctionExpression(node)) {
    // A callback argument of a sink (`Bugsnag.notify(err, (event) => ...)`) hands over what it returns.
    for (const returned of returnedExpressions(node)) inExpression(returned, ctx, out, depth);
  }
}
