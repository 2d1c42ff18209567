/**
 * A table used as a queue (issue 12, session 33; seen in Supabase apps that send WhatsApp and mail in bulk): one
 * function writes the messages to send as rows, and a worker (a cron Edge Function, a scheduled job) reads the rows
 * due and hands each to the vendor:
 *     await supabase.from('whatsapp_queue').insert(rows)               // rows.push({ phone: r.phone, message })
 *     const { data: due } = await supabase.from('whatsapp_queue').select('id, phone, message').lte(…)
 *     for (const item of due) await sendText(item.phone, item.message)
 * The write is read as a job put on a queue (flow-jobs.ts) named after the table (`table:whatsappqueue`) whose
 * payload is the rows, and the function reading the table handles that job with the rows as its parameter 0, so
 * the link stage carries the writer's values to the sinks the worker reaches and reports them where the person's
 * data enters, as for any queue. Prisma's `prisma.emailQueue.create({ data })` and `findMany()` are the same, and so is
 * a queue a service keeps in memory (`this.messageQueue.push(message)`, `const message = this.messageQueue.shift()`).
 *
 * Only a table named for a queue, an outbox or notifications counts: any other table (`users`) is written in one
 * place and read in many, and a worker mailing its rows is where that data enters a flow, not the sign-up that
 * stored it. A function that reads such a table handles its job even where it is also a route's handler: a worker
 * is started by a scheduler, not by the app posting it a body.
 */
import type ts from 'typescript';
import type { JobFact, ParamRef } from '../../flows/module-facts.js';
import { nameWords } from '../../flows/name-words.js';
import { ID_NAME } from '../../flows/id-name.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The job name prefix of a queue table: no queue's, event's or route's name starts so. */
export const TABLE_JOB = 'table:';

/**
 * Words naming a queue or an outbox, in the languages of the labelled apps (`kolejka`, `fila`, `cola`, `wachtrij`,
 * `jono`). Not the Nordic `kø`: folded to `ko` by the word splitter, it is too short to tell a queue from a locale.
 */
const QUEUE_WORDS = new Set(['queue', 'queues', 'queued', 'outbox', 'outgoing', 'kolejka', 'fila', 'filas', 'cola', 'colas', 'coda', 'warteschlange', 'wachtrij', 'jono', 'notification', 'notifications', 'notificacoes', 'notificaciones', 'benachrichtigungen', 'powiadomienia']);
/** Any of those words anywhere in a text: the cheap test of a whole file before its functions are searched. */
const QUEUE_TEXT = new RegExp([...QUEUE_WORDS].join('|'), 'i');

/** Supabase's and Prisma's calls that write rows, and the argument holding them (Prisma's under `data`). */
const SUPABASE_WRITES = new Set(['insert', 'upsert']);
const PRISMA_WRITES = new Set(['create', 'createMany', 'upsert']);
const PRISMA_READS = new Set(['findMany', 'findFirst', 'findUnique', 'findFirstOrThrow', 'findUniqueOrThrow']);

/** The job a queue table stands for, by its words (`email_queue` and Prisma's `emailQueue` are one), or undefined for any other table. */
export function queueTableJob(table: string): string | undefined {
  const parts = nameWords(table);
  return parts.some((w) => QUEUE_WORDS.has(w)) ? TABLE_JOB + parts.join('') : undefined;
}

/** Whether a source text may read or write a queue table at all, so most files pay no search of their functions. */
export function mayUseQueueTables(text: string): boolean {
  return QUEUE_TEXT.test(text);
}

/** `supabase.from('email_queue')`, `db.from('email_queue')`: the table a call names, literally. */
function fromTable(node: ts.Expression): string | undefined {
  if (!typescript.isCallExpression(node)) return undefined;
  const callee = unwrap(node.expression);
  const first = node.arguments[0] && unwrap(node.arguments[0]);
  return typescript.isPropertyAccessExpression(callee) && callee.name.text === 'from' && first && typescript.isStringLiteralLike(first) ? first.text : undefined;
}

/** `prisma.emailQueue`, `this.prisma.emailQueue`: the model of a client's delegate (not `this.emailQueue`, an injected queue). */
function prismaModel(node: ts.Expression): string | undefined {
  if (!typescript.isPropertyAccessExpression(node)) return undefined;
  const client = unwrap(node.expression);
  const isClient = typescript.isIdentifier(client) || (typescript.isPropertyAccessExpression(client) && client.expression.kind === typescript.SyntaxKind.ThisKeyword);
  return isClient ? node.name.text : undefined;
}

/** Array methods that put an element on a queue kept in memory, and those that take the next one off. */
const FIELD_PUTS = new Set(['push', 'unshift']);
const FIELD_TAKES = new Set(['shift', 'pop']);

/**
 * `this.messageQueue`, `this.queue`: a queue a service keeps in memory in one of its fields, named for a queue, whose
 * job is the file's own (another class's `this.queue` is another queue). `enqueue(…) { this.queue.push(message) }`
 * and `process() { const message = this.queue.shift(); … }` are the writer and the worker as for a table.
 */
function fieldQueueJob(node: ts.Expression, file: string): string | undefined {
  if (!typescript.isPropertyAccessExpression(node) || node.expression.kind !== typescript.SyntaxKind.ThisKeyword) return undefined;
  const job = queueTableJob(node.name.text);
  return job !== undefined ? `${job}@${file}` : undefined;
}

