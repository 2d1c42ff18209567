/**
 * Job queues between an app and its vendors: a call that queues a named job with a payload, and the function
 * that handles the job of that name, read off syntax by convention (BullMQ, Bull, pg-boss, graphile-worker,
 * Agenda, trigger.dev's redis-worker and the like share these shapes), so the link stage can hand a payload to
 * the sinks its handler reaches.
 */
import type ts from 'typescript';
import { PAYLOAD_KEYS, type JobFact } from '../../flows/module-facts.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** Methods that put a named job on a queue, or emit a named event to its listeners (`emitter.emit('user.created', user)`). */
const QUEUE_METHODS = new Set(['enqueue', 'enqueueOnce', 'add', 'addJob', 'send', 'sendAfter', 'dispatch', 'trigger', 'schedule', 'now', 'emit', 'emitAsync', 'emitEvent', 'publish']);
/** Keys naming the job in an object form (`{ job: 'sendEmail', payload }`, `{ eventName: 'user.created', payload }`). */
const NAME_KEYS = new Set(['job', 'name', 'task', 'type', 'eventName', 'event']);
/** Object keys whose properties are handlers by job name (`jobs: { sendEmail: async ({ payload }) => … }`). */
const HANDLER_MAPS = new Set(['jobs', 'handlers', 'tasks', 'taskList', 'taskHandlers', 'processors']);
/** Methods registering a handler for a named job or event (`queue.process('sendEmail', handler)`, `agenda.define(…)`, `emitter.on('user.created', …)`). */
const HANDLER_METHODS = new Set(['process', 'work', 'define', 'handle', 'on', 'once', 'addListener', 'subscribe']);
/** Registration by an object (`events.onEvent({ eventName: 'user.created', handler })`): its name and function keys. */
const EVENT_NAME_KEYS = new Set(['eventName', 'event', 'name']);
const LISTENER_KEYS = new Set(['handler', 'listener', 'handle']);
/** A method registering such an object: named for listening (`onEvent`, `subscribe`, `addListener`, `registerHandler`). */
const LISTEN_METHOD = /^(on|once|subscribe|listen|addListener|addEventListener|register)/;

/** A first argument that is a job's data rather than its name (`{ to, subject }`, `[…]`, `{ ...message }`). */
function isDataFirst(node: ts.Expression): boolean {
  return typescript.isObjectLiteralExpression(node) || typescript.isArrayLiteralExpression(node);
}

function literalText(node: ts.Expression): string | undefined {
  return typescript.isStringLiteralLike(node) ? node.text : undefined;
}

function literalKey(name: ts.PropertyName | undefined): string | undefined {
  return name && (typescript.isIdentifier(name) || typescript.isStringLiteral(name)) ? name.text : undefined;
}

/** The job a call queues, when it names one literally and hands it a payload; on a queue known by its name (`queueOf`), any job of that queue. */
export function jobOf(call: ts.CallExpression, queueOf?: (receiver: ts.Expression) => string | undefined, nameOf: (node: ts.Expression) => string | undefined = literalText): JobFact | undefined {
  const callee = unwrap(call.expression);
  if (!typescript.isPropertyAccessExpression(callee) || !QUEUE_METHODS.has(callee.name.text)) return undefined;
  const first = call.arguments[0] && unwrap(call.arguments[0]);
  if (!first) return undefined;
  // `this.emailQueue.add(QueueJob.SEND_EMAIL, message)` on `@InjectQueue(QueueName.EMAIL_QUEUE)`: the queue's processor gets `message`.
  const queue = callee.name.text === 'add' ? queueOf?.(unwrap(callee.expression)) : undefined;
  // Bull's `queue.add(data, options?)` has no job name: an object (or a lone argument) first is the data itself.
  if (queue !== undefined) return { name: queue, arg: call.arguments.length === 1 || isDataFirst(first) ? 0 : 1 };
  // `queue.add('sendEmail', data)`, `boss.send('sendEmail', data)`, `boss.send(QUEUE_NAME, data)` (named-jobs.ts).
  const named = nameOf(first);
  if (named !== undefined) return call.arguments.length > 1 ? { name: named, arg: 1 } : undefined;
  if (!typescript.isObjectLiteralExpression(first)) return undefined;
  // `worker.enqueue({ job: 'sendEmail', payload: data })`, `inngest.send({ name: 'user/invited', data })`.
  let name: string | undefined;
  let key: string | undefined;
  for (const property of first.properties) {
    const k = typescript.isPropertyAssignment(property) || typescript.isShorthandPropertyAssignment(property) ? literalKey(property.name) : undefined;
    if (!k) continue;
    if (NAME_KEYS.has(k) && typescript.isPropertyAssignment(property) && typescript.isStringLiteralLike(unwrap(property.initializer))) name ??= (unwrap(property.initializer) as ts.StringLiteralLike).text;
    else if (PAYLOAD_KEYS.has(k)) key ??= k;
  }
  return name && key ? { name, arg: 0, key } : undefined;
}

