/**
 * What a text function of the same file reads from the record it is given: `html: getConfirmacionCitaTemplate(citaData)`
 * where the function returns `` `<p>Hola ${data.pacienteNombre}</p>` ``. Apps without a template engine keep one
 * function per mail in the module that sends it, each filling an HTML template literal from the fields of one
 * argument; the mail holds `citaData.pacienteNombre` as surely as if the sender had written it. Only a function
 * declared at the top of the calling file (not shadowed by a local of the caller) whose every `return` (or expression
 * body) is text — a template literal, a string or a `+` of them — and only the members it reads of a parameter
 * that is a plain name; the caller's argument must be a name or a member (`citaData`, `req.body`), read then with
 * each key the function reads, by the usual member reading (a thing's name stays a thing's). A member read one level
 * deeper (`${cita.cliente.nombre}`, `${booking.customer.phone}`: a row loaded with its relations) is read as the
 * caller's `arg.cliente.nombre`, where the middle member says whose field it is.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { returnedValues } from '../scan/code/returns.js';
import { topLevelFunctions } from './own-function-result.js';
import { ownMethods } from './own-methods.js';
import { topLevelObjects } from '../scan/code/self-named-object.js';
import { memberFunction } from '../scan/code/own-object-handoff.js';
import { filledTemplate } from './template-fill.js';
import { isPlaceholderFilledLocal, isPlaceholderLookup, isPlaceholderReduce } from './placeholder-template.js';
import { ownModuleImports } from '../scan/code/own-module-imports.js';
import { nameWords } from './name-words.js';

/** Most mails read fewer fields than this; a function reading more is no one message's text. */
const MAX_KEYS = 40;

const keysOf = new WeakMap<ts.Node, (string[] | undefined)[] | null>();
/** For each parameter, the members read one level deeper (`cliente.nombre`), as [member, key]; filled beside `keysOf`. */
const nestedOf = new WeakMap<ts.Node, (readonly [string, string])[][]>();

// `` `<html>…</html>`.trim() ``: a string method of a text is text still. `lines.join('\n')` is text whatever `lines` holds.
const TEXT_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'replace', 'replaceAll', 'normalize', 'toUpperCase', 'toLowerCase']);

function isText(value: ts.Expression, sourceFile?: ts.SourceFile): boolean {
  const node = unwrap(value);
  if (typescript.isTemplateExpression(node) || typescript.isStringLiteralLike(node)) return true;
  if (sourceFile && isLayoutCall(node, sourceFile)) return true;
  // `return renderEmailTemplate(template, { userName, userEmail })`: a template filled with data is text (template-fill.ts).
  if (filledTemplate(node)) return true;
  if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text;
    return method === 'join' || (TEXT_METHODS.has(method) && isText(node.expression.expression, sourceFile));
  }
  // `items.length ? \`<p>${title}</p>\` + lines : ''`: a choice between texts is text.
  if (typescript.isConditionalExpression(node)) return isText(node.whenTrue, sourceFile) && isText(node.whenFalse, sourceFile);
  return typescript.isBinaryExpression(node) && node.operatorToken.kind === typescript.SyntaxKind.PlusToken && (isText(node.left, sourceFile) || isText(node.right, sourceFile));
}

/**
 * `` return emailLayout(`<h1>${data.prenom} ${data.nom}</h1>…`) ``: a mail's text handed to the same file's layout
 * function, itself returning text around what it is given (a French optician's booking mails, each template wrapping
 * its body in one shared header and footer). Only a top-level function of the file, so a call of anything else
 * (`fetch(\`…\`)`, `sha256(\`…\`)`) is no text; a layout calling itself is not followed.
 */
const following = new Set<ts.Node>();
function isLayoutCall(node: ts.Expression, sourceFile: ts.SourceFile): boolean {
  if (!typescript.isCallExpression(node) || !typescript.isIdentifier(node.expression)) return false;
  if (!node.arguments.some((arg) => isText(arg) || isTextsOption(arg))) return false;
  return returnsText(node.expression.text, sourceFile);
}

/**
 * `const youForm = verb === 'have' ? "You've" : "You're"; return youForm;`: a local of the body holding text, or a
 * choice between texts, returned by name.
 */
