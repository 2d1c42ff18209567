/**
 * What a function returning a message's text reads of its parameters, kept as a module fact so another module's
 * call of it is read (issue 12, seen in a barber shop's mails: `html: BookingConfirmationEmail(bookingData)` with
 * the function in src/components/emails returning `` `<h2>Ciao ${data.customerName}</h2>` ``, and React Email's
 * `render(AdminNotificationEmail(bookingData))` with the component taking `{ customerName, customerEmail }`). The
 * same file's text functions are read where they are called (text-function-members.ts); a summary of facts is what
 * crosses modules. Kept: each parameter member whose own name says what it holds (`0.customerName` -> [name]).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { returnedValues } from './returns.js';
import { nestedReadKeys, readKeys } from '../../flows/text-function-members.js';
import { namesBesideAddressKeys } from '../../flows/name-beside-address.js';
import { writtenWhole } from '../../flows/text-function-params.js';
import { classify, type DataContext } from '../../flows/personal-data.js';
import { keyOf } from '../../flows/roles.js';
import { serialisedBody } from '../../flows/serialised-body.js';
import type { Category } from '../../detect/types.js';
import { SPREAD_KEY, type ArgFact, type MadeByFact } from '../../flows/module-facts.js';
import { calleePath } from './flow-bindings.js';
import { anyCall, textCallFor, textResultMember } from '../../flows/text-result-member.js';

/** Whether a callee's root is followed to the project's code: `true` for an imported name, the type's path for a typed field (`this.mailer`). */
export type LinkedName = (name: string) => boolean | { root: string; path: string[] };

/** Most mails read fewer fields than this; more is no one message's text. */
const MAX_KEYS = 40;

/** The values a `let` of the calling function was given after its declaration (flow-facts.ts `reassigned`). */
type Reassigned = (name: string) => readonly ts.Expression[] | undefined;

function isMarkup(value: ts.Expression): boolean {
  const node = unwrap(value);
  return typescript.isJsxElement(node) || typescript.isJsxFragment(node) || typescript.isJsxSelfClosingElement(node);
}

/** A component's props taken apart in its parameter (`({ customerName, customerEmail }: Props)`), when every `return` is markup. */
function componentKeys(fn: ts.SignatureDeclaration & { body?: ts.Node }): (string[] | undefined)[] | null {
  const body = fn.body;
  if (!body) return null;
  const values = typescript.isBlock(body) ? returnedValues(body) : [body as ts.Expression];
  if (values.length === 0 || !values.every(isMarkup)) return null;
  return fn.parameters.map((p) => {
    if (!typescript.isObjectBindingPattern(p.name)) return undefined;
    const keys = p.name.elements.flatMap((e) => {
      const key = e.dotDotDotToken ? undefined : (e.propertyName ?? e.name);
      return key && typescript.isIdentifier(key) ? [key.text] : [];
    });
    return keys.length ? keys : undefined;
  });
}

/**
 * What a text (or markup) function writes of its parameters, for another module's calls of it, from one reading of
 * its returns. `textReads`: `0.customerName` -> [name] for each member of a parameter written into what it returns;
 * `0.deliveryInfo.phone` -> [phone] for a member of a parameter's member (`${data.deliveryInfo.phone}`), read under
 * the member's own name; `0.` -> what the parameter's own name says, for a parameter written whole
 * (`getOrderStatusUpdateEmail(customerName, orderId)` writing `${customerName}`), whose caller's argument is read too.
 * `textKeys`: every such member as `0.mensaje`, whatever its name says: the value a caller hands under it is written
 * out, so the caller's value says what the text holds.
 */
export function textFactsOf(fn: ts.SignatureDeclaration & { body?: ts.Node }, sourceFile: ts.SourceFile, ctx: DataContext): { textReads?: Record<string, Category[]>; textKeys?: string[] } | undefined {
  if (fn.parameters.length === 0 || !fn.body) return undefined;
  const keys = readKeys(fn, sourceFile) ?? componentKeys(fn);
  if (!keys) return undefined;
  const out: Record<string, Category[]> = {};
  const written: string[] = [];
  const put = (ref: string, categories: Category[]) => {
    if (categories.length) out[ref] = [...new Set(categories)].sort();
  };
  keys.forEach((list, param) => {
    if (!list || list.length > MAX_KEYS) return;
    const read = list.map((key) => classify(key, [], ctx));
    list.forEach((key, i) => {
      written.push(`${param}.${key}`);
      put(`${param}.${key}`, read[i]!);
    });
    // `({ name, email, message })` written into one text: beside the address, `name` is that person's (name-beside-address.ts).
    for (const key of namesBesideAddressKeys(list, read, [], ctx)) put(`${param}.${key}`, ['name']);
  });
  nestedReadKeys(fn).forEach((pairs, param) => {
    for (const [member, key] of pairs) put(`${param}.${member}.${key}`, classify(key, [member], ctx));
  });
  writtenWhole(fn, sourceFile).forEach((isWritten, param) => {
    const name = fn.parameters[param]!.name;
    if (isWritten && typescript.isIdentifier(name)) out[`${param}.`] = [...new Set(classify(name.text, [], ctx))].sort();
  });
  const facts: { textReads?: Record<string, Category[]>; textKeys?: string[] } = {};
  if (Object.keys(out).length) facts.textReads = out;
  if (written.length) facts.textKeys = written;
  return facts.textReads || facts.textKeys ? facts : undefined;
}

