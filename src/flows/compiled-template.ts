/**
 * A template compiled into a function from data to text (Handlebars, ejs, pug, lodash, doT): `const emailTemplate =
 * Handlebars.compile(source); emailTemplate({ name: user.name })` writes its data into the text. Also where the
 * compiling sits in the file's own loader (session 43, a German car-servicing platform's mails: `const template = await
 * loadTemplate('booking-confirmation'); const html = template(templateData)`, the loader reading the file, compiling
 * it and keeping it in a cache): a top-level function of the file with a `return` of a compiled template, as written
 * or through a `const` of its body, hands out one (a cache's `get` beside it is the same templates kept).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { returnedValues } from '../scan/code/returns.js';
import { constInitializers, topLevelFunctions } from './own-function-result.js';

/** Template compilers whose result is a function from data to text. */
const COMPILERS = new Set(['compile', 'template', 'compileFile', 'compileTemplate']);

function isCompileCall(node: ts.Expression): boolean {
  if (!typescript.isCallExpression(node)) return false;
  const callee = unwrap(node.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && COMPILERS.has(name);
}

/** Whether `value` (a local's initializer) is a compiled template: a compiler's result, or the file's loader's. */
export function isCompiledTemplate(value: ts.Expression | undefined, sourceFile: ts.SourceFile): boolean {
  const node = value && unwrap(value);
  if (!node || !typescript.isCallExpression(node)) return false;
  if (isCompileCall(node)) return true;
  const callee = unwrap(node.expression);
  const loader = typescript.isIdentifier(callee) ? topLevelFunctions(sourceFile).get(callee.text) : undefined;
  if (!loader?.body) return false;
  const body = loader.body;
  if (!typescript.isBlock(body)) return isCompileCall(unwrap(body));
  return returnedValues(body).some((returned) => {
    const value = unwrap(returned);
    if (isCompileCall(value)) return true;
    return typescript.isIdentifier(value) && constInitializers(body, value.text).some(isCompileCall);
  });
}
