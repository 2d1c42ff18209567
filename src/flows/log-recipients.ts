/**
 * A value a function hands to a sink in a role is that kind of data wherever the same function logs it.
 * `this.client.emails.send({ to: req.to })` says `req.to` is an email address, so `console.log(\`Sent to
 * ${req.to}\`)` in that function, before or after the send, logs one, though `to` is no personal-data name
 * (openstatus's mail client, docmost's mail drivers, an SMS dispatcher's `logger.info(\`sent SMS to ${message.to}\`)`).
 *
 * Per file: the flow collector notes the role values of every catalogue call with roles (by the function it is
 * in) and asks here, at each logging call of that function, which of its arguments name one of them. A value is
 * matched by its access path as written (`req.to`, `to`, `this.recipient`), or through the local it initialises
 * (`const to = req.to`, `for (const to of req.to)`, `req.to.map((to) => ({ to }))`). Only what shows the value
 * itself counts: `req.to.join(', ')` does, `req.to.length` does not.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import type { Category } from '../detect/types.js';
import { isOrElse, unwrap } from '../scan/code/unwrap.js';
import { calleePath } from '../scan/code/flow-bindings.js';
import type { Role } from './module-facts.js';
import { add, isConstantLocal, returnedExpressions, shapesOf, textOf, type Carried, type DataContext } from './personal-data.js';
import { isOrganisationMember, isVariableValue, keyOf, valueOf } from './roles.js';
import { RECIPIENT_ROLES } from './inferred-mail-roles.js';
import { isSanitiserCall } from './sanitisers.js';

/** The keys naming a message's recipient (`to`, `recipients`, …), as a message handed over whole holds them. */
const RECIPIENT_KEYS = Object.keys(RECIPIENT_ROLES);
/** Members of a logged value that still show it (`to.join(', ')`, `email.toLowerCase()`); any other (`.length`) does not. */
const SHOWING_MEMBERS = new Set(['join', 'map', 'toString', 'toLowerCase', 'toUpperCase', 'trim', 'slice', 'concat', 'filter', 'at', 'toSorted', 'flat', 'valueOf']);
/**
 * Methods whose result is still the value they are called on (`to: email.trim()`), a list of addresses joined into
 * one header included (`to: recipients.join(';')`, Potentiel's SMTP adapter, which logs `{ recipients }` after the send).
 */
const SAME_VALUE_METHODS = new Set(['trim', 'toLowerCase', 'toUpperCase', 'toString', 'normalize', 'trimStart', 'trimEnd', 'join']);
/** Calls whose result is the text of their arguments. */
const TEXT_CONVERSIONS = new Set(['JSON.stringify', 'String', 'util.format', 'format', 'util.inspect', 'inspect']);
const MAX_DEPTH = 4;

/** `req.to`, `to`, `this.recipient` as one string; undefined when a call or anything else is in the chain. */
export function valuePath(input: ts.Expression): string | undefined {
  const found = calleePath(input, false, false);
  return found && [found.root, ...found.path].join('.');
}

/**
 * The role values of one function: access path → the category its role says. Paths guessed from a record handed over
 * whole (`sendMail(payload)`: every role key under `payload`) stand for themselves only; a record logged whole shows the
 * members seen given to the role (`to: props.emails`).
 */
class Learnt extends Map<string, Category> {
  readonly guessed = new Set<string>();

  membersOf(path: string): Category[] {
    const prefix = `${path}.`;
    return [...this].filter(([member]) => member.startsWith(prefix) && !this.guessed.has(member)).map(([, category]) => category);
  }
}

/** What a logged expression is looked up in: an access path's category, if it has one, and what a record's members are. */
export interface RoleLookup {
  get(path: string): Category | undefined;
  membersOf?(path: string): Category[];
}

export class LoggedRoleValues {
  private readonly learnt = new Map<string, Learnt>();
  /** Logging calls read so far: their function and how many of its role values were known then. */
  private readonly logCalls = new Map<ts.CallExpression, { key: string; known: number }>();

