/**
 * What a function of the same file builds, read where it is called: `data: { ...sanitizeApplicantForEmail(applicant) }`
 * whose body returns `{ applicant_email: …(email), applicant_first_name: …(firstname) }`, or `{ ...(await
 * getMailData(candidate, appointment)) }` whose body makes `const mailData = { user: { firstname: candidate.firstname,
 * email: candidate.email } }` and returns it. Services keep the data a mail's template is filled with in a sibling
 * function of the module that only builds it, as classes keep it in a sibling method (own-method-result.ts). Only a
 * function declared at the top of the calling file (`function f`, `const f = (…) => …`), not shadowed by a local of
 * the caller, whose every `return` (or expression body) is an object literal or a `const` of the function holding
 * one: a function returning anything else (a look-up, a computed value, text) keeps its result unread here. The
 * returned objects are read as written in the function (their keys and names say what they hold); the caller's
 * arguments are not substituted for the function's parameters.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { returnedValues } from '../scan/code/returns.js';

type Builder = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;
const functionsOf = new WeakMap<ts.SourceFile, Map<string, Builder>>();

export function topLevelFunctions(sourceFile: ts.SourceFile): Map<string, Builder> {
  let functions = functionsOf.get(sourceFile);
  if (functions) return functions;
  functions = new Map();
  for (const statement of sourceFile.statements) {
    if (typescript.isFunctionDeclaration(statement) && statement.name && statement.body) functions.set(statement.name.text, statement);
    if (!typescript.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer && unwrap(declaration.initializer);
      if (typescript.isIdentifier(declaration.name) && init && (typescript.isArrowFunction(init) || typescript.isFunctionExpression(init))) functions.set(declaration.name.text, init);
    }
  }
  functionsOf.set(sourceFile, functions);
  return functions;
}

/** The initializers of the `const`s named `name` in a function's body (not in a function nested in it), in order. */
export function constInitializers(body: ts.Node, name: string): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (typescript.isFunctionLike(node)) return;
    if (typescript.isVariableDeclarationList(node) && node.flags & typescript.NodeFlags.Const) {
      for (const declaration of node.declarations) {
        if (typescript.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) found.push(unwrap(declaration.initializer));
      }
    }
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(body, visit);
  return found;
}

/** `const mailData = { … }` declared in the function's body (not in a function nested in it), by name. */
export function objectConst(body: ts.Node, name: string): ts.ObjectLiteralExpression | undefined {
  return constInitializers(body, name).find(typescript.isObjectLiteralExpression);
}

const localValuesOf = new WeakMap<ts.Node, ts.Expression[]>();

/**
 * `const description = \`Cliente: ${client.firstName}\``, `summary` of a returned `{ summary, description }`: the value
 * a name of a returned object holds in the building function's body, where it is a `const` of the body (not of a
 * function nested in it). The caller cannot resolve the builder's locals, so it reads them from here (an Italian
 * clinic app's Google Calendar event built from the client). Read once per builder.
 */
export function builderLocalValues(built: { objects: ts.ObjectLiteralExpression[]; body: ts.Node }): ts.Expression[] {
  const known = localValuesOf.get(built.body);
  if (known) return known;
  const values = readLocalValues(built);
  localValuesOf.set(built.body, values);
  return values;
}

function readLocalValues(built: { objects: ts.ObjectLiteralExpression[]; body: ts.Node }): ts.Expression[] {
  const names = new Set<string>();
  for (const object of built.objects) for (const p of object.properties) {
    const value = typescript.isShorthandPropertyAssignment(p) ? p.name : typescript.isPropertyAssignment(p) ? unwrap(p.initializer) : undefined;
    if (value && typescript.isIdentifier(value)) names.add(value.text);
  }
  if (names.size === 0) return [];
  const values: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (typescript.isFunctionLike(node)) return;
    if (typescript.isVariableDeclarationList(node) && node.flags & typescript.NodeFlags.Const) {
      for (const d of node.declarations) if (typescript.isIdentifier(d.name) && names.has(d.name.text) && d.initializer && !typescript.isObjectLiteralExpression(unwrap(d.initializer))) values.push(d.initializer);
    }
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(built.body, visit);
  return values;
}

/** The objects `f(…)` returns, when `f` is a function of this file that only builds an object. */
export function ownFunctionResult(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal: (name: string) => ts.Expression | undefined): ts.ObjectLiteralExpression[] | undefined {
  return ownFunctionBuild(node, sourceFile, resolveLocal)?.objects;
}

/** The same, with the function's body, where the objects' own locals are read (`const dup = { ...user }`). */
export function ownFunctionBuild(node: ts.CallExpression, sourceFile: ts.SourceFile, resolveLocal: (name: string) => ts.Expression | undefined): { objects: ts.ObjectLiteralExpression[]; body: ts.Node } | undefined {
  const callee = unwrap(node.expression);
  if (!typescript.isIdentifier(callee)) return undefined;
  const fn = topLevelFunctions(sourceFile).get(callee.text);
  const body = fn?.body;
  if (!body) return undefined;
  // A local of the caller with the same name hides the module's function (a module `const f = …` resolves to itself).
  const local = resolveLocal(callee.text);
  if (local && unwrap(local) !== fn) return undefined;
  const values = typescript.isBlock(body) ? returnedValues(body) : [body as ts.Expression];
  const objects: ts.ObjectLiteralExpression[] = [];
  for (const value of values) {
    const returned = unwrap(value);
    const object = typescript.isObjectLiteralExpression(returned) ? returned : typescript.isIdentifier(returned) ? objectConst(body, returned.text) : undefined;
    if (!object) return undefined;
    objects.push(object);
  }
  return objects.length ? { objects, body } : undefined;
}
