/**
 * Locals declared without a value and given one later, often in branches: `let emailHtml: string; if (isReminder)
 * emailHtml = generatePatientReminderEmail({ patientName }) else emailHtml = generatePatientNewAppointmentEmail({
 * patientName })`, then `sendEmail({ to, html: emailHtml })`. The flow walk keeps what a local was given after its
 * declaration only for the locals it knows (those declared with a value), so such a local carried nothing; it is now
 * a local of its function too, holding every value it is given (the branches are not told apart).
 */
import type ts from 'typescript';

/** What a function scope keeps of the locals it declared without a value (`FlowScope` in flows.ts). */
export interface UnsetLocalsHolder {
  locals?: Map<string, ts.Expression>;
  /** Names declared in this function without a value (`let html: string;`). */
  unset?: Set<string>;
}

/** Records `let name;` (no initializer) in `scope`. */
export function declareUnset(scope: UnsetLocalsHolder, name: string): void {
  (scope.unset ??= new Set()).add(name);
}

/** Whether `name` is a local of `scope`, declared with a value or without one. */
export function declaresLocal(scope: UnsetLocalsHolder, name: string): boolean {
  return scope.locals?.has(name) === true || scope.unset?.has(name) === true;
}
