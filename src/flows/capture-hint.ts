/**
 * Sentry's event hint (session 14, seen in coop-mediation-numerique's `addMutationLog`, whose failure handler calls
 * `Sentry.captureException(error, { data: { addMutationData: data } })`). The second argument of `captureException`
 * and `captureMessage` is a capture context where it has one of the context's keys (`user`, `extra`, `tags`,
 * `contexts`, `level`, `fingerprint`), sent with the event; an object with none of them is an event hint
 * (`data`, `mechanism`, `originalException`), read by the SDK's hooks in the process and never sent
 * (docs.sentry.io, "Event hints"; the SDK's `parseEventHintOrCaptureContext`). Such an argument carries nothing to
 * Sentry; a hint's `attachments` are uploaded, and a `captureContext` inside it is a context, so either keeps it read.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

const CAPTURE_METHODS = new Set(['captureException', 'captureMessage']);
/** Keys that make the object a capture context (sent), or the parts of a hint that are sent. */
const SENT_KEYS = new Set(['user', 'extra', 'tags', 'contexts', 'level', 'fingerprint', 'propagationContext', 'requestSession', 'attachments', 'captureContext']);

/** Whether argument `index` of a Sentry call to `method` is an event hint written in place, which stays in the process. */
export function isKeptHint(sinkId: string, method: string | undefined, arg: ts.Expression, index: number): boolean {
  if (sinkId !== 'sentry' || index !== 1 || method === undefined || !CAPTURE_METHODS.has(method)) return false;
  const node = unwrap(arg);
  if (!typescript.isObjectLiteralExpression(node) || node.properties.length === 0) return false;
  return node.properties.every((p) => (typescript.isPropertyAssignment(p) || typescript.isShorthandPropertyAssignment(p) || typescript.isMethodDeclaration(p)) && p.name !== undefined && (typescript.isIdentifier(p.name) || typescript.isStringLiteral(p.name)) && !SENT_KEYS.has(p.name.text));
}
