/**
 * A person's whole record spread into what a vendor takes as a person (analytics traits): `identify(user.id, {
 * ...user, plan })`, or a sibling function building the traits (`const data = await getIdentifyAttributes(con, user)`
 * whose body makes `const dup = { ...user }` and returns `{ ...camelCaseToSnakeCase(dup), first_name: … }`, daily-api's
 * Customer.io identify). Every field of the record goes out, so its email and name do, as where the record is handed
 * whole (whole-person-record.ts). A spread is followed through a local holding an object, a key-case conversion or a
 * copy of the record (`toSnakeCase(user)`, `structuredClone(user)`, `omit(user, ['password'])`: the values stay), and
 * a function of the same file that only builds an object; the record itself is still known only by its own name's
 * person noun (`user`, `member`, `req.user`).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { nameWords } from './name-words.js';
import { objectConst, ownFunctionBuild } from './own-function-result.js';
import { wholePersonRecord } from './whole-person-record.js';
import { isVariableValue } from './roles.js';
import { textOf, type DataContext } from './personal-data.js';

const MAX_DEPTH = 4;

/** Words of a function that hands its argument's values back under other keys or as a copy. */
const VALUE_KEEPING_WORDS = new Set(['camel', 'snake', 'kebab', 'pascal', 'camelize', 'camelise', 'decamelize', 'decamelise', 'clone', 'copy', 'omit']);

/** The texts of the person records spread into `input` (`user` of `{ ...user }`). */
export function spreadPersonRecords(input: ts.Expression, ctx: DataContext): string[] {
  const out: string[] = [];
  spreadsIn(input, ctx, undefined, out, 0);
  return out;
}

function spreadsIn(input: ts.Expression, ctx: DataContext, body: ts.Node | undefined, out: string[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  const node = unwrap(input);
  if (typescript.isIdentifier(node)) {
    // A local of the building function's body, else of the caller's scope.
    const object = body ? objectConst(body, node.text) : undefined;
    const local = object ?? (body ? undefined : ctx.resolveLocal(node.text));
    if (local) spreadsIn(local, ctx, object ? body : undefined, out, depth + 1);
    return;
  }
  if (typescript.isCallExpression(node) && !body) {
    const built = ownFunctionBuild(node, ctx.sourceFile, ctx.resolveLocal);
    for (const object of built?.objects ?? []) spreadsIn(object, ctx, built!.body, out, depth + 1);
    return;
  }
  if (!typescript.isObjectLiteralExpression(node)) return;
  for (const property of node.properties) {
    if (!typescript.isSpreadAssignment(property)) continue;
    const spread = keptValue(unwrap(property.expression));
    if (wholePersonRecord(spread) && isVariableValue(spread)) out.push(textOf(spread, ctx));
    else if (typescript.isIdentifier(spread) || typescript.isObjectLiteralExpression(spread)) spreadsIn(spread, ctx, body, out, depth + 1);
  }
}

/** `camelCaseToSnakeCase(dup)` -> `dup`: the value a key-case conversion or a copy was made of. */
function keptValue(node: ts.Expression): ts.Expression {
  if (!typescript.isCallExpression(node) || !node.arguments[0]) return node;
  const callee = unwrap(node.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === undefined || (name !== 'structuredClone' && !nameWords(name).some((w) => VALUE_KEEPING_WORDS.has(w.toLowerCase())))) return node;
  return unwrap(node.arguments[0]);
}