  /** A catalogue call with roles in function `key`: the paths of the values it hands over in a role. */
  note(key: string, call: ts.CallExpression, roles: Record<string, Role>, ctx: DataContext): void {
    const found = this.learnt.get(key) ?? new Learnt();
    call.arguments.forEach((arg, index) => argumentValues(arg, index, roles, ctx, found, 0, new Map()));
    if (found.size) this.learnt.set(key, found);
  }

  /**
   * A function named for sending a mail (`sendEmail(to, template, data)`, `sendMail({ to, subject })`) or a text
   * (`sendSms(to, body)`, `sendWhatsApp(to, message)`): its own recipient parameters are the addresses or the numbers
   * it sends to, wherever the message goes from there (a queue, another module, the app's own route), so
   * `console.log(\`sending ${template} -> ${to}\`)` in it logs an email address, and `SMS to ${to}` a phone number.
   * A message handed over whole (`sendSMS(data)`, `sendEmail(options)`) has its recipient under the same keys:
   * `console.log('SMS envoyé à:', data.to)` logs the number even where no provider is wired in yet (a stub that only
   * logs). Those paths stand for themselves only: logging `data` whole shows nothing by them.
   */
  noteRecipientParameters(key: string, parameters: readonly string[], category: Category): void {
    if (parameters.length === 0) return;
    const found = this.learnt.get(key) ?? new Learnt();
    for (const name of parameters) {
      if (Object.hasOwn(RECIPIENT_ROLES, name)) {
        found.set(name, category);
        continue;
      }
      for (const member of RECIPIENT_KEYS) {
        const path = `${name}.${member}`;
        if (found.has(path)) continue;
        found.set(path, category);
        found.guessed.add(path);
      }
    }
    this.learnt.set(key, found);
  }

  /**
   * `const { to, subject, html } = options` in `sendEmail(options)`: a local taken out of a parameter whose member is a
   * recipient (`options.to`, noted by `noteRecipientParameters`) is that recipient under its own name, so `sending email
   * to ${to}` logs the address (a German practice's mail relay; session 56).
   */
  noteTakenMember(key: string, local: string, path: string): void {
    const found = this.learnt.get(key);
    const category = found?.get(path);
    if (category && !found!.has(local)) found!.set(local, category);
  }

  /** A logging call in function `key`: adds what its arguments show of the function's role values. */
  carriedIn(key: string, call: ts.CallExpression, ctx: DataContext, out: Carried): void {
    const learnt = this.learnt.get(key);
    this.logCalls.set(call, { key, known: learnt?.size ?? 0 });
    if (!learnt) return;
    for (const arg of call.arguments) shown(arg, call, learnt, ctx, out);
  }

  /**
   * Adds what one argument of a call in function `key` shows of its role values, for a call of the app's own logging
   * helper (`logDebug('Sending SMS', { to })` beside `twilio.messages.create({ to })`). Asked after the walk, so a send
   * after the call counts.
   */
  showIn(key: string, arg: ts.Expression, ctx: DataContext, out: Carried): void {
    const learnt = this.learnt.get(key);
    if (learnt) shown(arg, undefined, learnt, ctx, out);
  }

  /** Whether a logging call was read before all its function's role values were known (the send comes after the log). */
  revisit(call: ts.CallExpression): boolean {
    const read = this.logCalls.get(call);
    return read !== undefined && (this.learnt.get(read.key)?.size ?? 0) > read.known;
  }

  get isEmpty(): boolean {
    return this.learnt.size === 0;
  }
}

/** Callback parameters standing for an element of what is mapped (`subscriber` in `req.to.map((subscriber) => …)`). */
type Elements = ReadonlyMap<string, ts.Expression>;

