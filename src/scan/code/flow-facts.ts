/**
 * Turning the syntax of a call into the plain data the cross-module stage links (`ArgFact`): what each
 * argument carries by name, its object keys, whether it is a person's value or the system's, and which
 * parameters of the enclosing function reach it.
 */
import { conditionalLiterals } from './conditional-spread.js';
import { serialisedBody } from '../../flows/serialised-body.js';
import { builderChainOf, literalMember } from './builder-locals.js';
import type ts from 'typescript';
import { elementMemberRef } from './list-parameter-element.js';
import { typescript } from './typescript-api.js';
import type { ArgFact, ParamRef, ValueFact } from '../../flows/module-facts.js';
import { classify, inExpression, inKeyValue, inProperty, isConstantLocal, isTextCall, shapesOf, textOf, type Carried, type DataContext } from '../../flows/personal-data.js';
import { textResultMember } from '../../flows/text-result-member.js';
import { isTextGetter } from '../../flows/text-getter.js';
import { isValueCheck } from '../../flows/value-check.js';
import { isTextPiece } from '../../flows/text-piece-name.js';
import { textFunctionInputs } from '../../flows/text-function-params.js';
import { textFunctionReads } from '../../flows/text-function-members.js';
import { isSanitiserCall, isSanitiserName } from '../../flows/sanitisers.js';
import { createdElement } from '../../flows/create-element.js';
import { isOrganisationMember, isVariableValue, PERSON_CONTAINER, STRING_METHODS } from '../../flows/roles.js';
import { WHOLE_RECORD_CATEGORIES, wholePersonRecord } from '../../flows/whole-person-record.js';
import { assertedReceiver } from './asserted-receiver.js';
import { unwrap } from './unwrap.js';
import { returnedValues } from './returns.js';
import { nameBesideContact } from '../../flows/person-record.js';
import { nameInNestedRecords } from '../../flows/person-record-nested.js';
import { addressedRecord, namesInAddressedMessage } from '../../flows/name-beside-recipient.js';
import { nameInAddressedRecords } from '../../flows/record-beside-own-address.js';
import { isModelConstruction } from './filled-objects.js';
import { modelOf } from './builder-chains.js';
import { boundElementRef } from './rest-elements.js';
import { nestedElementRefs } from './nested-parameters.js';
import { validatedValue } from './validation-result.js';
import { isCallbackOfParameter } from './callback-results.js';
import { formFieldRead } from './form-body.js';
import { mappedValues } from './mapped-elements.js';
import { isLoadedRecord, namesOrganisation, recordSource } from './loaded-record.js';
import { isRequestBody } from './request-body.js';
import { recordsInValue } from '../../flows/record-in-message.js';
import { isIdFromCallResult } from './returned-id.js';
import { pickedTableMember } from '../../flows/local-members.js';

/** A function's parameters by the names its body uses: `to` of `({ to })` is parameter 0's `to`. */
export type ParamNames = ReadonlyMap<string, ParamRef>;

export function paramNames(fn: ts.SignatureDeclaration): Map<string, ParamRef> {
  const names = new Map<string, ParamRef>();
  fn.parameters.forEach((parameter, index) => {
    if (typescript.isIdentifier(parameter.name)) names.set(parameter.name.text, { param: index });
    else if (typescript.isObjectBindingPattern(parameter.name)) {
      for (const element of parameter.name.elements) {
        const ref = boundElementRef(element, index);
        if (ref) names.set((element.name as ts.Identifier).text, ref);
        // `({ administrator: { name, email } })`: the inner names stand for the key (nested-parameters.ts).
        for (const nested of nestedElementRefs(element, index)) if (!names.has(nested.name)) names.set(nested.name, nested.ref);
      }
    }
  });
  return names;
}

const sameRef = (a: ParamRef, b: ParamRef) => a.param === b.param && a.key === b.key;

type Locals = Pick<DataContext, 'resolveLocal' | 'assigned' | 'pushed' | 'elementOf' | 'destructuredFrom' | 'reassigned' | 'className' | 'serviceField'> & { sourceFile?: ts.SourceFile };

/** The parameters an expression reads (`to`, `options.to`, `{ ...options }`), without entering nested functions. */
export function paramsIn(node: ts.Node, params: ParamNames | undefined, out: ParamRef[] = [], locals?: Locals): ParamRef[] {
  if (!params || params.size === 0) return out;
  paramVisitor(params, out, locals)(node);
  return out;
}

/**
 * What `paramsIn` does for a written object literal, and what it gives for each of its properties' values alone, from
 * one reading. A property's own list is the references its part of the reading met, unless the reading skipped a
 * local there that its own reading would have followed (seen in an earlier property, or past the cap): then it is
 * `undefined` and read alone.
 */
