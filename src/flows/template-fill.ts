/**
 * A template filled with data (`getCompiledMailTemplate(path, content, 'html')`, `compileTemplate(source, data)`,
 * `interpolateEmailTemplate(body, vars)`, `getRenderedHtmlForTemplate(id, props)`): the text it returns holds what
 * its arguments hold, as a `render…`/`build…` call does (personal-data.ts). Read by the words of the name: a verb
 * of filling (compile, render, interpolate, fill, and their participles) beside a word for a message's text
 * (template, mail, email, html, text, message, body); never a SQL or query template (`compileSqlTemplate`).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { byNameWords } from './name-words.js';

const FILL_VERBS = new Set(['compile', 'compiled', 'render', 'rendered', 'interpolate', 'interpolated', 'fill', 'filled']);
const TEXT_NOUNS = new Set(['template', 'templates', 'mail', 'email', 'html', 'text', 'message', 'body']);
const NOT_TEXT = new Set(['sql', 'query', 'path', 'url', 'schema', 'regex', 'route']);

const namesTemplateFill = byNameWords(
  (words) => words.some((w) => FILL_VERBS.has(w)) && words.some((w) => TEXT_NOUNS.has(w)) && !words.some((w) => NOT_TEXT.has(w)),
);

/** Whether a callee's last name (`getCompiledMailTemplate`) fills a message's template with its arguments. */
export function isTemplateFill(name: string): boolean {
  return namesTemplateFill(name.slice(name.lastIndexOf('.') + 1));
}

/**
 * A call filling a message's template (`renderEmailTemplate(template, { bookingTitle, userName, userEmail })`, seen in a
 * Norwegian booking app's `get…Email` builders): the call, for reading what fills it; undefined for anything else.
 */
export function filledTemplate(node: ts.Node): ts.CallExpression | undefined {
  if (!typescript.isCallExpression(node)) return undefined;
  const callee = unwrap(node.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && isTemplateFill(name) ? node : undefined;
}

/** The values an object argument of a template fill gives it (`{ userName, reason: reason || '' }` -> `userName`, `reason || ''`). */
export function fillValues(call: ts.CallExpression): ts.Expression[] {
  return call.arguments.flatMap((arg) => {
    const object = unwrap(arg);
    if (!typescript.isObjectLiteralExpression(object)) return [];
    return object.properties.flatMap((p) => (typescript.isShorthandPropertyAssignment(p) ? [p.name] : typescript.isPropertyAssignment(p) ? [p.initializer] : []));
  });
}