/** Role values in one argument, as `inArgument` (roles.ts) reads it: positional roles, keys at any depth, built shapes. */
function argumentValues(arg: ts.Expression, index: number, roles: Record<string, Role>, ctx: DataContext, found: Learnt, depth: number, elements: Elements): void {
  if (depth > MAX_DEPTH) return;
  const positional = depth === 0 ? roles[`$${index}`] : undefined;
  if (positional) return roleValues(arg, positional, ctx, found, 0, elements);
  const node = unwrap(arg);
  if (typescript.isArrayLiteralExpression(node)) {
    for (const element of node.elements) argumentValues(element, index, roles, ctx, found, depth + 1, elements);
    return;
  }
  // `batch.send(req.to.map((to) => ({ to })))`: the callback's objects, its parameter an element of `req.to`.
  const mapped = mappedElements(node);
  if (mapped) {
    const inner = new Map(elements).set(mapped.parameter, mapped.receiver);
    for (const returned of returnedExpressions(mapped.callback)) argumentValues(returned, index, roles, ctx, found, depth + 1, inner);
    return;
  }
  // `fetch(RESEND_URL, { body: JSON.stringify({ to: options.to }) })`: the text of a message is that message.
  const converted = textConverted(node);
  if (converted) return argumentValues(converted, index, roles, ctx, found, depth + 1, elements);
  // `transporter.sendMail(payload)`: a record handed over as the message has its members under the role keys.
  if (depth === 0 && !typescript.isCallExpression(node)) spreadRoleValues(node, roles, found);
  if (typescript.isIdentifier(node) || typescript.isCallExpression(node)) {
    // `const message = { to: user.email }; send(message)`.
    for (const shape of shapesOf(node, ctx)) argumentValues(shape, index, roles, ctx, found, depth + 1, elements);
    return;
  }
  if (!typescript.isObjectLiteralExpression(node)) return;
  for (const property of node.properties) {
    // `sendMail({ ...params, from })`: the spread record's members under the role keys are those roles' values.
    if (typescript.isSpreadAssignment(property)) spreadRoleValues(property.expression, roles, found);
    const key = keyOf(property);
    const value = valueOf(property);
    if (!key || !value) continue;
    const role = roles[key];
    if (role) roleValues(value, role, ctx, found, 0, elements);
    else if (typescript.isObjectLiteralExpression(unwrap(value)) || typescript.isArrayLiteralExpression(unwrap(value)) || textConverted(unwrap(value))) argumentValues(value, index, roles, ctx, found, depth + 1, elements);
  }
  for (const { key, value } of ctx.assigned?.(node) ?? []) {
    const role = roles[key];
    if (role) roleValues(value, role, ctx, found, 0, elements);
  }
}

/**
 * `transport.sendMail({ ...params, from: MAILER_FROM }, (error) => logger.error(…, { to: params.to }))`: a record spread
 * into the message hands over its members under the role keys (digital_marketplace's mailer).
 */
function spreadRoleValues(spread: ts.Expression, roles: Record<string, Role>, found: Learnt): void {
  const path = isVariableValue(spread) ? valuePath(unwrap(spread)) : undefined;
  if (path === undefined) return;
  for (const [key, role] of Object.entries(roles)) {
    if (key.startsWith('$') || role === 'person' || found.has(`${path}.${key}`)) continue;
    found.set(`${path}.${key}`, role);
    found.guessed.add(`${path}.${key}`);
  }
}

/** The value a text conversion is given (`JSON.stringify(message)` → `message`), if `node` is one. */
function textConverted(node: ts.Expression): ts.Expression | undefined {
  if (!typescript.isCallExpression(node) || !node.arguments[0]) return undefined;
  const callee = valuePath(node.expression);
  return callee !== undefined && TEXT_CONVERSIONS.has(callee) ? node.arguments[0] : undefined;
}