function paramsInObject(object: ts.ObjectLiteralExpression, params: ParamNames, locals: Locals): { whole: ParamRef[]; own: (ParamRef[] | undefined)[] } {
  const whole: ParamRef[] = [];
  const trace: Trace = { met: [], isPartial: false, before: new Set() };
  const visit = paramVisitor(params, whole, locals, trace);
  const own = object.properties.map((property) => {
    trace.met = [];
    trace.isPartial = false;
    visit(property);
    for (const name of trace.seen ?? []) trace.before.add(name);
    if (trace.isPartial) return undefined;
    const list: ParamRef[] = [];
    for (const ref of trace.met) if (!list.some((r) => sameRef(r, ref))) list.push(ref);
    return list;
  });
  // As `paramsIn` ends a literal's reading: the keys given to it later.
  for (const a of locals.assigned?.(object) ?? []) visit(a.value);
  return { whole, own };
}

/** What a reading met, property by property (`paramsInObject`). */
interface Trace {
  met: ParamRef[];
  /** A local was not followed because an earlier property's reading had followed it, or past the cap. */
  isPartial: boolean;
  /** The locals followed by earlier properties' readings. */
  before: Set<string>;
  /** The reading's set of followed locals. */
  seen?: Set<string>;
}

/** Array methods whose result is made of the receiver's elements, one callback value each. */
const MAPPING = new Set(['map', 'flatMap']);

/**
 * `del.map((e) => ({ to: e.til }))`: a callback building one message of each element, so the result is made of the
 * receiver's data as it came; one that loads something per element (`ids.map((id) => getEvent(id))`) makes other data,
 * and one reading a member (`members.map((m) => m.user.email)`) is read by that member's own name where it is sent.
 */
