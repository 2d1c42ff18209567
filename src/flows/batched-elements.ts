/**
 * Messages split into batches before they are sent: `const chunks = expo.chunkPushNotifications(messages)`, then
 * `chunks.map((chunk) => expo.sendPushNotificationsAsync(chunk))`; `_.chunk(recipients, 500)`, `chunkArray(emails, 50)`,
 * `toBatches(contacts)`. Vendors cap how many messages one request takes, so apps and SDKs group them first; each batch
 * holds the same messages, so what is sent is what the first argument holds, key for key. Read by the callee's last
 * name: a word for a batch (`chunk`, `batch`, their plurals), not after a verb of storing or looking up
 * (`getBatch(id)`, `createBatch(…)`, `saveChunks(…)` hand back a row or an id).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { byNameWords } from './name-words.js';

const BATCH_WORDS = new Set(['chunk', 'chunks', 'batch', 'batches', 'chunked', 'batched']);
const NOT_SPLITTING = new Set(['get', 'find', 'fetch', 'load', 'create', 'save', 'insert', 'update', 'upsert', 'delete', 'remove', 'send', 'process', 'run', 'handle', 'is', 'has', 'count']);

const namesBatching = byNameWords((words) => words.some((w) => BATCH_WORDS.has(w)) && !NOT_SPLITTING.has(words[0]!));

/** The list a call splits into batches (its first argument), if the call is named for doing so. */
export function batchedFrom(call: ts.CallExpression): ts.Expression | undefined {
  const callee = unwrap(call.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const first = call.arguments[0];
  return name && first && !typescript.isSpreadElement(first) && namesBatching(name) ? first : undefined;
}
