/**
 * The methods of an object literal, by the function node of each (session 35, seen in an Italian clinic app's
 * `export const notificationService = { async sendEmailDirect(to, …) {…}, async sendAppointmentReminder(…) { …
 * this.sendEmailDirect(client.email, …) } }`): inside such a method `this` is the object, so `this.sendEmailDirect`
 * is its sibling, as `this.send` in a class's method is the class's. Parse-only trees have no parents, so the file is
 * read once, on the first `this.` call outside a class, and only object literals whose methods call `this.` are kept.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

const siblingsOf = new WeakMap<ts.SourceFile, Map<ts.Node, ReadonlySet<string>>>();

/** The function a property of an object literal holds: a method, or a property set to an arrow or a function expression. */
function methodFunction(property: ts.ObjectLiteralElementLike): ts.Node | undefined {
  if (typescript.isMethodDeclaration(property)) return property;
  if (!typescript.isPropertyAssignment(property)) return undefined;
  const value = unwrap(property.initializer);
  return typescript.isArrowFunction(value) || typescript.isFunctionExpression(value) ? value : undefined;
}

function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  const name = property.name;
  return name && (typescript.isIdentifier(name) || typescript.isStringLiteral(name)) ? name.text : undefined;
}

function collect(sourceFile: ts.SourceFile): Map<ts.Node, ReadonlySet<string>> {
  const byMethod = new Map<ts.Node, ReadonlySet<string>>();
  const visit = (node: ts.Node): void => {
    if (typescript.isObjectLiteralExpression(node)) {
      const methods = node.properties.flatMap((p) => {
        const fn = methodFunction(p);
        const name = propertyName(p);
        return fn && name ? [[fn, name] as const] : [];
      });
      if (methods.length > 1) {
        const names = new Set(methods.map(([, name]) => name));
        for (const [fn] of methods) byMethod.set(fn, names);
      }
    }
    typescript.forEachChild(node, visit);
  };
  visit(sourceFile);
  return byMethod;
}

/** Whether `method` is a sibling of function `fn` in the object literal `fn` is a method of. */
export function hasObjectSibling(sourceFile: ts.SourceFile, fn: ts.Node, method: string): boolean {
  let byMethod = siblingsOf.get(sourceFile);
  if (!byMethod) siblingsOf.set(sourceFile, (byMethod = collect(sourceFile)));
  return byMethod.get(fn)?.has(method) ?? false;
}