function buildsMessages(call: ts.CallExpression): boolean {
  const callback = call.arguments[0] && unwrap(call.arguments[0]);
  if (!callback || !(typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) return false;
  const values = typescript.isBlock(callback.body) ? returnedValues(callback.body) : [callback.body];
  return values.length > 0 && values.every((v) => typescript.isObjectLiteralExpression(unwrap(v)));
}

/** `this.field.method(…)` where the field holds a project class's instance (an injected service). */
function serviceMethodCall(call: ts.CallExpression, locals: Locals | undefined): boolean {
  const callee = call.expression;
  if (!locals?.serviceField || !typescript.isPropertyAccessExpression(callee) || !typescript.isPropertyAccessExpression(callee.expression)) return false;
  const field = callee.expression;
  return field.expression.kind === typescript.SyntaxKind.ThisKeyword && locals.serviceField(`this.${field.name.text}`);
}

/** `formData.get('to')` where `formData` is a parameter taken whole: that parameter's `to`. */
function formFieldOfParam(call: ts.CallExpression, params: ParamNames): ParamRef | undefined {
  const key = formFieldRead(call);
  const receiver = key !== undefined && typescript.isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
  const ref = receiver && typescript.isIdentifier(receiver) ? params.get(receiver.text) : undefined;
  return ref && ref.key === undefined ? { param: ref.param, key: key! } : undefined;
}

function paramVisitor(params: ParamNames, out: ParamRef[], locals: Locals | undefined, trace?: Trace): (node: ts.Node) => void {
  const resolveLocal = locals && ((name: string) => locals.resolveLocal(name) ?? locals.elementOf?.(name) ?? locals.destructuredFrom?.(name));
  // `const batch = emails.reduce(...)`; `send(batch)`: a local made from a parameter hands the parameter on.
  let seenLocals: Set<string> | undefined;
  const push = (ref: ParamRef) => {
    if (trace) trace.met.push(ref);
    if (!out.some((r) => sameRef(r, ref))) out.push(ref);
  };
  const visit = (n: ts.Node): void => {
    // `crypto.createHash('sha256').update(email).digest('hex')`, `hashedEmail`: a hash of the parameter hands on none of it (sanitisers.ts).
    if ((typescript.isCallExpression(n) && isSanitiserCall(n)) || (typescript.isIdentifier(n) && isSanitiserName(n.text))) return;
    // `formData.get('to')` of a server action's or a helper's `FormData` parameter: that field, as `formData.to` would be
    // (form-body.ts fills the caller's form by `fd.set('to', …)`); read before the data-access test, which takes `get` for a load.
    const field = typescript.isCallExpression(n) ? formFieldOfParam(n, params) : undefined;
    if (field) return push(field);
    // `updateLastLoginAt(email)`, `createToken(email)`: what a data-access call returns is a row or a token, not its arguments.
    // ...unless the same file's function it names returns text: then what it writes (`getDutchWelcomeEmail(name)`, text-function-params.ts).
    // `createElement(VerifyEmail, { nombre })` makes an element of its props (create-element.ts), not a record.
    if (typescript.isCallExpression(n) && isDataAccess(n.expression) && !createdElement(n)) {
      const written = locals?.sourceFile && textFunctionInputs(n, locals.sourceFile, locals.resolveLocal, locals.className);
      if (written) for (const arg of written) visit(arg);
      return;
    }
    // `html: this.generatePaymentConfirmationHtml(order, customer)` writing `${customer.first_name}`: the members the same
    // file's text function reads of a parameter handed to it reach the message as that parameter's keys, so a caller
    // handing a loaded record is read by them (text-function-members.ts); the parameter whole is read below as well.
    if (typescript.isCallExpression(n) && locals?.sourceFile) {
      for (const read of textFunctionReads(n, locals.sourceFile, locals.resolveLocal, locals.className)) {
        const ref = typescript.isIdentifier(read.arg) ? params.get(read.arg.text) : undefined;
        if (ref && ref.key === undefined) for (const key of read.keys) push({ param: ref.param, key });
      }
    }
    // `this.challengeEmail.newAttendee(challenge, attendee)`: a method of a service the constructor was given makes its
    // result of its arguments; the service holds no one's data (session 52, a Canadian sailing club's NestJS processors).
    const service = typescript.isCallExpression(n) ? serviceMethodCall(n, locals) : false;
    if (service) return void (n as ts.CallExpression).arguments.forEach(visit);
    // `emails.map(...)`, `to.toLowerCase()`: a method of the parameter hands on the parameter, not a property.
    if (typescript.isCallExpression(n) && typescript.isPropertyAccessExpression(n.expression) && typescript.isIdentifier(n.expression.expression)) {
      const ref = params.get(n.expression.expression.text);
      // `params.eligibility(sql, year)`: a function the caller handed in returns what it loads (callback-results.ts).
      if (ref && ref.key === undefined && isCallbackOfParameter(n.expression.name.text)) return;
      if (ref) push(ref);
      // `body: formData.toString()` of a local form filled field by field (form-body.ts): the local, as it was filled.
      // `parts.join(', ')` of a local list filled with `parts.push(addressLine1)`: its elements, as one text (a geocoding
      // helper's query built part by part).
      // `del.map((e) => ({ to: e.til }))` of `const del = eposter.slice(i, i + 100)`: a batch cut from the parameter is
      // mapped as the parameter itself is above (session 45, a Norwegian club's Resend batches).
      else if (STRING_METHODS.has(n.expression.name.text) || n.expression.name.text === 'join' || (MAPPING.has(n.expression.name.text) && buildsMessages(n))) visit(n.expression.expression);
      // `constructeur.construis()`: a builder local hands back what its chain was given (builder-locals.ts).
      const chain = ref ? undefined : builderChainOf(n, resolveLocal?.(n.expression.expression.text), isDataAccess);
      if (chain) visit(chain);
      for (const arg of n.arguments) visit(arg);
      // `tokens.map((t) => ({ to: t.token, body: payload.body }))`: each element the callback returns (mapped-elements.ts).
      for (const value of mappedValues(n, (name) => params.has(name))) visit(value);
      return;
    }
    // `this.props.to` in a method, where the constructor kept `this.props = props`: that parameter's `to`.
    if (typescript.isPropertyAccessExpression(n) && typescript.isPropertyAccessExpression(n.expression) && n.expression.expression.kind === typescript.SyntaxKind.ThisKeyword) {
      const ref = params.get(`this.${n.expression.name.text}`);
      if (ref) return push({ param: ref.param, key: n.name.text });
    }
    if (typescript.isPropertyAccessExpression(n) && n.expression.kind === typescript.SyntaxKind.ThisKeyword) {
      const ref = params.get(`this.${n.name.text}`);
      if (ref) return push(ref);
      return;
    }
    // `(body as any)?.project_id`: the parameter's key, as `body.project_id` (asserted-receiver.ts).
    const asserted = typescript.isPropertyAccessExpression(n) ? assertedReceiver(n) : undefined;
    const assertedRef = asserted && params.get(asserted.text);
    if (assertedRef) return push(assertedRef.key === undefined ? { param: assertedRef.param, key: (n as ts.PropertyAccessExpression).name.text } : assertedRef);
    if (typescript.isPropertyAccessExpression(n) && typescript.isIdentifier(n.expression)) {
      const ref = params.get(n.expression.text);
      if (ref && ref.key === undefined) return push({ param: ref.param, key: n.name.text });
      if (ref) return push(ref);
      // `for (const recipient of options.recipients) send({ to: recipient.email })`: the property of a local standing for
      // a parameter's member reads that member (never a local computed from it: a look-up, a condition).
      // A schema's parse of the parameter (`const parsed = schema.safeParse(options); parsed.data.recipient`) is the parameter.
      const local = resolveLocal?.(n.expression.text);
      // `for (const recipient of recipients) … recipient.email`: the list parameter's elements' key (list-parameter-element.ts).
      const element = elementMemberRef(locals?.elementOf?.(n.expression.text) ?? local, n.name.text, (name) => params.get(name));
      if (element) return push(element);
      // `destinataire.email` where `const destinataire = { email: x }`: that key's value (builder-locals.ts).
      // ...or every entry's, of a table of texts picked by a language (`{ de: {…}, en: {…} }[locale]`, local-members.ts).
      const member = local && (literalMember(local, n.name.text) ?? pickedTableMember(local, n.name.text));
      if (member) visit(member);
      else if (local && (isMemberOfName(unwrap(local)) || isSchemaParse(unwrap(local)))) visit(unwrap(local));
      // `const result = validateJobData(job.data); result.data.recipientEmail`: the value validated (validation-result.ts).
      else if (local && n.name.text === 'data') {
        const validated = validatedValue(local);
        if (validated) visit(unwrap(validated));
      }
      // `const normalized = this.normalizePhone(phone); normalized.e164`: one of the texts the call made (text-result-member.ts).
      else if (local) {
        const made = textResultMember(n, resolveLocal!, isTextCall);
        if (made) visit(made);
      }
      return;
    }
    if (typescript.isIdentifier(n)) {
      const ref = params.get(n.text);
      if (ref) {
        push(ref);
        // `userProperties = userProperties || {}; userProperties['email'] = user.email`: the keys the function gave it (defaulted-param.ts).
        const defaulted = locals?.reassigned?.(n.text);
        if (defaulted?.length && !seenLocals?.has(n.text)) {
          (seenLocals ??= new Set()).add(n.text);
          for (const value of defaulted) visit(value);
        }
      }
      // `const { empresaId } = await Model.registrar({ … })`: an id the call returns, not its arguments (returned-id.ts).
      else if (locals && !locals.resolveLocal(n.text) && isIdFromCallResult(n.text, locals.destructuredFrom?.(n.text))) return;
      else if (resolveLocal && (seenLocals?.has(n.text) || (seenLocals?.size ?? 0) >= 8)) {
        if (trace && ((seenLocals?.size ?? 0) >= 8 || trace.before.has(n.text))) trace.isPartial = true;
      } else if (resolveLocal) {
        (seenLocals ??= new Set()).add(n.text);
        if (trace) trace.seen = seenLocals;
        const local = resolveLocal(n.text);
        if (local) visit(local);
        // `let properties = {}; properties = { ...properties, ...event.eventProperties }`: every value it was given.
        for (const value of locals?.reassigned?.(n.text) ?? []) visit(value);
      }
      return;
    }
    if (typescript.isShorthandPropertyAssignment(n)) {
      const ref = params.get(n.name.text);
      if (ref) push(ref);
      // `data: { to, subject, html }` nested in the argument: a local is read as what it was made from.
      else visit(n.name);
      return;
    }
    if (typescript.isPropertyAssignment(n)) return visit(n.initializer);
    if (typescript.isFunctionLike(n)) return;
    // `req.session.user.email`: the member's name `user` is no parameter called so; only the object it is read from is.
    if (typescript.isPropertyAccessExpression(n)) return visit(n.expression);
    typescript.forEachChild(n, visit);
    // `const properties = {}; properties.firstName = firstName`, `recipients.push(to)`: what was added later.
    if (typescript.isObjectLiteralExpression(n) || typescript.isNewExpression(n)) for (const a of locals?.assigned?.(n) ?? []) visit(a.value);
    if (typescript.isArrayLiteralExpression(n) || typescript.isNewExpression(n)) for (const e of locals?.pushed?.(n) ?? []) visit(e);
  };
  return visit;
}

/** `options.recipients`: a name's member. */
function isMemberOfName(node: ts.Expression): boolean {
  return typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression);
}