/** `xs.map((x) => …)`, `xs.flatMap(function (x) { … })`: the callback, its first parameter and what it maps. */
function mappedElements(node: ts.Expression): { callback: ts.ArrowFunction | ts.FunctionExpression; parameter: string; receiver: ts.Expression } | undefined {
  if (!typescript.isCallExpression(node) || !typescript.isPropertyAccessExpression(node.expression)) return undefined;
  if (node.expression.name.text !== 'map' && node.expression.name.text !== 'flatMap') return undefined;
  const callback = node.arguments[0] && unwrap(node.arguments[0]);
  if (!callback || !(typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) return undefined;
  const parameter = callback.parameters[0]?.name;
  if (!parameter || !typescript.isIdentifier(parameter)) return undefined;
  return { callback, parameter: parameter.text, receiver: node.expression.expression };
}

/** The paths of a value in a role (`req.to`, the spans of `+47${message.to}`), and of what a local it names was made from. */
function roleValues(input: ts.Expression, role: Role, ctx: DataContext, found: Learnt, depth: number, elements: Elements): void {
  // `person` (traits describing someone) says what its keys are, not what the object is.
  if (role === 'person' || depth > MAX_DEPTH) return;
  const node = unwrap(input);
  const again = (next: ts.Expression) => roleValues(next, role, ctx, found, depth + 1, elements);
  if (typescript.isArrayLiteralExpression(node)) {
    for (const element of node.elements) again(typescript.isSpreadElement(element) ? element.expression : element);
  } else if (typescript.isConditionalExpression(node)) {
    again(node.whenTrue);
    again(node.whenFalse);
  } else if (typescript.isTemplateExpression(node)) {
    for (const span of node.templateSpans) again(span.expression);
  } else if (isOrElse(node)) {
    again(node.left);
  } else if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && SAME_VALUE_METHODS.has(node.expression.name.text)) {
    again(node.expression.expression);
  } else if (isVariableValue(node) && !isConstantLocal(node, ctx) && !isOrganisationMember(node, ctx)) {
    // `const toAddress = process.env.EMAIL_TO || 'desk@…'`: the shop's own inbox, logged or not (system-field.ts).
    // `restaurant.email` in `to`: an organisation's mailbox, as the detector reads its owner's name (roles.ts).
    const path = valuePath(node);
    if (path === undefined) return;
    if (!found.has(path) || found.guessed.delete(path)) found.set(path, role);
    if (!typescript.isIdentifier(node)) return;
    // `req.to.map((to) => …)`, `const to = req.to`, `for (const to of req.to)`: what the name stands for is the same value.
    const element = elements.get(node.text);
    if (element) return again(element);
    const local = ctx.resolveLocal(node.text);
    if (local && valuePath(local) !== undefined) again(local);
  }
}

/**
 * Adds the role values a logged expression shows. `parent` is the node around it (parse-only trees have no
 * parent links). Nested functions are not read (they run elsewhere).
 */
function shown(input: ts.Node, parent: ts.Node | undefined, learnt: RoleLookup, ctx: DataContext, out: Carried): void {
  if (typescript.isFunctionLike(input) || isFlagOf(input)) return;
  if (typescript.isPropertyAccessExpression(input) || typescript.isElementAccessExpression(input) || typescript.isIdentifier(input)) {
    const path = valuePath(input as ts.Expression);
    const category = path !== undefined ? learnt.get(path) ?? localRole(input as ts.Expression, learnt, ctx) : undefined;
    if (category) {
      if (showsValue(input, parent)) add(out, [category], textOf(input, ctx));
      return;
    }
    // `const recipients = Array.isArray(payload.to) ? payload.to.join(', ') : payload.to`, logged as `${recipients}`.
    if (typescript.isIdentifier(input) && showsValue(input, parent) && shownThroughLocal(input, learnt, ctx, out)) return;
    // `console.log(props)`, `logger.error({ payload })` beside `to: props.emails`: a record logged whole shows its members.
    const members = path !== undefined && showsWhole(input, parent) ? learnt.membersOf?.(path) : undefined;
    if (members?.length) {
      add(out, members, textOf(input, ctx));
      return;
    }
    if (typescript.isPropertyAccessExpression(input)) return shown(input.expression, input, learnt, ctx, out);
    if (typescript.isElementAccessExpression(input)) {
      shown(input.expression, input, learnt, ctx, out);
      return shown(input.argumentExpression, input, learnt, ctx, out);
    }
    return;
  }
  // `{ to: req.to }`: the value, not the key.
  if (typescript.isPropertyAssignment(input)) return shown(input.initializer, input, learnt, ctx, out);
  // `candidate.email ? ' 📧' : ''`, `to && 'sent'`: the test only decides which text is shown.
  if (typescript.isConditionalExpression(input)) {
    shown(input.whenTrue, input, learnt, ctx, out);
    return shown(input.whenFalse, input, learnt, ctx, out);
  }
  if (typescript.isBinaryExpression(input) && input.operatorToken.kind === typescript.SyntaxKind.AmpersandAmpersandToken) return shown(input.right, input, learnt, ctx, out);
  if (typescript.isCallExpression(input)) {
    // `req.to.join(', ')` shows its receiver; a call's arguments only through text conversions (`JSON.stringify(req.to)`),
    // never through a sanitiser (`pseudonymizeEmail(req.to)`) or a function whose result is unknown (`countOf(req.to)`).
    // A mask of the receiver itself (`to.slice(0, 5)`, `to.replace(/\d/g, '*')`) shows nothing of it (sanitisers.ts).
    if (isSanitiserCall(input)) return;
    shown(input.expression, input, learnt, ctx, out);
    const callee = valuePath(input.expression);
    if (callee !== undefined && TEXT_CONVERSIONS.has(callee)) for (const arg of input.arguments) shown(arg, input, learnt, ctx, out);
    return;
  }
  typescript.forEachChild(input, (child) => shown(child, input, learnt, ctx, out));
}