/**
 * The job handlers a call registers, by function (the syntax tree has no parent links, so they are found from
 * the call down): properties of a handler map in its arguments (`new Worker({ jobs: { sendEmail: async ({ payload }) => … } })`),
 * or the callback registered for a job's name (`queue.process('sendEmail', async (job) => …)`).
 */
export function handlersIn(call: ts.CallExpression | ts.NewExpression, out: Map<ts.Node, string>, nameOf: (node: ts.Expression) => string | undefined = literalText, mayHoldMaps = true): void {
  const args = call.arguments ?? [];
  const callee = unwrap(call.expression);
  const first = args[0] && unwrap(args[0]);
  const last = args.length > 1 ? unwrap(args[args.length - 1]!) : undefined;
  const named = first && typescript.isPropertyAccessExpression(callee) && HANDLER_METHODS.has(callee.name.text) ? nameOf(first) : undefined;
  if (named !== undefined && last && isFunction(last)) out.set(last, named);
  // `eventServices.onEvent({ eventName: 'user.created', handler: async (payload) => … })`.
  if (typescript.isPropertyAccessExpression(callee) && LISTEN_METHOD.test(callee.name.text) && first && typescript.isObjectLiteralExpression(first)) {
    let name: string | undefined;
    let handler: ts.Node | undefined;
    for (const property of first.properties) {
      const key = literalKey(property.name);
      if (!key) continue;
      if (EVENT_NAME_KEYS.has(key) && typescript.isPropertyAssignment(property) && typescript.isStringLiteralLike(unwrap(property.initializer))) name = (unwrap(property.initializer) as ts.StringLiteralLike).text;
      else if (LISTENER_KEYS.has(key) && typescript.isPropertyAssignment(property) && isFunction(unwrap(property.initializer))) handler = unwrap(property.initializer);
      else if (LISTENER_KEYS.has(key) && typescript.isMethodDeclaration(property)) handler = property;
    }
    if (name !== undefined && handler) out.set(handler, name);
  }
  if (mayHoldMaps) for (const arg of args) inObject(unwrap(arg), out, 0);
}

/**
 * Whether a file's text may hold a handler map (`jobs: { … }`): one of the keys written out, or an escape that
 * could spell one. Without, no call's arguments are searched for one.
 */
export function mayHoldHandlerMaps(text: string): boolean {
  return HANDLER_MAP_TEXT.test(text);
}

const HANDLER_MAP_TEXT = new RegExp(`${[...HANDLER_MAPS].join('|')}|\\\\[0-7ux\r\n]`);

const ON_EVENT = new Set(['OnEvent', 'EventPattern']);

/**
 * `@OnEvent('user.created') async handleUserCreated(event) { … }` (NestJS): the methods of a class listening for a named
 * event. The name may be a constant both sides import (`@OnEvent(SharedEvents.SEND_OTP)` beside
 * `this.eventEmitter.emit(SharedEvents.SEND_OTP, payload)`), read as a queued job's is (named-jobs.ts).
 */
export function eventListeners(cls: ts.ClassLikeDeclaration, out: Map<ts.Node, string>, nameOf: (node: ts.Expression) => string | undefined = literalText): void {
  for (const member of cls.members) {
    if (!typescript.isMethodDeclaration(member) || !member.body) continue;
    const name = decoratorArgument(member, ON_EVENT);
    const event = name && nameOf(unwrap(name));
    if (event !== undefined) out.set(member, event);
  }
}