/** `schema.safeParse(options)`, `Schema.parse(input)`: validation hands back what it was given. */
function isSchemaParse(node: ts.Expression): boolean {
  return typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && /^(?:safeParse|parse|safeParseAsync|parseAsync)$/.test(node.expression.name.text) && node.arguments.length === 1;
}

const DATA_ACCESS = /^(get|find|fetch|load|query|select|update|upsert|insert|create|delete|remove|save|count|exists|check|verify|validate|lookup|is|has)(?![a-z])/;

/** A call named for reading or writing records (`getUserByEmail`, `updateLastLoginAt`), not for transforming a value. */
function isDataAccess(input: ts.Expression): boolean {
  let callee = unwrap(input);
  // `findInvitationFrom(coordinateurId)(email)`: a curried look-up is named where it starts (loaded-record.ts).
  for (let i = 0; i < 3 && typescript.isCallExpression(callee); i++) callee = unwrap(callee.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  // `getWelcomeTemplate(data)`: a getter named for a mail's text returns its arguments filled in (text-getter.ts).
  // `validatePhoneNumber(to)`: a check of one contact value hands it back cleaned (value-check.ts).
  // `t.verifySubtext(firstName)`: a translated piece of the verification mail's text (text-piece-name.ts).
  return name !== undefined && DATA_ACCESS.test(name) && !isTextGetter(name) && !isValueCheck(name) && !isTextPiece(name);
}

/** The parameter itself (`to`, `options.to`), handed on as it came. */
function isParameter(expression: ts.Expression, params: ParamNames): boolean {
  const node = unwrap(expression);
  if (typescript.isIdentifier(node)) return params.has(node.text);
  if (typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression)) return params.get(node.expression.text)?.key === undefined && params.has(node.expression.text);
  // `this.props`, `this.props.to`: a field the constructor kept from its arguments.
  if (typescript.isPropertyAccessExpression(node) && node.expression.kind === typescript.SyntaxKind.ThisKeyword) return params.has(`this.${node.name.text}`);
  if (typescript.isPropertyAccessExpression(node) && typescript.isPropertyAccessExpression(node.expression) && node.expression.expression.kind === typescript.SyntaxKind.ThisKeyword) return params.has(`this.${node.expression.name.text}`);
  return false;
}

