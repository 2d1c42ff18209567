/**
 * A local destructured from a value, read as that value's member: `nombre` of `const { nombre, apellido, correo } =
 * req.body` is `req.body.nombre`. Controllers take a form's fields apart at the top and hand them to the app's mail
 * helper one by one (`emailService.sendWelcomeEmail(correo, nombre, rol)`); the fields are still one person's record,
 * so what holds for members of one value handed over side by side (person-record-args.ts) holds for these locals.
 * Only a shorthand or renamed binding of an object pattern whose source is a name or a member (`req.body`, `data`),
 * never a call's result (`const { name } = await getTeam(id)` is the team's, read by the call's own name elsewhere).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { calleePath } from '../scan/code/flow-bindings.js';
import type { DataContext } from './personal-data.js';

/** `{ base: 'req.body', key: 'nombre' }` for a local `nombre` destructured from `req.body`; else undefined. */
export function destructuredMember(input: ts.Expression, ctx: DataContext): { base: string; key: string } | undefined {
  const node = unwrap(input);
  if (!typescript.isIdentifier(node) || ctx.resolveLocal(node.text)) return undefined;
  const from = ctx.destructuredFrom?.(node.text);
  const source = from && unwrap(from);
  if (!source || !(typescript.isIdentifier(source) || typescript.isPropertyAccessExpression(source))) return undefined;
  const path = calleePath(source, false, false);
  if (!path || path.root === 'this') return undefined;
  return { base: [path.root, ...path.path].join('.'), key: node.text };
}