function isTextLocal(value: ts.Expression, body: ts.Node, sourceFile?: ts.SourceFile): boolean {
  const node = unwrap(value);
  if (!typescript.isIdentifier(node) || !typescript.isBlock(body)) return false;
  for (const statement of body.statements) {
    if (!typescript.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!typescript.isIdentifier(declaration.name) || declaration.name.text !== node.text || !declaration.initializer) continue;
      const init = unwrap(declaration.initializer);
      return isText(init, sourceFile) || (typescript.isConditionalExpression(init) && isText(init.whenTrue, sourceFile) && isText(init.whenFalse, sourceFile));
    }
  }
  return false;
}

/**
 * `return baseLayout(content, 'Telefoonnummer gewijzigd')` with `content` a local holding the mail's text and the
 * layout imported from the app's own modules (a Dutch cleaning service's fifty mail templates, one module each, every
 * one wrapping its body in a shared `baseLayout.js`), or a layout of the same file returning text around what it is
 * given (a Spanish camper rental's `return getEmailBaseTemplate(content, preheader)`). A package's function
 * (`hash(content)`) is no layout.
 */
function isOwnLayoutOfText(value: ts.Expression, body: ts.Node, sourceFile?: ts.SourceFile): boolean {
  const node = unwrap(value);
  if (!sourceFile || !typescript.isCallExpression(node) || !typescript.isIdentifier(node.expression)) return false;
  if (!node.arguments.some((arg) => isText(arg, sourceFile) || isTextLocal(arg, body, sourceFile) || isTextsOption(arg, sourceFile))) return false;
  return ownModuleImports(sourceFile).has(node.expression.text) || returnsText(node.expression.text, sourceFile);
}

/** A top-level function of the file returning text; one being read already (a layout calling itself) is not. */
function returnsText(name: string, sourceFile: ts.SourceFile): boolean {
  const layout = topLevelFunctions(sourceFile).get(name);
  if (!layout || following.has(layout)) return false;
  following.add(layout);
  try {
    return readKeys(layout, sourceFile) !== null;
  } finally {
    following.delete(layout);
  }
}

/**
 * `carteSimple({ titre: \`Bonjour ${prenom},\`, paragraphes: [\`…\`] })`: a layout handed its texts in one options
 * object (a Luxembourg club's mails, each filling the same card's title and paragraphs). One property holding a text,
 * or a list of texts, makes the call a layout of text; an object of values alone (`{ id, montant }`) does not.
 */
function isTextsOption(arg: ts.Expression, sourceFile?: ts.SourceFile): boolean {
  const node = unwrap(arg);
  if (!typescript.isObjectLiteralExpression(node)) return false;
  return node.properties.some((p) => {
    if (!typescript.isPropertyAssignment(p)) return false;
    const value = unwrap(p.initializer);
    return isFilledText(value, sourceFile) || (typescript.isArrayLiteralExpression(value) && value.elements.some((e) => isFilledText(e, sourceFile)));
  });
}

/** A text with a value written into it (`\`Bonjour ${prenom}\``): a fixed string alone is a label, not the message. */
function isFilledText(value: ts.Expression, sourceFile?: ts.SourceFile): boolean {
  const node = unwrap(value);
  return !typescript.isStringLiteralLike(node) && isText(node, sourceFile);
}

/** Words of a function's name saying it makes a message's text (`otpVerificationTemplate`, `renderWelcomeEmail`). */
const TEXT_MAKER_WORDS = new Set(['template', 'templates', 'email', 'mail', 'html', 'message', 'body', 'render', 'letter', 'notification']);

/**
 * `case 'verifyEmail': return otpVerificationTemplate(template.data.name, template.data.otp)`: a dispatcher handing
 * members of what it is given to the app's own template functions, imported from its own modules and named for a
 * message (a Norwegian wholesaler's `getTemplate`, one template module per mail). What the templates write is their
 * own reading (a template is text of its parameters); here the members handed to them are what the text holds.
 */
function isImportedTemplateCall(value: ts.Expression, sourceFile?: ts.SourceFile): boolean {
  const node = unwrap(value);
  if (!sourceFile || !typescript.isCallExpression(node) || !typescript.isIdentifier(node.expression) || node.arguments.length === 0) return false;
  if (!ownModuleImports(sourceFile).has(node.expression.text)) return false;
  return nameWords(node.expression.text).some((word) => TEXT_MAKER_WORDS.has(word));
}

/**
 * `return { subject: `…`, html: `…`, text: `…` }`: a mail's texts handed back together (dojosoftware's
 * `createInvitationEmailTemplate`), each property a text or a local of the body holding one; a record of values
 * (`{ fecha: data.fecha }`) is no text.
 */
