/**
 * Tracing and error-monitoring clients hand a span or scope of their own to a callback:
 * `tracer.startActiveSpan('EmailService/QueueEmail', async (span) => { span.addEvent('sent', { 'email.to': to }) })`
 * (OpenTelemetry), `Sentry.withScope((scope) => scope.setUser({ email }))`, `Sentry.startSpan({ name }, (span) => …)`,
 * dd-trace's `tracer.trace('job', (span) => span.setTag(…))`. The callback's first parameter is then a client of the
 * same package, so what is set on it reaches the vendor as the catalogue says. Only a callback given to one of these
 * methods, and only where the receiver is bound to a catalogue package (resolved later, with the other bindings):
 * `router.startSpan(…)` of the app's own code binds nothing.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The methods that run a callback with a span or scope of the client they are called on. */
const SPAN_SCOPE_METHODS = new Set(['startActiveSpan', 'startSpan', 'startSpanManual', 'startNewTrace', 'withActiveSpan', 'withScope', 'withIsolationScope', 'trace']);

/** `tracer.startActiveSpan(name, [options, [context,]] (span) => …)`: the callback's span parameter, if this is one. */
export function spanCallbackParameter(call: ts.CallExpression): string | undefined {
  const callee = unwrap(call.expression);
  if (!typescript.isPropertyAccessExpression(callee) || !SPAN_SCOPE_METHODS.has(callee.name.text)) return undefined;
  // The callback is the last argument (OpenTelemetry takes name, options and context before it).
  const last = call.arguments[call.arguments.length - 1];
  const callback = last && unwrap(last);
  if (!callback || !(typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) return undefined;
  const first = callback.parameters[0]?.name;
  return first && typescript.isIdentifier(first) ? first.text : undefined;
}
