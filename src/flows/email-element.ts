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

const TEMPLATE_COMPONENT = /^[A-Z][A-Za-z0-9]*(?:Email|Mail|Template)$/;

/** `ChangePasswordEmail({ … })`, `<InviteEmail … />`: an email template element, by its component's name. */
export function isEmailElement(input: ts.Expression): boolean {
  const node = unwrap(input);
  if (typescript.isCallExpression(node)) {
    const callee = unwrap(node.expression);
    return typescript.isIdentifier(callee) && TEMPLATE_COMPONENT.test(callee.text) && node.arguments.length > 0;
  }
  const opening = typescript.isJsxElement(node) ? node.openingElement : typescript.isJsxSelfClosingElement(node) ? node : undefined;
  return opening !== undefined && typescript.isIdentifier(opening.tagName) && TEMPLATE_COMPONENT.test(opening.tagName.text);
}

/** Keys under which a mail API takes the React element it renders into the message itself (Resend's `react`). */
const RENDERED_ELEMENT_KEYS = new Set(['react']);

/**
 * `react: NewTaskFromProject({ username })`, `react: <ProgramInvite name={partner.name} />`: under Resend's `react` key
 * any component is the mail's template, whatever it is called, so its props are in the mail. Elsewhere only a
 * component named for a mail is (`isEmailElement`).
 */
export function isElementRenderedUnder(key: string | undefined, input: ts.Expression): boolean {
  if (key === undefined || !RENDERED_ELEMENT_KEYS.has(key)) return false;
  const node = unwrap(input);
  if (typescript.isCallExpression(node)) {
    const callee = unwrap(node.expression);
    return typescript.isIdentifier(callee) && /^[A-Z]/.test(callee.text) && node.arguments.length > 0;
  }
  const opening = typescript.isJsxElement(node) ? node.openingElement : typescript.isJsxSelfClosingElement(node) ? node : undefined;
  return opening !== undefined && typescript.isIdentifier(opening.tagName) && /^[A-Z]/.test(opening.tagName.text);
}