/** `Email({ ...booking })`: a copy of one record is that record, read by the members the function takes. */
function spreadRecord(arg: ts.Expression): ts.Expression | undefined {
  const object = unwrap(arg);
  if (!typescript.isObjectLiteralExpression(object) || object.properties.length !== 1) return undefined;
  const only = object.properties[0]!;
  const spread = typescript.isSpreadAssignment(only) ? unwrap(only.expression) : undefined;
  return spread && (typescript.isIdentifier(spread) || typescript.isPropertyAccessExpression(spread)) ? spread : undefined;
}

/**
 * The calls of another module's functions whose result fills a property of a sink's object argument: `html:
 * emailHtml` with `const emailHtml = await render(AdminNotificationEmail(bookingData))`. A call wrapping one such
 * call as its only argument (a renderer) is looked through. At the top, the argument itself may be such a text
 * (`console.log(emailHtml)`: a rendered mail logged whole, as a preview where no mail provider is configured).
 */
export function textCallsIn(arg: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined, isImported: LinkedName, factOf: (arg: ts.Expression) => ArgFact, depth = 0, reassigned?: Reassigned): MadeByFact[] {
  const object = unwrap(arg);
  if (!typescript.isObjectLiteralExpression(object)) {
    const value = depth === 0 && typescript.isIdentifier(object) ? resolvedValue(object, resolveLocal) : undefined;
    // `const msg = { to, subject: content.subject, html: content.html }; sgMail.send(msg)`: the message built in a local.
    if (value && typescript.isObjectLiteralExpression(unwrap(value))) return textCallsIn(value, resolveLocal, isImported, factOf, depth + 1, reassigned);
    const made = value ? madeByImport(value, isImported, factOf) : undefined;
    return made ? [made] : [];
  }
  return object.properties.flatMap((property) => propertyTextCalls(property, resolveLocal, isImported, factOf, depth, reassigned));
}

function propertyTextCalls(property: ts.ObjectLiteralElementLike, resolveLocal: (name: string) => ts.Expression | undefined, isImported: LinkedName, factOf: (arg: ts.Expression) => ArgFact, depth: number, reassigned?: Reassigned): MadeByFact[] {
  const written = typescript.isPropertyAssignment(property) ? property.initializer : typescript.isShorthandPropertyAssignment(property) ? property.name : undefined;
  const member: { name?: string } = {};
  const value = written && resolvedValue(written, resolveLocal, member);
  const out: MadeByFact[] = [];
  // `body: JSON.stringify({ to, html: emailHtml })` of a request to the mail API, `message: { html }`: the message's
  // object one level in (Resend, Brevo or Postmark called with fetch; serialised-body.ts).
  const message = value && depth < 2 ? (typescript.isObjectLiteralExpression(value) ? value : serialisedBody(keyOf(property), value)) : undefined;
  if (message) out.push(...textCallsIn(message, resolveLocal, isImported, factOf, depth + 1, reassigned));
  for (const made of madeByImports(value, isImported, factOf)) {
    if (member.name) made.member = member.name;
    out.push(made);
  }
  if (!value && written) out.push(...reassignedTextCalls(written, reassigned, isImported, factOf));
  return out;
}

/**
 * `let emailContent; switch (data.type) { case 'reminder': emailContent = getReminderEmailTemplate({ recipientName:
 * recipient.name, … }); … }` then `html: emailContent.html` (a German PR platform's approval mails): the text member of
 * whichever imported template the local was given, each of them.
 */
function reassignedTextCalls(written: ts.Expression, reassigned: Reassigned | undefined, isImported: LinkedName, factOf: (arg: ts.Expression) => ArgFact): MadeByFact[] {
  const node = unwrap(written);
  if (!reassigned || !typescript.isPropertyAccessExpression(node) || !typescript.isIdentifier(node.expression)) return [];
  const values = reassigned(node.expression.text) ?? [];
  const member = node.name.text;
  return values.flatMap((value) => {
    const made = textCallFor(value, member, anyCall);
    return made ? madeByImports(made, isImported, factOf).map((m) => ({ ...m, member })) : [];
  });
}

