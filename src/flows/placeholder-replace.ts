/**
 * A text whose placeholder is replaced by a value holds that value (session 24, seen in a Brazilian booking app's
 * confirmation mail: `rawTemplate.replace(/{{\s*cliente_nome\s*}}/g, firstName(ag.cliente_nome) || 'cliente')
 * .replace(/{{\s*servico_nome\s*}}/g, serviceLabel)`, an establishment's own template filled in). `replace` was read
 * as a reshaping of its receiver only (`email.replace(/\s/g, '')`), so the values put into the text were lost. The
 * second argument of `replace` / `replaceAll` is read as part of the result when it is a value: not a literal (a
 * reshaping or a mask, sanitisers.ts) and not a callback (which computes the replacement from the match).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

const REPLACING = new Set(['replace', 'replaceAll']);

/** The value a `replace` / `replaceAll` call writes into its text, when it is one (not a literal, not a callback). */
export function placeholderValue(call: ts.CallExpression, method: string): ts.Expression | undefined {
  if (!REPLACING.has(method) || call.arguments.length !== 2) return undefined;
  const value = unwrap(call.arguments[1]!);
  if (typescript.isStringLiteralLike(value) || typescript.isNumericLiteral(value) || typescript.isArrowFunction(value) || typescript.isFunctionExpression(value)) return undefined;
  return value;
}
