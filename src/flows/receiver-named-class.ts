/**
 * A call on a value nothing in its file types, named for one of the project's own classes (session 53, seen in the
 * Planning Inspectorate's JavaScript apps: `const { notifyClient } = service; await
 * notifyClient.sendApplicationReceivedNotificationToMany(recipientEmails, …)`, where the service container made
 * `this.notifyClient = initGovNotify(config)` and only a JSDoc comment says `GovNotifyClient`). The scanner keeps such
 * a call with no target (flow-opaque.ts); here it is the method of that name of each class whose name ends with the
 * receiver's words (`notifyClient` -> `GovNotifyClient`, `emailService` -> `EmailService`), as a typed field's call
 * would be. One word is not enough unless it is the whole class name (`mailer` -> `Mailer`, never `client` ->
 * `GovNotifyClient`), and the class must declare the method: a receiver named for a class whose method this is not
 * stays unresolved.
 */
import { nameWords } from './name-words.js';
import type { FunctionRef } from './project-indexes.js';
import type { ModuleFacts } from './module-facts.js';
import { isTestCode } from './test-code.js';

/** Method name -> the project's class methods of that name (`Class.method`), test code left out. */
export type MethodTable = Map<string, FunctionRef[]>;

/** Every class method of the project, by its own name. */
export function methodTable(modules: ReadonlyMap<string, ModuleFacts>): MethodTable {
  const table: MethodTable = new Map();
  for (const [file, facts] of modules) {
    if (isTestCode(file)) continue;
    for (const fn of facts.functions) {
      const dot = fn.name.indexOf('.');
      // `Class.method` only: nested functions (`a/b`) and a class's static groups (`A.b.c`) are not an instance's method.
      if (dot <= 0 || fn.name.indexOf('.', dot + 1) >= 0 || fn.name.includes('/') || !/^[A-Z]/.test(fn.name)) continue;
      const method = fn.name.slice(dot + 1);
      const list = table.get(method);
      if (list) list.push({ file, fn: fn.name });
      else table.set(method, [{ file, fn: fn.name }]);
    }
  }
  return table;
}

/** Whether a receiver's name names the class: its words end the class's, two at least or the whole name. */
function namesClass(receiver: readonly string[], className: string): boolean {
  const cls = nameWords(className);
  if (receiver.length > cls.length || (receiver.length < 2 && receiver.length !== cls.length)) return false;
  const offset = cls.length - receiver.length;
  return receiver.every((word, i) => word === cls[offset + i]);
}

/** The words of a receiver's name, its private or field sigils left out (`_notifyClient`, `#mailer`). */
export const receiverWords = (receiver: string): readonly string[] => nameWords(receiver.replace(/^[_#$]+/, ''));

/** The own classes' methods a call written `…notifyClient.sendX` stands for, or none. */
export function receiverNamedMethods(written: string, table: MethodTable): FunctionRef[] {
  const parts = written.split('.').filter((p) => p !== '()' && p !== '');
  const method = parts[parts.length - 1];
  const receiver = parts[parts.length - 2];
  if (!method || !receiver || receiver === 'this') return [];
  const candidates = table.get(method);
  if (!candidates) return [];
  const words = receiverWords(receiver);
  return candidates.filter((ref) => namesClass(words, ref.fn.slice(0, ref.fn.indexOf('.'))));
}