function isTextsObject(value: ts.Expression, body: ts.Node, sourceFile?: ts.SourceFile): boolean {
  const node = unwrap(value);
  if (!typescript.isObjectLiteralExpression(node) || node.properties.length === 0) return false;
  // `return { subject, text }` of locals holding texts (a Norwegian parents' council's reminder mail).
  return node.properties.every((p) => (typescript.isPropertyAssignment(p) && isText(p.initializer, sourceFile)) || (typescript.isShorthandPropertyAssignment(p) && isTextLocal(p.name, body, sourceFile)));
}

/**
 * The keys an object pattern takes, each with the local it binds (`{ name, email: address }` takes `name` and `email`
 * into `name` and `address`; a nested pattern's key has no local of its own), rest elements left out.
 */
function destructuredEntries(pattern: ts.ObjectBindingPattern): { key: string; local?: string }[] {
  const entries: { key: string; local?: string }[] = [];
  for (const element of pattern.elements) {
    if (element.dotDotDotToken) continue;
    const key = element.propertyName ?? element.name;
    if (typescript.isIdentifier(key)) entries.push(typescript.isIdentifier(element.name) ? { key: key.text, local: element.name.text } : { key: key.text });
  }
  return entries;
}

/**
 * For each parameter (a plain name), the keys the function reads of it; null when the function returns no text.
 * `sourceFile` is the function's own file, where a layout it returns through is looked up (isLayoutCall).
 */
export function readKeys(fn: ts.SignatureDeclaration & { body?: ts.Node }, sourceFile?: ts.SourceFile): (string[] | undefined)[] | null {
  const cached = keysOf.get(fn);
  if (cached !== undefined) return cached;
  const body = fn.body;
  const values = !body ? [] : typescript.isBlock(body) ? returnedValues(body) : [body as ts.Expression];
  let result: (string[] | undefined)[] | null = null;
  if (body && values.length > 0 && values.every((value) => isText(value, sourceFile) || isTextsObject(value, body, sourceFile) || isTextLocal(value, body, sourceFile) || isOwnLayoutOfText(value, body, sourceFile) || isImportedTemplateCall(value, sourceFile) || isPlaceholderFilledLocal(value, body) || isPlaceholderReduce(value) || isPlaceholderLookup(value))) {
    const names = fn.parameters.map((p) => (typescript.isIdentifier(p.name) ? p.name.text : undefined));
    const keys = names.map((): Set<string> => new Set());
    const nested = names.map((): Map<string, readonly [string, string]> => new Map());
    // `const { cliente } = tarea` then `${cliente.apellido}`: a member taken apart, read one level on like `tarea.cliente.apellido`.
    const takenApart = new Map<string, readonly [number, string]>();
    const visit = (node: ts.Node): void => {
      if (typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression)) {
        const index = names.indexOf(node.expression.text);
        // `name.length > 40 ? … : …`: a value's size is tested, not a member of a record read.
        if (index >= 0 && node.name.text !== 'length') keys[index]!.add(node.name.text);
        const part = takenApart.get(node.expression.text);
        if (part) nested[part[0]]!.set(`${part[1]}.${node.name.text}`, [part[1], node.name.text]);
      }
      // `${cita.cliente.nombre}`: a member of the parameter's member, read one level on (parse-only trees have no parents).
      const outer = typescript.isPropertyAccessExpression(node) ? node : undefined;
      const inner = outer && unwrap(outer.expression);
      if (outer && inner && typescript.isPropertyAccessExpression(inner) && typescript.isIdentifier(inner.expression)) {
        const index = names.indexOf(inner.expression.text);
        if (index >= 0) nested[index]!.set(`${inner.name.text}.${outer.name.text}`, [inner.name.text, outer.name.text]);
      }
      // `${gegevensBlok(order)}`: the record handed whole to another text function of the file is read as that one reads it.
      if (sourceFile && typescript.isCallExpression(node)) handedToOwnText(node, names, sourceFile).forEach(([index, key]) => keys[index]!.add(key));
      // `const { freund_name, gruppe_name } = invitationData`: the keys taken apart are read as well.
      if (typescript.isVariableDeclaration(node) && typescript.isObjectBindingPattern(node.name) && node.initializer && typescript.isIdentifier(unwrap(node.initializer))) {
        const index = names.indexOf((unwrap(node.initializer) as ts.Identifier).text);
        if (index >= 0) {
          for (const { key, local } of destructuredEntries(node.name)) {
            keys[index]!.add(key);
            if (local) takenApart.set(local, [index, key]);
          }
        }
      }
      typescript.forEachChild(node, visit);
    };
    visit(body);
    // `function ({ nombreCompleto, email, telefono }) { return \`…\` }`: a template taking its fields apart in the
    // parameter reads each field it takes (a Mexican hacienda's mail templates, one CommonJS module each).
    fn.parameters.forEach((p, i) => {
      if (typescript.isObjectBindingPattern(p.name)) for (const { key } of destructuredEntries(p.name)) keys[i]!.add(key);
    });
    result = keys.map((k) => (k.size > 0 && k.size <= MAX_KEYS ? [...k].sort() : undefined));
    nestedOf.set(fn, nested.map((m) => (m.size <= MAX_KEYS ? [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, pair]) => pair) : [])));
  }
  keysOf.set(fn, result);
  return result;
}

