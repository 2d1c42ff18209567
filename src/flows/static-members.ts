/**
 * A class exported as a CommonJS module's value and called through its `require` (`module.exports = MailController`,
 * then `const MailController = require('./mail-controller'); MailController.sendBookingConfirmation(booking.mail, …)`):
 * the member called is the class's static method, as `import MailController from './mail-controller'` followed by the
 * same call already was. A require is read as a namespace import (`mail.send` is the module's export `send`), so such a
 * call looked for an export named after the method, found none, and stayed unresolved; Express apps written with
 * classes of static methods (managers, controllers, services) call each other only so. The same holds for a module
 * whose value is one instance of its class (`module.exports = new EmailService()`, `module.exports = emailService`):
 * the member is that class's method. Only a class (or its instance) the module gives as its whole value, and only a
 * member the class declares: a module exporting an object of functions keeps its reading (commonjs-exports.ts), and
 * a name the class does not declare resolves to nothing.
 */

/** A target the link stage can be asked for by name (link.ts `Target`, the kinds this reading needs). */
type ClassTarget = { kind: 'class'; file: string; name: string };

/**
 * The static method `member` of the class `value` (the module's default export) is, or undefined where the value is
 * no class or the class declares no such member (`hasFunction`: the class file's functions, `Class.member`).
 */
export function staticMethodOf(value: { kind: string } | undefined, member: string | undefined, hasFunction: (file: string, fn: string) => boolean): { kind: 'function'; file: string; fn: string } | undefined {
  if (value?.kind !== 'class' || member === undefined || member === '()' || member === 'new') return undefined;
  const cls = value as ClassTarget;
  const fn = `${cls.name}.${member}`;
  return hasFunction(cls.file, fn) ? { kind: 'function', file: cls.file, fn } : undefined;
}

/**
 * `SmsService.getInstance().send(phone, text)` (session 43, a social app's SMS and mail services kept as singletons):
 * the call's path kept no `()` after a member (`getInstance`, `send`), so it read as a member of a member. Where the
 * class declares both, the first taking nothing (the accessor handing out the one instance) and the second, the call
 * is the second, the instance's method; any other pair resolves to nothing here.
 */
export function singletonMethodOf(value: { kind: string } | undefined, written: readonly string[], paramsOf: (file: string, fn: string) => readonly string[] | undefined): { kind: 'function'; file: string; fn: string } | undefined {
  // Since session 50 the call in between is kept (`getInstance`, `()`, `send`: declared-result.ts); read as before.
  const path = written.length === 3 && written[1] === '()' ? [written[0]!, written[2]!] : written;
  if (value?.kind !== 'class' || path.length !== 2 || path.includes('()') || path.includes('new')) return undefined;
  const cls = value as ClassTarget;
  const accessor = paramsOf(cls.file, `${cls.name}.${path[0]}`);
  const fn = `${cls.name}.${path[1]}`;
  return accessor?.length === 0 && paramsOf(cls.file, fn) !== undefined ? { kind: 'function', file: cls.file, fn } : undefined;
}