/** Adds what one logged argument shows of the values `learnt` knows (log-keyed-values.ts reads a function's keyed values so). */
export function showRoleValues(arg: ts.Expression, learnt: RoleLookup, ctx: DataContext, out: Carried): void {
  shown(arg, undefined, learnt, ctx, out);
}

/** `!!req.auth?.user?.email`, `typeof to`, `to === undefined`: a flag about the value, not the value (openstatus's `authEmailPresent`). */
function isFlagOf(node: ts.Node): boolean {
  // Kinds read at call time: the ESLint plugin runs on the user's TypeScript, whose numbers may differ from this copy's.
  const kind = typescript.SyntaxKind;
  if (typescript.isPrefixUnaryExpression(node)) return node.operator === kind.ExclamationToken;
  if (typescript.isTypeOfExpression(node)) return true;
  if (!typescript.isBinaryExpression(node)) return false;
  const operator = node.operatorToken.kind;
  return operator === kind.EqualsEqualsEqualsToken || operator === kind.ExclamationEqualsEqualsToken || operator === kind.EqualsEqualsToken || operator === kind.ExclamationEqualsToken || operator === kind.InstanceOfKeyword || operator === kind.InKeyword;
}

/** A local made from a role value (`const recipients = req.to`), logged under its own name. */
function localRole(node: ts.Expression, learnt: RoleLookup, ctx: DataContext): Category | undefined {
  if (!typescript.isIdentifier(node)) return undefined;
  const local = ctx.resolveLocal(node.text);
  const path = local && valuePath(local);
  return path !== undefined ? learnt.get(path) : undefined;
}

/** Locals read through for what they show, so that a local made from itself is not read again. */
const readingLocals = new Set<ts.Node>();

/**
 * A local made from a role value by an expression that still shows it (a conditional's branches, a join), logged
 * under its own name: what its initialiser shows. A plain alias (`const to = req.to`) is `localRole`'s.
 */
function shownThroughLocal(node: ts.Identifier, learnt: RoleLookup, ctx: DataContext, out: Carried): boolean {
  const local = ctx.resolveLocal(node.text);
  if (!local || readingLocals.has(local) || valuePath(local) !== undefined || typescript.isFunctionLike(local)) return false;
  const before = out.categories.size;
  readingLocals.add(local);
  try {
    shown(local, undefined, learnt, ctx, out);
  } finally {
    readingLocals.delete(local);
  }
  return out.categories.size > before;
}

/**
 * Whether a record is written out whole where it stands: an argument, an object's field or spread, an element, a text
 * conversion's argument; not a member's receiver, nor a text it is interpolated in (`${payload}` is `[object Object]`).
 */
function showsWhole(node: ts.Node, parent: ts.Node | undefined): boolean {
  if (!parent) return true;
  if (typescript.isCallExpression(parent)) return parent.expression !== node;
  return typescript.isPropertyAssignment(parent) || typescript.isShorthandPropertyAssignment(parent) || typescript.isSpreadAssignment(parent) || typescript.isArrayLiteralExpression(parent);
}

/** Whether the matched expression is logged as itself (`to`, `to.join(', ')`), not through a count or a flag (`to.length`). */
function showsValue(node: ts.Node, parent: ts.Node | undefined): boolean {
  if (!parent || !typescript.isPropertyAccessExpression(parent) || parent.expression !== node) return true;
  return SHOWING_MEMBERS.has(parent.name.text);
}
