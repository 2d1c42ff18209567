/**
 * A job's or queue's name written as a constant rather than a literal: `boss.send(QUEUE_NAME, jobData)` and
 * `boss.work(QUEUE_NAME, options, handler)` (egapro's pg-boss worker), `queue.process(SEND_WEBHOOK_JOB_NAME, job)`
 * (trackdechets' Bull queues), `agenda.define(UPDATE_LICENSES_JOB_NAME, fn)` (Agenda). Apps name their queues
 * once in a module both sides import, so the two sides meet on the constant: a const of the file holding a literal
 * is that literal (`const JOB_NAME = 'refresh'`, as often repeated with different values in several files), and any
 * other constant is named by its own name (`QUEUE_NAME`, `QueueJob.SEND_EMAIL`). Only names written as constants
 * count (SCREAMING_CASE, or an enum-like member starting with a capital): a variable (`boss.send(name, data)` in a
 * generic helper) names no queue in particular.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

const CONSTANT = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{3,}[0-9]*$/;

/** The name a job or queue argument gives, literal or constant; undefined for anything else. */
export function jobNameOf(node: ts.Expression | undefined, initializerOf: (name: string) => ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (typescript.isStringLiteralLike(n)) return n.text;
  if (typescript.isIdentifier(n)) {
    const init = initializerOf(n.text);
    const value = init && unwrap(init);
    if (value && typescript.isStringLiteralLike(value)) return value.text;
    return CONSTANT.test(n.text) ? `const:${n.text}` : undefined;
  }
  // `QueueJob.SEND_EMAIL`, `Queues.Email`: an enum's or a frozen object's member.
  if (typescript.isPropertyAccessExpression(n) && typescript.isIdentifier(n.expression) && /^[A-Z]/.test(n.expression.text) && /^[A-Z]/.test(n.name.text)) return `const:${n.expression.text}.${n.name.text}`;
  return undefined;
}