/**
 * madeByImport of a value, or of each branch of a choice between texts (`react: userType === 'investor' ?
 * WelcomeInvestor({ name: fullName }) : WelcomeLandlord({ name: fullName })`, a UK lettings site's welcome mail).
 */
function madeByImports(value: ts.Expression | undefined, isImported: LinkedName, factOf: (arg: ts.Expression) => ArgFact): MadeByFact[] {
  const node = value && unwrap(value);
  const branches = node && typescript.isConditionalExpression(node) ? [unwrap(node.whenTrue), unwrap(node.whenFalse)] : [node];
  return branches.flatMap((branch) => madeByImport(branch, isImported, factOf) ?? []);
}

/**
 * The same calls in the object handed to the app's own wrapper (`sendEmail({ to: user.email, html: template.html })`
 * with `const template = welcomeEmail(user.name)` imported), by argument position and key, so the link stage adds
 * what the text holds where the wrapper's summary takes that key to a sink (`0` -> `html` -> [made]).
 */
export function textCallsByKey(args: readonly ts.Expression[], resolveLocal: (name: string) => ts.Expression | undefined, isImported: LinkedName, factOf: (arg: ts.Expression) => ArgFact, reassigned?: Reassigned): Record<string, Record<string, MadeByFact[]>> | undefined {
  let out: Record<string, Record<string, MadeByFact[]>> | undefined;
  args.forEach((arg, i) => {
    const object = unwrap(arg);
    if (!typescript.isObjectLiteralExpression(object)) {
      // `notifyUser(user, \`${subject} been added\`)` with `const subject = guestSubject(guestName)` imported: the whole argument, keyed ''.
      // `let message = ''; switch (type) { case 'reminder_24h': message = templates.reminder24h(data) … }`: each value it was given.
      const given = typescript.isIdentifier(object) ? (reassigned?.(object.text) ?? []) : [];
      const made = [object, ...given].flatMap((value) => textCallsInValue(value, resolveLocal, isImported, factOf, 0));
      if (made.length) (out ??= {})[i] = { '': made };
      return;
    }
    for (const property of object.properties) {
      // `sendEmail(orgId, { to: admin.email, ...emailContent })` with `const emailContent = await getCancelledEmail(…, userName)`
      // imported: the spread supplies the message's keys, whichever the wrapper takes (SPREAD_KEY).
      if (typescript.isSpreadAssignment(property)) {
        const spread = textCallsInValue(property.expression, resolveLocal, isImported, factOf, 0);
        if (spread.length) ((out ??= {})[i] ??= {})[SPREAD_KEY] = spread;
        continue;
      }
      const key = property.name && typescript.isIdentifier(property.name) ? property.name.text : undefined;
      const made = key ? propertyTextCalls(property, resolveLocal, isImported, factOf, 0) : [];
      if (made.length) ((out ??= {})[i] ??= {})[key!] = made;
    }
  });
  return out;
}

/** The calls of imported text functions a value is, or writes in its template's spans (a few levels). */
function textCallsInValue(value: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined, isImported: LinkedName, factOf: (arg: ts.Expression) => ArgFact, depth: number): MadeByFact[] {
  const node = unwrap(value);
  if (typescript.isTemplateExpression(node)) return depth > 2 ? [] : node.templateSpans.flatMap((span) => textCallsInValue(span.expression, resolveLocal, isImported, factOf, depth + 1));
  const member: { name?: string } = {};
  const resolved = typescript.isIdentifier(node) || typescript.isAwaitExpression(node) ? resolvedValue(node, resolveLocal, member) : node;
  if (resolved && resolved !== node && typescript.isTemplateExpression(unwrap(resolved))) return textCallsInValue(resolved, resolveLocal, isImported, factOf, depth + 1);
  const made = madeByImports(resolved, isImported, factOf);
  if (member.name) for (const m of made) m.member = member.name;
  return made;
}

/**
 * The value a local was given, through `await` and other locals (a few steps), and through a text member of a call's
 * result (`html: template.html` with `const template = welcomeEmail(user.name)`: the call made the text; whether the
 * callee makes text at all is its summary's to say, text-result-member.ts), that member's name put in `member`.
 */