const reading = new Set<ts.Node>();

/**
 * `gegevensBlok(order)` in a text function taking `order`: the keys the file's other text function reads of the
 * parameter it is handed, as [index of the caller's parameter, key] (a Dutch shop's order mails build their customer
 * block in one such function). A function being read already (a cycle) adds nothing.
 */
function handedToOwnText(call: ts.CallExpression, names: readonly (string | undefined)[], sourceFile: ts.SourceFile): [number, string][] {
  const callee = unwrap(call.expression);
  const fn = typescript.isIdentifier(callee) ? topLevelFunctions(sourceFile).get(callee.text) : undefined;
  if (!fn || reading.has(fn)) return [];
  const handed = call.arguments.map((arg) => {
    const value = unwrap(arg);
    return typescript.isIdentifier(value) ? names.indexOf(value.text) : -1;
  });
  if (handed.every((index) => index < 0)) return [];
  reading.add(fn);
  try {
    const keys = readKeys(fn, sourceFile);
    return handed.flatMap((index, position) => (index >= 0 ? (keys?.[position] ?? []).map((key): [number, string] => [index, key]) : []));
  } finally {
    reading.delete(fn);
  }
}

/** For each parameter, the [member, key] pairs a text function reads one level deeper; empty where it returns no text. */
export function nestedReadKeys(fn: ts.SignatureDeclaration & { body?: ts.Node }): (readonly [string, string])[][] {
  return readKeys(fn) ? (nestedOf.get(fn) ?? []) : [];
}

/**
 * The text function a call names: a top-level function of the file (not shadowed by a local), or the calling class's
 * own method (`html: this.generateCancellationEmailHtml(ctx, formattedDate)`, a service keeping each mail's text in a
 * private method beside the send).
 */
export function calledTextFunction(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal: (name: string) => ts.Expression | undefined, className: string | undefined): (ts.SignatureDeclaration & { body?: ts.Node }) | undefined {
  const callee = unwrap(node.expression);
  if (typescript.isPropertyAccessExpression(callee) && callee.expression.kind === typescript.SyntaxKind.ThisKeyword) {
    if (className) return ownMethods(sourceFile).get(className)?.get(callee.name.text);
    // `export const EmailService = { async sendPaymentConfirmation(order, customer) { … html:
    // this.generatePaymentConfirmationHtml(order, customer) } }`: inside a method of a top-level object `this` is the
    // object (a Dutch rental shop's mail service), found by the call's position since parse-only trees have no parents.
    for (const object of topLevelObjects(sourceFile).values()) {
      if (node.pos >= object.pos && node.end <= object.end) return memberFunction(object, callee.name.text);
    }
    return undefined;
  }
  // `messageTemplates.orderReady(order)` of `const messageTemplates = { orderReady: (order) => \`Hi ${order.customerName}\` }`.
  if (typescript.isPropertyAccessExpression(callee) && typescript.isIdentifier(callee.expression)) {
    const object = topLevelObjects(sourceFile).get(callee.expression.text);
    const local = object && resolveLocal(callee.expression.text);
    return object && (!local || unwrap(local) === object) ? memberFunction(object, callee.name.text) : undefined;
  }
  if (!typescript.isIdentifier(callee)) return undefined;
  const fn = topLevelFunctions(sourceFile).get(callee.text);
  const local = resolveLocal(callee.text);
  const own = local && unwrap(local);
  // `const felt = (etikett, verdi) => \`<tr>…${verdi}…\`` inside the function building the mail: its own text function.
  if (own && (typescript.isArrowFunction(own) || typescript.isFunctionExpression(own))) return own;
  if (!fn) return undefined;
  return local && own !== fn ? undefined : fn;
}

