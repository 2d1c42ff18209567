/**
 * An email template element handed over before it is rendered: `template: ChangePasswordEmail({ username: user.name })`
 * given to the app's mail service, which renders it into the message (`message.html = await render(message.template)`),
 * or `react: WelcomeEmail({ name })` / `react: <WelcomeEmail name={name} />` given to Resend, which renders it itself.
 * React Email templates are components named for the mail (`…Email`, `…Mail`, `…Template`) and called or written as
 * JSX where the message is built; the rendered mail carries their props. `render(WelcomeEmail(…))` was read before
 * (personal-data.ts); the element alone was not. Only a component so named: `UserCard({ user })` or `Button(…)` is
 * no mail.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { createdElement } from './create-element.js';

const TEMPLATE_COMPONENT = /^[A-Z][A-Za-z0-9]*(?:Email|Mail|Template)$/;

/** `Welcome({ … })` with arguments, `<Welcome … />`: the name of the component an element renders, if it is one. */
function elementComponent(input: ts.Expression): string | undefined {
  const node = unwrap(input);
  // `createElement(VerifyEmail, { … })`: the element `<VerifyEmail … />` compiles to (create-element.ts).
  const created = createdElement(node);
  if (created) return created.component;
  if (typescript.isCallExpression(node)) return node.arguments.length > 0 ? componentNamed(unwrap(node.expression)) : undefined;
  const opening = typescript.isJsxElement(node) ? node.openingElement : typescript.isJsxSelfClosingElement(node) ? node : undefined;
  return opening === undefined ? undefined : componentNamed(opening.tagName);
}

/**
 * `Welcome`, and a component read off its module: `Emails.Welcome` of a namespace import, `(await
 * import('@/emails/WelcomeEmail')).WelcomeEmail` of a route loading its template on demand (session 51, a Colombian
 * pharmacy's Resend mails).
 */
export function componentNamed(callee: ts.Node): string | undefined {
  if (typescript.isIdentifier(callee)) return callee.text;
  return typescript.isPropertyAccessExpression(callee) && /^[A-Z]/.test(callee.name.text) ? callee.name.text : undefined;
}

/** A call of a component, the name capitalised: `Welcome({ … })`, `Emails.Welcome({ … })`. */
export function isComponentCall(node: ts.Node): node is ts.CallExpression {
  return typescript.isCallExpression(node) && /^[A-Z]/.test(componentNamed(unwrap(node.expression)) ?? '');
}

/** `ChangePasswordEmail({ … })`, `<InviteEmail … />`: an email template element, by its component's name. */
export function isEmailElement(input: ts.Expression): boolean {
  const component = elementComponent(input);
  return component !== undefined && TEMPLATE_COMPONENT.test(component);
}

/**
 * Keys under which a message takes a component it renders: Resend's `react`, and a message's `html` (session 14, seen in
 * proconnect-identite's account mails, `html: DeleteAccount({ given_name, family_name }).toString()` through a JSX
 * string renderer: whatever the component is called, what is rendered under `html` is the mail's markup).
 */
const RENDERED_ELEMENT_KEYS = new Set(['react', 'html']);

/** `Welcome({ … }).toString()`: the element a JSX-to-string library's result is made from. */
function withoutToString(input: ts.Expression): ts.Expression {
  const node = unwrap(input);
  if (!typescript.isCallExpression(node) || node.arguments.length > 0) return node;
  const callee = unwrap(node.expression);
  return typescript.isPropertyAccessExpression(callee) && callee.name.text === 'toString' ? unwrap(callee.expression) : node;
}

/**
 * `react: NewTaskFromProject({ username })`, `react: <ProgramInvite name={partner.name} />`, `html: Invite({ name
 * }).toString()`: under those keys any component is the mail's template, whatever it is called, so its props are in
 * the mail; the element is returned. Elsewhere only a component named for a mail is (`isEmailElement`).
 */
export function elementRenderedUnder(key: string | undefined, input: ts.Expression): ts.Expression | undefined {
  if (key === undefined || !RENDERED_ELEMENT_KEYS.has(key)) return undefined;
  const element = withoutToString(input);
  const component = elementComponent(element);
  return component !== undefined && /^[A-Z]/.test(component) ? element : undefined;
}