function resolvedValue(written: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined, member: { name?: string } = {}): ts.Expression | undefined {
  let value: ts.Expression | undefined = written;
  for (let step = 0; value && step < 4; step++) {
    value = unwrap(value);
    if (typescript.isAwaitExpression(value)) value = value.expression;
    else if (typescript.isIdentifier(value)) value = resolveLocal(value.text);
    else if (typescript.isPropertyAccessExpression(value)) {
      member.name = value.name.text;
      value = textResultMember(value, resolveLocal, anyCall);
    } else break;
  }
  return value;
}

/**
 * `AppointmentEmail(booking)` of an imported function, `emailService.subscriptionRenewal({ customer })` of an imported
 * module's (a CommonJS object of template functions), one a level deeper (`niche.templates.confirmacao({ nome })`, a
 * clinic's texts grouped by niche in one exported object), or a renderer's call of one (`render(Email(booking))`).
 */
function madeByImport(value: ts.Expression | undefined, isImported: LinkedName, factOf: (arg: ts.Expression) => ArgFact): MadeByFact | undefined {
  if (!value || !typescript.isCallExpression(value)) return undefined;
  let call: ts.CallExpression = value;
  const inner = call.arguments.length >= 1 ? unwrap(call.arguments[0]!) : undefined;
  if (!linkedCallee(calleePath(call.expression), isImported) && inner && typescript.isCallExpression(inner)) call = inner;
  const made = linkedCallee(calleePath(call.expression), isImported);
  if (!made || call.arguments.length === 0) return undefined;
  return { root: made.root, path: made.path, args: call.arguments.map((a) => factOf(spreadRecord(a) ?? a)) };
}

/**
 * The callee as the link stage follows it: an imported function or its member (`welcomeEmail`, `emails.welcome`), or
 * a method of a field typed by a project class (`this.challengeEmail.newAttendee(…)` of an injected NestJS service,
 * as `ChallengeEmail` `:` `newAttendee`; session 52, a Canadian sailing club's mail builders).
 */
function linkedCallee(path: { root: string; path: string[] } | undefined, isImported: LinkedName): { root: string; path: string[] } | undefined {
  if (!path || path.path.includes('()')) return undefined;
  if (path.root === 'this') return typedFieldMethod(path, (key) => {
    const typed = isImported(key);
    return typeof typed === 'object' ? typed : undefined;
  });
  return path.path.length <= 2 && isImported(path.root) === true ? path : undefined;
}

/** `this.challengeEmail.newAttendee` where the field is typed `ChallengeEmail`: that type's method, as `ChallengeEmail` `:` `newAttendee`. */
export function typedFieldMethod(callee: { root: string; path: string[] }, typedField: (key: string) => { root: string; path: string[] } | undefined): { root: string; path: string[] } | undefined {
  if (callee.root !== 'this' || callee.path.length !== 2) return undefined;
  const typed = typedField(`this.${callee.path[0]}`);
  return typed && { root: typed.root, path: [...typed.path, callee.path[1]!] };
}

/**
 * Whether a file may export a mail's text or markup, so it gets the flow collector though it imports and calls nothing
 * of interest (a folder of one component or template function per mail): an exported HTML document or React Email's
 * markup, or in a file without JSX a template literal's HTML fragment filled with values (`` `<h2>Welcome, ${name}</h2>`
 * ``, most hand-written mails have no `<html>`), or a function returning a filled text. A component that writes no mail
 * document is read as before (not at all), keeping most UI files out: in a `.tsx` or `.jsx` file every element looks
 * like a fragment.
 */
const MAIL_DOCUMENT = /<!DOCTYPE html|<html[\s>]|<body[\s>]|@react-email\/|<mjml[\s>]/i;
const HTML_FRAGMENT = /<(?:p|div|h[1-6]|table|td|br|strong|b|span|li)[\s>/]/i;

export function mayExportMailText(text: string, fileName: string): boolean {
  if (!/\bexports?\b/.test(text)) return false;
  if (MAIL_DOCUMENT.test(text)) return true;
  // `template.replace(/{{(\w+)}}/g, (_, key) => vars[key] ?? '')`: a placeholder filler with no template of its own
  // (placeholder-template.ts).
  if (text.includes('.replace') && text.includes('=>') && /\w\[/.test(text) && !/x$/i.test(fileName)) return true;
  if (/x$/i.test(fileName) || !text.includes('${')) return false;
  // A module of text helpers importing nothing (`getNotificationSubject(guestName)` returning \`Your guest ${guestName}\`):
  // files that import something are read already (mayLink), and those that import nothing are few (under 1 % of three
  // large repositories' files, 0.5 % of their bytes).
  // ...or an arrow writing a template (`reminder24h: (data) => \`Olá ${data.clientName}!\``, an object of WhatsApp texts).
  return HTML_FRAGMENT.test(text) || /\breturn\b/.test(text) || /=>\s*`/.test(text);
}