function carriedOf(fill: (out: Carried) => void): Carried {
  const out: Carried = { categories: new Set(), expressions: new Set() };
  fill(out);
  return out;
}

/**
 * How much of an argument's fact to make. `all` for code whose calls the link stage judges. `shape` for test, seed
 * and mock code (test-code.ts), whose calls are never judged (no flow is reported there) but whose functions may still
 * be wrappers others call: only what the summaries read is made (which parameters reach each argument and key, the
 * keys, whether a value is variable, built, a model, a message builder's result); what the argument carries by name,
 * its text and what it says of a person (categories, expressions, `text`, `asPerson`, `wholeRecord`, `inText`,
 * `isLoaded`) are read only when a call is judged, and are left empty. Session 21: test code is 0-41 % of a
 * repository's bytes and its argument facts a fifth of their scan.
 */
export type FactDepth = 'all' | 'shape';

const EMPTY_CARRIED = (): Carried => ({ categories: new Set(), expressions: new Set() });

/**
 * The empty list most values' categories and expressions are (four in five of them on real code): one frozen
 * array shared by every fact rather than two new ones per value, kept until the link stage.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** `refs`: the parameters the expression reads, when known already (`paramsInObject`). */
function valueFact(expression: ts.Expression, carried: Carried, ctx: DataContext, params: ParamNames | undefined, refs = paramsIn(expression, params, [], ctx), depth: FactDepth = 'all'): ValueFact {
  // `to: restaurant.email`: an organisation's own mailbox, phone or address is no person's value (org-contact).
  const isVariable = isVariableValue(expression) && !isConstantLocal(expression, ctx) && !isOrganisationMember(expression, ctx);
  const fact: ValueFact = {
    // Most values carry nothing: an empty set needs no iterator to become an empty list.
    categories: carried.categories.size === 0 ? NONE : [...carried.categories].sort(),
    expressions: carried.expressions.size === 0 ? NONE : [...carried.expressions].sort(),
    isVariable,
    // Only a person's value is ever named in evidence; a literal's text is not worth the slice.
    text: isVariable && depth === 'all' ? textOf(expression, ctx) : '',
  };
  if (refs.length) fact.params = refs;
  if (refs.length && params && isParameter(expression, params)) fact.isParam = true;
  return fact;
}

/**
 * What an object literal carries as a whole, from what each of its properties carries alone: their union,
 * when no two properties carry the same expression. Reading the literal whole goes property by property
 * into one shared set, so it gives exactly this union then; where an expression repeats, a property's
 * key may speak instead of its value (`inProperty`), and the caller reads the literal again.
 */
function unionOfShares(shares: readonly Carried[]): Carried | undefined {
  const out: Carried = { categories: new Set(), expressions: new Set() };
  let expressions = 0;
  for (const share of shares) {
    expressions += share.expressions.size;
    for (const expression of share.expressions) out.expressions.add(expression);
    for (const category of share.categories) out.categories.add(category);
  }
  return out.expressions.size === expressions ? out : undefined;
}

function propertyKey(property: ts.ObjectLiteralElementLike): string | undefined {
  return typescript.isShorthandPropertyAssignment(property) ? property.name.text : typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) ? property.name.text : undefined;
}

/** A message's sender is the system's unless its value's own name says whose (`from: user.email`): the key `from` alone says nothing. */
const SENDER_KEYS = new Set(['from', 'sender']);

