/**
 * A template engine's render given a template and the data to fill it with: `nunjucks.render('invite.jinja', { name,
 * email })`, `ejs.renderFile(path, { user })`, `pug.renderFile(file, locals)`, `Mustache.render(source, view)`,
 * `engine.parseAndRender(source, context)`. Apps that keep their mails as template files (Jinja, EJS, Pug,
 * Handlebars, Liquid) hand the engine a template's name or source first and the data after; the rendered text, a
 * mail's `html`, carries that data. `render(<Welcome name={…} />)` (React Email, the element first) is read by
 * personal-data.ts; this reads the calls whose first argument is a name or source (a string, a path, a name held in
 * a variable), so an element's render options (`render(element, { pretty: true })`) are never taken for its data.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** The engines' render calls (nunjucks, ejs, pug, Mustache, Eta, Liquid, Handlebars' compiled-template helpers). */
const RENDER_NAMES = new Set(['render', 'renderFile', 'renderString', 'renderTemplate', 'renderAsync', 'parseAndRender', 'renderView']);

/** Whether a value is a template's name, path or source: text, or a name or member holding one, never an element or a call making one. */
function isTemplateRef(input: ts.Expression): boolean {
  const node = unwrap(input);
  return typescript.isStringLiteralLike(node) || typescript.isTemplateExpression(node) || typescript.isIdentifier(node) || typescript.isPropertyAccessExpression(node) || typescript.isBinaryExpression(node);
}

/** The data arguments of an engine's render (`{ name, email }` of `nunjucks.render('x.jinja', { name, email })`), if the call is one. */
export function renderedData(node: ts.CallExpression): readonly ts.Expression[] | undefined {
  if (node.arguments.length < 2) return undefined;
  const callee = unwrap(node.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (!name || !RENDER_NAMES.has(name) || !isTemplateRef(node.arguments[0]!)) return undefined;
  return node.arguments.slice(1);
}
