/**
 * An element made without JSX (session 16, seen in a Next.js app's better-auth set-up, a `.ts` file where JSX cannot
 * be written: `sendEmail({ to: user.email, react: createElement(VerifyEmail, { userName: user.name, verifyUrl: url })
 * })`). `createElement(Component, props, …children)` and `React.createElement(…)` are what `<Component {...props} />`
 * compiles to, so the element is read as that JSX is (email-element.ts): under Resend's `react` key or a mail's
 * `html`, or where the component is named for a mail, its props are in the rendered mail. The component is the first
 * argument, by name; an element of a tag (`createElement('div', …)`) renders no template of the app.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** `createElement(VerifyEmail, { … })`, `React.createElement(VerifyEmail, { … })`: the component's name and what the element is given. */
export function createdElement(input: ts.Expression): { component: string; given: readonly ts.Expression[] } | undefined {
  const node = unwrap(input);
  if (!typescript.isCallExpression(node) || node.arguments.length < 2) return undefined;
  const callee = unwrap(node.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) && typescript.isIdentifier(callee.expression) && callee.expression.text === 'React' ? callee.name.text : undefined;
  if (name !== 'createElement') return undefined;
  const component = unwrap(node.arguments[0]!);
  return typescript.isIdentifier(component) ? { component: component.text, given: node.arguments.slice(1) } : undefined;
}