function isFunction(node: ts.Node): node is ts.ArrowFunction | ts.FunctionExpression {
  return typescript.isArrowFunction(node) || typescript.isFunctionExpression(node);
}

function inObject(node: ts.Expression, out: Map<ts.Node, string>, depth: number): void {
  if (!typescript.isObjectLiteralExpression(node) || depth > 2) return;
  for (const property of node.properties) {
    if (!typescript.isPropertyAssignment(property)) continue;
    const value = unwrap(property.initializer);
    const key = literalKey(property.name);
    if (key && HANDLER_MAPS.has(key) && typescript.isObjectLiteralExpression(value)) {
      for (const handler of value.properties) {
        const name = literalKey(handler.name);
        if (!name) continue;
        if (typescript.isMethodDeclaration(handler)) out.set(handler, name);
        else if (typescript.isPropertyAssignment(handler) && isFunction(unwrap(handler.initializer))) out.set(unwrap(handler.initializer), name);
      }
    } else inObject(value, out, depth + 1);
  }
}

/**
 * A queue's name as the code writes it on both sides (`'email'`, `QueueName.EMAIL_QUEUE`, `EMAIL_QUEUE`), as a job
 * name of its own: every job put on the queue reaches its processor.
 */
export function queueName(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (typescript.isStringLiteralLike(n)) return `queue:${n.text}`;
  if (typescript.isIdentifier(n)) return `queue:${n.text}`;
  if (typescript.isPropertyAccessExpression(n) && typescript.isIdentifier(n.expression)) return `queue:${n.expression.text}.${n.name.text}`;
  // `@Processor({ name: QueueName.EMAIL_QUEUE })`.
  if (typescript.isObjectLiteralExpression(n)) {
    for (const property of n.properties) if (typescript.isPropertyAssignment(property) && literalKey(property.name) === 'name') return queueName(property.initializer);
  }
  return undefined;
}

/** The called decorators named one of `names` on a node (`@InjectQueue(X)`, `@Processor(X)`, `@Process()`). */
function calledDecorators(node: ts.Node, names: ReadonlySet<string>): ts.CallExpression[] {
  if (!typescript.canHaveDecorators(node)) return [];
  return (typescript.getDecorators(node) ?? []).flatMap((d) => (typescript.isCallExpression(d.expression) && typescript.isIdentifier(d.expression.expression) && names.has(d.expression.expression.text) ? [d.expression] : []));
}

/** The argument of a decorator called `name` on a node (`@InjectQueue(X)`, `@Processor(X)`), if it has one. */
export function decoratorArgument(node: ts.Node, names: ReadonlySet<string>): ts.Expression | undefined {
  return calledDecorators(node, names).find((call) => call.arguments[0])?.arguments[0];
}

/** Decorators injecting a queue by its name (NestJS BullMQ and Bull). */
export const INJECT_QUEUE = new Set(['InjectQueue']);
const PROCESSOR = new Set(['Processor']);
const PROCESS = new Set(['Process']);

/**
 * `@Processor(QueueName.EMAIL_QUEUE) class EmailProcessor extends WorkerHost { async process(job) { … } }` (and Bull's
 * `@Process()` methods): the methods handling every job of that queue, with the job as parameter 0.
 */
export function processorHandlers(cls: ts.ClassLikeDeclaration, out: Map<ts.Node, string>): void {
  const queue = queueName(decoratorArgument(cls, PROCESSOR));
  if (queue === undefined) return;
  for (const member of cls.members) {
    if (!typescript.isMethodDeclaration(member) || !member.body) continue;
    const isProcess = typescript.isIdentifier(member.name) && member.name.text === 'process';
    if (isProcess || calledDecorators(member, PROCESS).length > 0) out.set(member, queue);
  }
}

/** `new Worker('email', async (job) => …)` (BullMQ): the callback handles every job of that queue. */
export function workerHandler(node: ts.NewExpression, out: Map<ts.Node, string>): void {
  const callee = unwrap(node.expression);
  if (!typescript.isIdentifier(callee) || callee.text !== 'Worker' || !node.arguments || node.arguments.length < 2) return;
  const queue = queueName(node.arguments[0]);
  const handler = unwrap(node.arguments[1]!);
  if (queue !== undefined && isFunction(handler)) out.set(handler, queue);
}