/** An argument of a text function's call, with what the function reads of its parameter (`nested`: [member, key] one level deeper). */
export interface TextFunctionRead {
  arg: ts.Expression;
  keys: string[];
  nested?: readonly (readonly [string, string])[];
}

/**
 * `const template = EMAIL_TEMPLATES[params.type]; template(emailData)`: a mail chosen by kind from the file's table of
 * text functions (a Danish cleaning firm's subscription mails, one arrow function per kind). Any of them may be the one
 * called, so the argument is read with every key any of them reads; a table holding anything but text functions is
 * no table of mails.
 */
export function lookedUpTextFunctions(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal: (name: string) => ts.Expression | undefined): (ts.SignatureDeclaration & { body?: ts.Node })[] {
  // Asked of every call the flow reader meets (twice: whether it makes text, then what it reads): a file with no
  // top-level object has no table, and no local is resolved for it.
  const objects = topLevelObjects(sourceFile);
  if (objects.size === 0) return [];
  let callee = unwrap(node.expression);
  if (typescript.isIdentifier(callee)) {
    const local = resolveLocal(callee.text);
    if (!local) return [];
    callee = unwrap(local);
  }
  if (!typescript.isElementAccessExpression(callee) || typescript.isStringLiteralLike(unwrap(callee.argumentExpression))) return [];
  const table = unwrap(callee.expression);
  if (!typescript.isIdentifier(table)) return [];
  const object = objects.get(table.text);
  const local = object && resolveLocal(table.text);
  if (!object || (local && unwrap(local) !== object)) return [];
  const fns = object.properties.map((p) => (p.name && (typescript.isIdentifier(p.name) || typescript.isStringLiteral(p.name)) ? memberFunction(object, p.name.text) : undefined));
  return fns.length > 0 && fns.every((fn) => fn && readKeys(fn, sourceFile)) ? (fns as ts.FunctionLikeDeclaration[]) : [];
}

/** The keys the called text function reads of each parameter, or for a table's lookup what any of its functions reads. */
function calledKeys(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal: (name: string) => ts.Expression | undefined, className?: string): { keys: (string[] | undefined)[]; nested: (readonly [string, string])[][] } | undefined {
  const fn = calledTextFunction(node, sourceFile, resolveLocal, className);
  if (fn) {
    const keys = readKeys(fn, sourceFile);
    return keys ? { keys, nested: nestedReadKeys(fn) } : undefined;
  }
  const fns = lookedUpTextFunctions(node, sourceFile, resolveLocal);
  if (fns.length === 0) return undefined;
  const keys: (string[] | undefined)[] = [];
  const nested: (readonly [string, string])[][] = [];
  for (const each of fns) {
    readKeys(each, sourceFile)!.forEach((k, i) => (keys[i] = k ? [...new Set([...(keys[i] ?? []), ...k])].sort() : keys[i]));
    nestedReadKeys(each).forEach((pairs, i) => (nested[i] = [...(nested[i] ?? []), ...pairs]));
  }
  return { keys, nested };
}

/** Each argument that is a name or a member, with the keys the same file's text function reads of its parameter. */
export function textFunctionReads(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal: (name: string) => ts.Expression | undefined, className?: string): TextFunctionRead[] {
  const called = calledKeys(node, sourceFile, resolveLocal, className);
  if (!called) return [];
  const { keys, nested } = called;
  const out: TextFunctionRead[] = [];
  node.arguments.forEach((arg, i) => {
    const read = unwrap(arg);
    if (keys[i] && (typescript.isIdentifier(read) || typescript.isPropertyAccessExpression(read))) out.push({ arg: read, keys: keys[i]!, nested: nested[i] ?? [] });
    // `createInvitationEmailTemplate({ ...invitation, isReminder: true })`: the record spread into the argument.
    else if (keys[i] && typescript.isObjectLiteralExpression(read)) {
      for (const property of read.properties) {
        const spread = typescript.isSpreadAssignment(property) ? unwrap(property.expression) : undefined;
        if (spread && (typescript.isIdentifier(spread) || typescript.isPropertyAccessExpression(spread))) out.push({ arg: spread, keys: keys[i]!, nested: nested[i] ?? [] });
      }
    }
  });
  return out;
}
