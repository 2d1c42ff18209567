/**
 * A delivery adapter handed in as a dependency and called by its method (session 15, seen in a ports-and-adapters
 * Express app: `function envoieTrackingConnexion({ adaptateurTracking, depotDonnees }) { return async (e) => {
 * const utilisateur = await depotDonnees.utilisateur(e.id); await adaptateurTracking.envoieTrackingConnexion(
 * utilisateur.email) } }`, `const { adaptateurMail } = config` in a factory, `createNotifier({ mailer })`). The adapter
 * is chosen when the app is wired, so nothing in the file says which implementation it is; its name does, as for a
 * service reached through a parameter's member (parameter-service.ts). The call is kept with no target and the link
 * stage reads the receiver's name as any call it cannot follow (src/flows/named-recipient.ts): a mail adapter given
 * an address is an inferred mail recipient, whether the address came through the function's parameters or was
 * loaded in its body. Only where the RECEIVER names the service (`adaptateurMail`, `mailer`, `smsGateway`,
 * `crmClient`), never a method of a value named for something else (`user.sendEmail()`), and only a parameter of
 * the function or of one enclosing it, or a local destructured from one (`const { mailer } = deps`).
 */
import type ts from 'typescript';
import { recipientByName } from '../../flows/named-recipient.js';
import type { ParamNames } from './flow-facts.js';
import { typescript } from './typescript-api.js';

/** The callee as written (`adaptateurMail.envoieMessage`) when its receiver is an injected adapter named for a delivery. */
export function injectedAdapterCallee(call: ts.CallExpression, enclosingParams: () => Iterable<ParamNames>): string | undefined {
  if (call.arguments.length === 0 || !typescript.isPropertyAccessExpression(call.expression)) return undefined;
  const receiver = call.expression.expression;
  if (!typescript.isIdentifier(receiver)) return undefined;
  const text = `${receiver.text}.${call.expression.name.text}`;
  // The receiver's own words must say the recipient (`mailer.deliver`), not the method's (`user.sendEmail`).
  if (recipientByName(text)?.name !== receiver.text) return undefined;
  const params: ParamNames[] = [...enclosingParams()];
  if (params.some((p) => p.has(receiver.text))) return text;
  return destructuredFromParameter(receiver.text, call, params) ? text : undefined;
}

/** Whether `name` is bound by `const { name } = deps` (or `= this.deps`) in a function enclosing `node`, `deps` a parameter. */
function destructuredFromParameter(name: string, node: ts.Node, params: readonly ParamNames[]): boolean {
  for (let fn: ts.Node | undefined = node.parent; fn; fn = fn.parent) {
    if (!typescript.isFunctionLike(fn)) continue;
    const body = (fn as ts.FunctionLikeDeclaration).body;
    if (!body || !typescript.isBlock(body)) continue;
    for (const statement of body.statements) {
      if (!typescript.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!typescript.isObjectBindingPattern(declaration.name) || !declaration.initializer) continue;
        if (!declaration.name.elements.some((e) => !e.dotDotDotToken && typescript.isIdentifier(e.name) && e.name.text === name)) continue;
        const source = declaration.initializer;
        if (typescript.isIdentifier(source) && params.some((p) => p.has(source.text))) return true;
        if (typescript.isPropertyAccessExpression(source) && source.expression.kind === typescript.SyntaxKind.ThisKeyword) return true;
      }
    }
  }
  return false;
}

/** A receiver named for a delivery service called by a method (`adaptateurMail.envoie(`, `smsGateway.send(`, `crm.update(`). */
const ADAPTER_CALL = /(?<![.\w])\w*(?:[mM]ail|[sS]ms|SMS|[tT]racking|[aA]nalytics|[cC]rm|CRM|[nN]ewsletter)\w*\s*\.\s*\w+\s*\(/;

/** Whether a file that imports nothing a wrapper can come from may still call an injected adapter: read by text before any walk. */
export function mayCallInjectedAdapter(text: string): boolean {
  return ADAPTER_CALL.test(text);
}
