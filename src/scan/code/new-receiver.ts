/**
 * A method called on an instance made in place (`await new EmailService().verifyEmail({ name, to: email })`, seen in
 * a SvelteKit app's form actions): the same method as on a local holding that instance (`const mailer = new
 * EmailService(); mailer.verifyEmail(…)`), whose path is the class's call result (`EmailService`, [`()`, …]).
 * `calleePath` stops at the `new` expression, so the call was not followed.
 */
import type ts from 'typescript';
import { calleePath } from './flow-bindings.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The callee `new X(…).m` as X's instance path, where X is a class the link stage can follow. */
export function newReceiverPath(callee: ts.Expression, followable: (name: string) => boolean): { root: string; path: string[] } | undefined {
  const member = newMemberPath(callee);
  if (!member) return undefined;
  const made = calleePath(member.made.expression);
  if (!made || made.path.length || !followable(made.root)) return undefined;
  return { root: made.root, path: ['()', ...member.path] };
}

/**
 * `new Resend(API_KEY).emails.send(…)`: the object made in place and the members read on it down to the method
 * (`emails`, `send`), as a local holding it would give them (`const resend = new Resend(…); resend.emails.send(…)`).
 */
export function newMemberPath(callee: ts.Expression): { made: ts.NewExpression; path: string[] } | undefined {
  const path: string[] = [];
  let node = unwrap(callee);
  while (typescript.isPropertyAccessExpression(node)) {
    path.unshift(node.name.text);
    node = unwrap(node.expression);
  }
  return path.length && typescript.isNewExpression(node) ? { made: node, path } : undefined;
}
