/**
 * A sender made from a message builder (session 15, seen in bcgov's digital_marketplace notifications; the shape of
 * any "one builder per mail, one factory that sends" module): `export const accountReactivated =
 * makeSend(accountReactivatedT)`, where `accountReactivatedT(user)` returns the mails (`[{ to: user.email, subject,
 * html }]`) and `makeSend(makeEmails)` returns `async (...args) => { const emails = await makeEmails(...args); for
 * (const email of emails) await send(email) }`. A call of the sender hands its arguments to the builder and the
 * builder's mails to the factory's sink, so a caller's `accountReactivated(user)` sends `user.email`.
 *
 * Only a builder of messages (every object it returns names a recipient: `to`, `cc`, `recipients`, `email`, `phone`, …):
 * trackdechets' `nextBuildSirenify(accessors)` has the same shape but its builder returns look-ups, whose whole
 * values its factory logs, and reading those as sent put every company's address in a log.
 *
 * Read as a function of the file of its own (`accountReactivated`, with the builder's parameters) whose body is
 * `makeSend()(accountReactivatedT(…its parameters))`: the built mail is read through the builder's `shape`
 * (built-messages.ts), and the factory's returned function through its summary. Only where the factory's returned
 * function calls the parameter it was handed the builder in with its own arguments (`buildsWith` on the factory,
 * checked when linked: `builtWith` on the call); otherwise the value is the builder wrapped as before (`throttle(fn)`,
 * wrapped-function.ts), which the second call of the body keeps (`accountReactivatedT(…its parameters)`).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import type { ArgFact, CallFact, FunctionFact } from '../../flows/module-facts.js';

/** `makeSend(accountReactivatedT)` at a module's top level: the factory's and the builder's names, and the builder's argument position. */
export interface SenderCandidate {
  local: string;
  factory: string;
  builder: string;
  index: number;
  line: number;
  col: number;
}

/** A module-level `const X = f(g)`: `f` called with exactly one argument that is a bare name (checked later to be a function of the file). */
export function senderCandidate(local: string, init: ts.Expression, sourceFile: ts.SourceFile): SenderCandidate | undefined {
  let node = unwrap(init);
  if (typescript.isAwaitExpression(node)) return undefined;
  if (!typescript.isCallExpression(node)) return undefined;
  const callee = unwrap(node.expression);
  if (!typescript.isIdentifier(callee) || callee.text === local) return undefined;
  const named = node.arguments.map((a, i) => [unwrap(a), i] as const).filter(([a]) => typescript.isIdentifier(a));
  if (named.length !== 1) return undefined;
  const [builder, index] = named[0]! as [ts.Identifier, number];
  if (builder.text === local || builder.text === callee.text) return undefined;
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  return { local, factory: callee.text, builder: builder.text, index, line: line + 1, col: character + 1 };
}

/**
 * The parameter of `factory` that the function it returns calls with that function's own arguments (`makeEmails(...args)`,
 * `build(a, b)`), if any: the factory hands the builder it is given the sender's arguments.
 */
export function builderParameter(factory: ts.SignatureDeclaration, returned: ts.ArrowFunction | ts.FunctionExpression): number | undefined {
  const outer = new Map<string, number>();
  factory.parameters.forEach((p, i) => typescript.isIdentifier(p.name) && outer.set(p.name.text, i));
  const own = new Set(returned.parameters.flatMap((p) => (typescript.isIdentifier(p.name) ? [p.name.text] : [])));
  if (outer.size === 0 || own.size === 0) return undefined;
  let found: number | undefined;
  const visit = (node: ts.Node): boolean => {
    if (typescript.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      const index = typescript.isIdentifier(callee) ? outer.get(callee.text) : undefined;
      const handsOwn = node.arguments.length > 0 && node.arguments.every((a) => {
        const value = unwrap(typescript.isSpreadElement(a) ? a.expression : a);
        return typescript.isIdentifier(value) && own.has(value.text);
      });
      if (index !== undefined && handsOwn) return (found = index), true;
    }
    return typescript.isFunctionLike(node) ? false : typescript.forEachChild(node, visit) === true;
  };
  if (returned.body) typescript.forEachChild(returned.body, visit);
  return found;
}

/** Keys naming a message's recipient: a builder returning objects with none of them builds something else (a list of look-ups, a row). */
const RECIPIENT_KEYS = new Set(['to', 'cc', 'bcc', 'recipient', 'recipients', 'toAddress', 'toAddresses', 'toEmail', 'email', 'phone', 'phoneNumber', 'mobile']);

/** Whether every object a builder returns is a message: it names a recipient. */
export function isMessageBuilder(objects: readonly ts.ObjectLiteralExpression[] | undefined): boolean {
  return (
    objects !== undefined &&
    objects.length > 0 &&
    objects.every((o) => o.properties.some((p) => p.name !== undefined && (typescript.isIdentifier(p.name) || typescript.isStringLiteral(p.name)) && RECIPIENT_KEYS.has(p.name.text)))
  );
}

/** The sender's function fact and the two calls its body stands for (see the file's comment). */
export function senderFacts(candidate: SenderCandidate, builder: FunctionFact, factoryRoot: string, purposes: string[]): { fn: FunctionFact; calls: CallFact[] } {
  const { local, line, col } = candidate;
  const params = builder.params.map((name, i): ArgFact => ({ categories: [], expressions: [], isVariable: true, text: name, params: [{ param: i }], isParam: true }));
  const built: ArgFact = {
    categories: [],
    expressions: [],
    isVariable: true,
    text: `${candidate.builder}(…)`,
    params: builder.params.map((_, i) => ({ param: i })),
    madeBy: { root: candidate.builder, path: [], args: params },
  };
  const at = { line, col, container: local, purposes, fn: local, isSenderBody: true as const };
  return {
    fn: { name: local, params: [...builder.params], isSender: true },
    calls: [
      { root: factoryRoot, path: ['()'], args: [built], builtWith: candidate.index, ...at },
      { root: candidate.builder, path: [], args: params, ...at },
    ],
  };
}
