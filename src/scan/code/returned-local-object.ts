/**
 * A builder that names its message before returning it (session 16, a public-sector app's mail builders: `const
 * params = { from: config.senderEmail, to: email, subject, html }; log.d('…', { params }); return params;`). The
 * returned object is the literal the `const` holds, read as if written in the `return` (built-messages.ts): a `const`
 * is never given another object, and its members are what the literal says unless code writes to them, which a
 * builder that logs and returns does not. Only a `const` of the function's own body (not of a nested function), and
 * only one declared by a plain name with an object literal.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The object literals of `body`'s own `const` declarations, by name (computed once per body, when asked). */
export function localObjectLiterals(body: ts.Block): (name: string) => ts.ObjectLiteralExpression | undefined {
  const value = localConstValues(body);
  return (name) => {
    const found = value(name);
    return found && typescript.isObjectLiteralExpression(found) ? found : undefined;
  };
}

/**
 * What each of `body`'s own `const` declarations (by a plain name) is given, by name (computed once per body, when
 * asked): `const attendees = sail.manifest.map(…)` beside `const event = { summary, attendees }; return event;` is
 * read where the method's result is read (own-method-result.ts), the method's names in the method's scope.
 */
export function localConstValues(body: ts.Block): (name: string) => ts.Expression | undefined {
  let values: Map<string, ts.Expression> | undefined;
  return (name) => {
    if (!values) {
      values = new Map();
      const found = values;
      const visit = (node: ts.Node): void => {
        if (typescript.isFunctionLike(node)) return;
        if (typescript.isVariableDeclarationList(node) && (node.flags & typescript.NodeFlags.Const) !== 0) {
          for (const declaration of node.declarations) {
            const init = declaration.initializer && unwrap(declaration.initializer);
            if (typescript.isIdentifier(declaration.name) && init) found.set(declaration.name.text, init);
          }
        }
        typescript.forEachChild(node, visit);
      };
      typescript.forEachChild(body, visit);
    }
    return values.get(name);
  };
}
