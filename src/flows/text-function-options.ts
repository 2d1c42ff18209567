/**
 * What a text function of the same file reads from an options object it is given:
 * `html = buildHtmlEmail({ appointment, intro })` where the function takes `params`, then
 * `const { appointment } = params` (or `({ appointment }: …)`, or `params.appointment.…`) and writes
 * `` `Hola ${appointment.patient_name}` ``. Apps hand their mail builders one object of named inputs as often as
 * positional ones (text-function-members.ts reads those); the mail holds `appointment.patient_name` as surely.
 * Only a function whose every `return` is text (`readKeys` says so), only the members of the object it reads (a key
 * of a member: `appointment.patient_name`, or of its relation: `standbyTime.client.firstname`) or writes out whole
 * (`${intro}`), and only a property of the caller's literal that is a name or a member (`appointment`, `appointment:
 * row`, `name: user.name`).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { isOrElse, unwrap } from '../scan/code/unwrap.js';
import { calledTextFunction, readKeys } from './text-function-members.js';

/** Most mails read fewer fields than this; an options object read for more is no one message's input. */
const MAX_KEYS = 40;

/** For one parameter: the keys read of each of its members, and the members written whole into the text. */
type OptionReads = { keys: Map<string, Set<string>>; whole: Set<string> };

const readsOf = new WeakMap<ts.Node, (OptionReads | undefined)[]>();

/** `{ appointment, intro: text }` taken apart: local name -> the member it holds (nested patterns left out). */
function patternMembers(pattern: ts.ObjectBindingPattern, into: Map<string, string>): void {
  for (const element of pattern.elements) {
    if (element.dotDotDotToken || !typescript.isIdentifier(element.name)) continue;
    const key = element.propertyName ?? element.name;
    if (typescript.isIdentifier(key)) into.set(element.name.text, key.text);
  }
}

function optionReads(fn: ts.SignatureDeclaration & { body?: ts.Node }): (OptionReads | undefined)[] {
  const cached = readsOf.get(fn);
  if (cached) return cached;
  const result = fn.parameters.map((param): OptionReads | undefined => {
    if (!fn.body) return undefined;
    // local name -> member of the options object it holds
    const members = new Map<string, string>();
    const objectName = typescript.isIdentifier(param.name) ? param.name.text : undefined;
    if (typescript.isObjectBindingPattern(param.name)) patternMembers(param.name, members);
    const reads: OptionReads = { keys: new Map(), whole: new Set() };
    const addKey = (member: string, key: string) => {
      const keys = reads.keys.get(member) ?? new Set();
      keys.add(key);
      reads.keys.set(member, keys);
    };
    // The member an expression is: `appointment` (a local taken from the object) or `params.appointment`.
    const memberOf = (node: ts.Expression): string | undefined => {
      const n = unwrap(node);
      if (typescript.isIdentifier(n)) return members.get(n.text);
      if (objectName && typescript.isPropertyAccessExpression(n) && typescript.isIdentifier(n.expression) && n.expression.text === objectName) return n.name.text;
      return undefined;
    };
    const visit = (node: ts.Node): void => {
      if (objectName && typescript.isVariableDeclaration(node) && typescript.isObjectBindingPattern(node.name) && node.initializer) {
        const init = unwrap(node.initializer);
        // `const { appointment, intro } = params`
        if (typescript.isIdentifier(init) && init.text === objectName) patternMembers(node.name, members);
      }
      if (typescript.isVariableDeclaration(node) && typescript.isObjectBindingPattern(node.name) && node.initializer) {
        // `const { patient_name } = appointment`: the keys taken apart are read as well.
        const member = memberOf(node.initializer);
        if (member) for (const element of node.name.elements) {
          const key = element.propertyName ?? element.name;
          if (!element.dotDotDotToken && typescript.isIdentifier(key)) addKey(member, key.text);
        }
      }
      if (typescript.isPropertyAccessExpression(node)) {
        const member = memberOf(node.expression);
        if (member) addKey(member, node.name.text);
        // `${standbyTime.client.firstname}`: a key of a member's relation, read as its path (a Swedish trainer app's
        // standby mail naming the waiting client).
        const inner = unwrap(node.expression);
        const relationOf = typescript.isPropertyAccessExpression(inner) ? memberOf(inner.expression) : undefined;
        if (relationOf) addKey(relationOf, `${(inner as ts.PropertyAccessExpression).name.text}.${node.name.text}`);
      }
      if (typescript.isTemplateSpan(node)) {
        const member = memberOf(node.expression);
        if (member) reads.whole.add(member);
      }
      typescript.forEachChild(node, visit);
    };
    visit(fn.body);
    const total = [...reads.keys.values()].reduce((n, keys) => n + keys.size, 0) + reads.whole.size;
    return total > 0 && total <= MAX_KEYS ? reads : undefined;
  });
  readsOf.set(fn, result);
  return result;
}

/** A literal property's value when it is a name or a member (`appointment`, `appointment: row`, `name: user.name`). */
function propertyValue(property: ts.ObjectLiteralElementLike): { key: string; value: ts.Expression } | undefined {
  if (typescript.isShorthandPropertyAssignment(property)) return { key: property.name.text, value: property.name };
  if (!typescript.isPropertyAssignment(property) || !typescript.isIdentifier(property.name)) return undefined;
  // `clientEmail: appointment.clientEmail || 'Não informado'`: the value, with a default written after it.
  const given = unwrap(property.initializer);
  const value = isOrElse(given) ? unwrap(given.left) : given;
  return typescript.isIdentifier(value) || typescript.isPropertyAccessExpression(value) ? { key: property.name.text, value } : undefined;
}

/**
 * For a call to a same-file text function with an object literal argument: each property value with the keys the
 * function reads of it (`reads`), and each property value it writes out whole (`whole`).
 */
export function textFunctionOptions(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal: (name: string) => ts.Expression | undefined, className?: string): { reads: { arg: ts.Expression; keys: string[] }[]; whole: ts.Expression[] } {
  const out = { reads: [] as { arg: ts.Expression; keys: string[] }[], whole: [] as ts.Expression[] };
  if (!node.arguments.some((a) => typescript.isObjectLiteralExpression(unwrap(a)))) return out;
  // A top-level function, a member of a top-level object, or the calling class's own method (`this.getClientConfirmation
  // Template({ clientName: appointment.clientName })`, a Brazilian booking service's WhatsApp texts; session 43).
  const fn = calledTextFunction(node, sourceFile, resolveLocal, className);
  if (!fn || !readKeys(fn, sourceFile)) return out;
  const reads = optionReads(fn);
  node.arguments.forEach((arg, i) => {
    const literal = unwrap(arg);
    const read = reads[i];
    if (!read || !typescript.isObjectLiteralExpression(literal)) return;
    for (const property of literal.properties) {
      const found = propertyValue(property);
      if (!found) continue;
      const keys = read.keys.get(found.key);
      if (keys) out.reads.push({ arg: found.value, keys: [...keys].sort() });
      if (read.whole.has(found.key)) out.whole.push(found.value);
    }
  });
  return out;
}