/**
 * `supabase.from('whatsapp_queue').insert(rows)`, `prisma.emailQueue.create({ data })`, `this.messageQueue.push(message)`:
 * a job of the queue's, with the rows (or the message) as payload.
 */
export function queueTableWrite(call: ts.CallExpression, file: string): JobFact | undefined {
  const callee = unwrap(call.expression);
  if (!typescript.isPropertyAccessExpression(callee) || call.arguments.length === 0) return undefined;
  const method = callee.name.text;
  const receiver = unwrap(callee.expression);
  if (FIELD_PUTS.has(method)) {
    const name = fieldQueueJob(receiver, file);
    return name !== undefined ? { name, arg: 0 } : undefined;
  }
  if (SUPABASE_WRITES.has(method)) {
    const table = fromTable(receiver);
    const name = table !== undefined ? queueTableJob(table) : undefined;
    if (name !== undefined) return { name, arg: 0 };
  }
  if (PRISMA_WRITES.has(method)) {
    const model = prismaModel(receiver);
    const name = model !== undefined ? queueTableJob(model) : undefined;
    if (name !== undefined) return { name, arg: 0, key: 'data' };
  }
  return undefined;
}

/**
 * The queue table a read's chain starts from: `supabase.from('T').select(…).eq(…).limit(…)`, `prisma.t.findMany(…)`,
 * or a query built first and awaited after (`const query = supabase.from('T').select(…)`; `ids.length ? await
 * query.in('id', ids) : await query`), known by `queries`.
 */
function readTable(value: ts.Expression, queries: ReadonlyMap<string, string>): string | undefined {
  let node = unwrap(value);
  if (typescript.isConditionalExpression(node)) return readTable(node.whenTrue, queries) ?? readTable(node.whenFalse, queries);
  if (typescript.isIdentifier(node)) return queries.get(node.text);
  while (typescript.isCallExpression(node)) {
    const callee = unwrap(node.expression);
    if (!typescript.isPropertyAccessExpression(callee)) return undefined;
    const receiver = unwrap(callee.expression);
    if (callee.name.text === 'select') {
      const table = fromTable(receiver);
      if (table !== undefined) return selectsIdsOnly(node) ? undefined : table;
    }
    if (PRISMA_READS.has(callee.name.text)) return prismaModel(receiver);
    node = receiver;
  }
  return typescript.isIdentifier(node) ? queries.get(node.text) : undefined;
}

/**
 * `.from('notifications').select('id').contains('payload', { dedupe_key })`: a check that a mail went out already (a US
 * field-service app's alerts, each looking up its own delivery row before sending), reading no row's message.
 */
function selectsIdsOnly(select: ts.CallExpression): boolean {
  const columns = select.arguments[0] && unwrap(select.arguments[0]);
  if (!columns || !typescript.isStringLiteralLike(columns)) return false;
  return columns.text.split(',').every((column) => ID_NAME.test(column.trim()));
}

/** `this.messageQueue.shift()`: the next message of a queue kept in a field (`fieldQueueJob`). */
function takenFromField(value: ts.Expression, file: string): string | undefined {
  const node = unwrap(value);
  if (!typescript.isCallExpression(node) || node.arguments.length > 0) return undefined;
  const callee = unwrap(node.expression);
  return typescript.isPropertyAccessExpression(callee) && FIELD_TAKES.has(callee.name.text) ? fieldQueueJob(unwrap(callee.expression), file) : undefined;
}

/**
 * What a worker reads of a queue table, as its parameter 0 (the rows some writer put there): `const { data: due } =
 * await supabase.from('T').select(…)` makes `due` parameter 0, as `const rows = await prisma.t.findMany()` does; an
 * element of it (`due[i]`, `for (const item of due)`) is a row, whose members are the payload's keys. Nested
 * functions are not entered. Undefined where the function reads no queue table.
 */
export function queueTableRead(fn: ts.SignatureDeclaration, file: string): { job: string; names: Map<string, ParamRef> } | undefined {
  let job: string | undefined;
  const names = new Map<string, ParamRef>();
  const queries = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (node !== fn && typescript.isFunctionLike(node)) return;
    if (typescript.isVariableDeclaration(node) && node.initializer) {
      const table = readTable(node.initializer, queries);
      const name = table !== undefined ? queueTableJob(table) : takenFromField(node.initializer, file);
      // `const query = supabase.from('T').select(…)`, not awaited: a query the rows are read from later.
      const isQuery = table !== undefined && name !== undefined && !typescript.isAwaitExpression(node.initializer) && typescript.isIdentifier(node.name);
      if (isQuery) queries.set((node.name as ts.Identifier).text, table!);
      else if (name !== undefined && (job === undefined || job === name)) {
        job = name;
        if (typescript.isIdentifier(node.name)) names.set(node.name.text, { param: 0 });
        else if (typescript.isObjectBindingPattern(node.name)) {
          // supabase-js answers `{ data, error }`: the rows are `data`, however the worker renames them.
          for (const element of node.name.elements) {
            const key = element.propertyName && typescript.isIdentifier(element.propertyName) ? element.propertyName.text : typescript.isIdentifier(element.name) ? element.name.text : undefined;
            if (key === 'data' && typescript.isIdentifier(element.name)) names.set(element.name.text, { param: 0 });
          }
        }
      }
    }
    typescript.forEachChild(node, visit);
  };
  if ('body' in fn && fn.body) visit(fn.body as ts.Node);
  return job !== undefined && names.size > 0 ? { job, names } : undefined;
}