function readProperty(property: ts.ObjectLiteralElementLike, ctx: DataContext, out: Carried): void {
  if (!typescript.isPropertyAssignment(property) || !SENDER_KEYS.has(propertyKey(property) ?? '')) return inProperty(property, ctx, out);
  // `from: this.#from`, `from: options.fromAddress`: a sender named as one is the system's.
  const value = unwrap(property.initializer);
  const last = typescript.isPropertyAccessExpression(value) ? value.name.text : typescript.isIdentifier(value) ? value.text : '';
  if (/^#?(from|sender)/i.test(last)) return;
  inExpression(property.initializer, ctx, out);
}

/** `createUserLog(req, user)` to a helper handing `user` to a sink's `person` role: the whole record (whole-person-record.ts). */
function withWholeRecord(fact: ArgFact, arg: ts.Expression, ctx: DataContext): ArgFact {
  if (fact.isVariable && fact.categories.length === 0 && wholePersonRecord(arg)) fact.wholeRecord = WHOLE_RECORD_CATEGORIES;
  // `sendSignupInviteEmail(invite)` where `const invite = inviteDoc.data()`: a record loaded here (loaded-record.ts).
  const written = unwrap(arg);
  if (fact.isVariable && fact.categories.length === 0 && !fact.params && isLoadedRecordOrRelation(written, ctx)) fact.isLoaded = true;
  // `const data = req.body; sendEmails(data)`, `sendEmails(req.body)`: what the person submitted (request-body.ts), also
  // where the handler is a named function whose `req` is a parameter (`exports.book = async (req, res) => …`, commonjs-exports.ts).
  else if (fact.isVariable && fact.categories.length === 0 && isRequestBody(typescript.isIdentifier(written) ? recordSource(written.text, ctx) : written)) fact.isLoaded = true;
  return fact;
}

/**
 * A record loaded here (`invite`), or one of its relations read by name (`cita.empleado`, `booking.customer`: a row
 * loaded with its relations, as `const { patient } = booking` takes one apart): either is the caller's to hand over.
 */
function isLoadedRecordOrRelation(written: ts.Expression, ctx: DataContext): boolean {
  if (typescript.isIdentifier(written)) return isLoadedRecord(recordSource(written.text, ctx)) && !namesOrganisation(written.text, ctx);
  if (!typescript.isPropertyAccessExpression(written)) return false;
  const record = unwrap(written.expression);
  return typescript.isIdentifier(record) && isLoadedRecord(recordSource(record.text, ctx)) && !namesOrganisation(record.text, ctx) && !namesOrganisation(written.name.text, ctx);
}

/** What one argument of a call holds, as data (see `ArgFact`). */
export function argFact(arg: ts.Expression, ctx: DataContext, params: ParamNames | undefined, depth: FactDepth = 'all'): ArgFact {
  const written = unwrap(arg);
  const isAll = depth === 'all';
  const carry = isAll ? carriedOf : EMPTY_CARRIED;
  let object = written;
  if (typescript.isIdentifier(object)) {
    const local = ctx.resolveLocal(object.text);
    if (local && typescript.isObjectLiteralExpression(unwrap(local))) object = unwrap(local);
    // `const email = new SendSmtpEmail(); email.to = …`: a model filled key by key, read as the keys it was given (filled-objects.ts).
    else if (local && isModelConstruction(unwrap(local)) && ctx.assigned?.(unwrap(local))?.length) return filledArgFact(arg, unwrap(local) as ts.NewExpression, ctx, params, depth);
  }
  // `new Mail().setTo(user.email)`, in the call or in a local: the keys its setters gave (builder-chains.ts).
  const built = modelOf(typescript.isIdentifier(written) ? ctx.resolveLocal(written.text) ?? written : written);
  if (built && ctx.assigned?.(built)?.length) return filledArgFact(arg, built, ctx, params, depth);
  // `[{ to: a.email }]`, `Promise.all(invites.map(async (i) => ({ to: i.email })))`: read key by key like the object it is built from.
  let isBuilt = false;
  if (!typescript.isObjectLiteralExpression(object) && (typescript.isIdentifier(object) || typescript.isArrayLiteralExpression(object) || typescript.isCallExpression(object))) {
    const shape = shapesOf(object, ctx)[0];
    if (shape) (object = shape), (isBuilt = true);
  }
  const whole = () => carry((out) => inExpression(arg, ctx, out));
  if (!typescript.isObjectLiteralExpression(object)) {
    const fact = valueFact(arg, whole(), ctx, params, undefined, depth);
    return isAll ? withWholeRecord(fact, arg, ctx) : fact;
  }
  // An object literal written in the call: each property is read once, for its own fact and for the whole's.
  const isWritten = object === written;
  const shares = object.properties.map((property) => (isWritten || propertyKey(property) ? carry((out) => readProperty(property, ctx, out)) : undefined));
  // The parameters the literal reads, as a whole and property by property, from one reading of it.
  const traced = isWritten && arg === object && params && params.size > 0 ? paramsInObject(object, params, ctx) : undefined;
  const fact: ArgFact = valueFact(arg, (isWritten ? unionOfShares(shares as Carried[]) : undefined) ?? whole(), ctx, params, traced?.whole, depth);
  const props: Record<string, ValueFact> = {};
  const values = new Map<string, ts.Expression>();
  object.properties.forEach((property, index) => {
    const key = propertyKey(property);
    if (!key) return;
    const value = typescript.isShorthandPropertyAssignment(property) ? property.name : (property as ts.PropertyAssignment).initializer;
    values.set(key, value);
    const prop = valueFact(value, shares[index]!, ctx, params, traced?.own[index], depth);
    if (isAll && prop.isVariable) {
      const person = classify(key, PERSON_CONTAINER, ctx);
      const asPerson = person.length === 0 ? person : person.filter((c) => !prop.categories.includes(c));
      if (asPerson.length) prop.asPerson = asPerson;
      // `{ user: req.user }` handed on whole under a `person` role: the person's whole record (whole-person-record.ts).
      if (prop.categories.length === 0 && wholePersonRecord(value)) prop.wholeRecord = WHOLE_RECORD_CATEGORIES;
    }
    // `data: { groupMember }` where a wrapper fills the mail's template with it (record-in-message.ts).
    // A const written as a literal (`const userProfile: UserProfile = 'structure'`) is a kind, no one's record.
    const records = isWritten && isAll ? recordsInValue(value, (node) => textOf(node, ctx), (node) => isConstantLocal(node, ctx)) : undefined;
    if (records) prop.inText = records;
    // `body: JSON.stringify({ to, html })`: which parameter reaches which key of the body (serialised-body.ts).
    const body = prop.params && isWritten ? bodyParams(key, value, params, ctx) : undefined;
    if (body) prop.bodyParams = body;
    props[key] = prop;
  });
  for (const property of object.properties) {
    if (!typescript.isSpreadAssignment(property)) continue;
    const spread = unwrap(property.expression);
    // `...(cond && { body: JSON.stringify(requete.corps) })`: keys sent in some cases (conditional-spread.ts).
    const sometimes = conditionalLiterals(spread);
    const addKeys = (literal: ts.ObjectLiteralExpression): void => {
      for (const p of literal.properties) {
        const key = propertyKey(p);
        if (key && !Object.hasOwn(props, key)) props[key] = valueFact(typescript.isShorthandPropertyAssignment(p) ? p.name : (p as ts.PropertyAssignment).initializer, carry((out) => readProperty(p, ctx, out)), ctx, params, undefined, depth);
      }
    };
    sometimes.forEach(addKeys);
    if (sometimes.length) continue;
    const local = typescript.isIdentifier(spread) ? ctx.resolveLocal(spread.text) : undefined;
    if (local && typescript.isObjectLiteralExpression(unwrap(local))) {
      // `const msgBase = { from, subject, ...(replyTo && { reply_to: replyTo }) }; send({ ...msgBase, to })`: a message's
      // common part kept in a local and spread into each message (a Swedish booking app's SendGrid batches): its keys
      // are the message's keys, each in its role, those it adds in some cases too.
      const base = unwrap(local) as ts.ObjectLiteralExpression;
      addKeys(base);
      for (const p of base.properties) if (typescript.isSpreadAssignment(p)) conditionalLiterals(unwrap(p.expression)).forEach(addKeys);
      continue;
    }
    // `{ to, ...mailer.resetPasswordOptions({ name: user.name }) }`: options a helper builds from what it is given
    // hold it (a subject, a template's context); a look-up's result (`...await getDefaults(user)`) is a record, not its arguments.
    const built = local ? unwrap(local) : spread;
    if (typescript.isCallExpression(built) && built.arguments.length > 0 && !isDataAccess(built.expression)) {
      // Read in full at either depth: whether the key is made at all depends on what the arguments carry.
      const carried = carriedOf((out) => {
        for (const a of built.arguments) inExpression(a, ctx, out);
      });
      if (carried.categories.size) props[`...${textOf(spread, ctx)}`] = { ...valueFact(built, isAll ? carried : EMPTY_CARRIED(), ctx, params, undefined, depth), isVariable: true };
      continue;
    }
    // `{ ...parsedInput }`: a value someone supplied, whose keys are not known here (a parameter is judged at its callers).
    // A record loaded with a parameter (`const { bestelling } = await db.bewaarBestelling({ klantId: klant.id })`) is
    // no parameter: `{ ...bestelling, regels }` handed to a text function is read as that record.
    if ((typescript.isIdentifier(spread) || typescript.isPropertyAccessExpression(spread)) && isVariableValue(spread) && !isConstantLocal(spread, ctx) && (paramsIn(spread, params, [], ctx).length === 0 || isLoadedRecordOrRelation(spread, ctx))) (fact.spreads ??= []).push(textOf(spread, ctx));
  }
  addAssignedProps(object, ctx, params, props, depth);
  if (isAll) {
    // `{ name: dto.name, email: dto.email }`: beside a person's email or phone, `name` is theirs (person-record.ts).
    nameBesideContact(props, values, ctx);
    // `metadata: { email, name, phone }`: a record one level down (person-record-nested.ts).
    nameInNestedRecords(fact, props, values, ctx, (node) => textOf(node, ctx));
    // `{ to: booking.email, text: \`Liebe/r ${booking.name}\` }`: the texts name the person addressed (name-beside-recipient.ts).
    namesInAddressedMessage(fact, props, values, (key, value, out) => inKeyValue(key, value, ctx, out), (value) => addressedRecord(value, ctx));
    // `{ to: details.clientEmail, payload: { ...details } }`: the addressee's whole record (record-beside-own-address.ts).
    nameInAddressedRecords(fact, props, values, ctx);
  }
  fact.props = props;
  if (isBuilt) fact.isBuilt = true;
  return fact;
}

/** Keys given to an object after it was made (`properties.firstName = …`), each as its own value unless written in it already. */
function addAssignedProps(object: ts.Expression, ctx: DataContext, params: ParamNames | undefined, props: Record<string, ValueFact>, depth: FactDepth): void {
  for (const { key, value } of ctx.assigned?.(object) ?? []) {
    if (Object.hasOwn(props, key)) continue;
    const prop = valueFact(value, depth === 'all' ? carriedOf((out) => inKeyValue(key, value, ctx, out)) : EMPTY_CARRIED(), ctx, params, undefined, depth);
    if (depth === 'all' && prop.isVariable) {
      const person = classify(key, PERSON_CONTAINER, ctx).filter((c) => !prop.categories.includes(c));
      if (person.length) prop.asPerson = person;
    }
    props[key] = prop;
  }
}

/** `const email = new SendSmtpEmail(); email.to = …; send(email)`: a model filled after it was made, read by the keys it was given. */
function filledArgFact(arg: ts.Expression, model: ts.NewExpression, ctx: DataContext, params: ParamNames | undefined, depth: FactDepth): ArgFact {
  const fact: ArgFact = valueFact(arg, depth === 'all' ? carriedOf((out) => inExpression(arg, ctx, out)) : EMPTY_CARRIED(), ctx, params, undefined, depth);
  const props: Record<string, ValueFact> = {};
  addAssignedProps(model, ctx, params, props, depth);
  fact.props = props;
  fact.isModel = true;
  return fact;
}

/**
 * `const mail = createVerificationEmail(user.first_name, url); mail.to = user.email; sendEmail(mail)`: the keys given to
 * a local a call made, kept apart from the fact (`filledProps`), which is read as before; the link stage adds them to
 * what the project's function returns, where it returns an object it builds (built-messages.ts `builtArgument`).
 */
export function withFilledProps(fact: ArgFact, arg: ts.Expression, ctx: DataContext, params: ParamNames | undefined, depth: FactDepth): ArgFact {
  const written = unwrap(arg);
  const local = typescript.isIdentifier(written) ? ctx.resolveLocal(written.text) : undefined;
  const made = local && unwrap(local);
  if (!made || !typescript.isCallExpression(made) || !ctx.assigned?.(made)?.length) return fact;
  const props: Record<string, ValueFact> = {};
  addAssignedProps(made, ctx, params, props, depth);
  return { ...fact, filledProps: props };
}

/** The props of a JSX element (`<Identify email={user.email} name={user.name} />`) as one object argument. */
export function jsxArgFact(attributes: ts.JsxAttributes, ctx: DataContext, params: ParamNames | undefined, depth: FactDepth = 'all'): ArgFact {
  const props: Record<string, ValueFact> = {};
  const categories = new Set<string>();
  const expressions = new Set<string>();
  const refs: ParamRef[] = [];
  for (const attribute of attributes.properties) {
    if (!typescript.isJsxAttribute(attribute) || !typescript.isIdentifier(attribute.name)) continue;
    const init = attribute.initializer;
    const value = init && typescript.isJsxExpression(init) ? init.expression : init && typescript.isStringLiteral(init) ? init : undefined;
    if (!value) continue;
    const key = attribute.name.text;
    const carried = (depth === 'all' ? carriedOf : EMPTY_CARRIED)((out) => {
      inExpression(value, ctx, out);
      // `email={invite.to}`: the prop's name says what the value is when the value's own name does not.
      if (out.expressions.size === 0 && isVariableValue(value)) {
        const named = classify(key, [], ctx);
        if (named.length) for (const c of named) out.categories.add(c), out.expressions.add(`${key}={${textOf(value, ctx)}}`);
      }
    });
    const prop = valueFact(value, carried, ctx, params, undefined, depth);
    props[key] = prop;
    for (const c of prop.categories) categories.add(c);
    for (const e of prop.expressions) expressions.add(e);
    for (const r of prop.params ?? []) if (!refs.some((x) => sameRef(x, r))) refs.push(r);
  }
  const fact: ArgFact = { categories: [...categories].sort() as ArgFact['categories'], expressions: [...expressions].sort(), isVariable: false, text: '', props };
  if (refs.length) fact.params = refs;
  return fact;
}

/**
 * `body: JSON.stringify({ to, html })`: for each key of the object literal serialised under a request's body key, the
 * parameters its value reads; undefined for any other value or where no key reads one.
 */
function bodyParams(key: string, value: ts.Expression, params: ParamNames | undefined, ctx: DataContext): Record<string, ParamRef[]> | undefined {
  const written = serialisedBody(key, value);
  let object = written && unwrap(written);
  // `const payload = { messaging_product: 'whatsapp', to, … }; body: JSON.stringify(payload)`: the local's object, as written.
  if (object && typescript.isIdentifier(object)) {
    const local = ctx.resolveLocal(object.text);
    object = local && unwrap(local);
  }
  if (!object || !typescript.isObjectLiteralExpression(object)) return undefined;
  let out: Record<string, ParamRef[]> | undefined;
  for (const property of object.properties) {
    const inner = propertyKey(property);
    if (!inner || !(typescript.isPropertyAssignment(property) || typescript.isShorthandPropertyAssignment(property))) continue;
    const refs = paramsIn(typescript.isShorthandPropertyAssignment(property) ? property.name : property.initializer, params, [], ctx);
    if (refs.length) (out ??= {})[inner] = refs;
  }
  return out;
}
