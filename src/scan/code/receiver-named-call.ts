/**
 * The scanner's half of receiver-named-class.ts (src/flows): a method called on a value the file cannot say
 * anything of (a parameter, a member destructured from a service container, a local from another module's call),
 * whose name is of two words or more, as instances of a project's classes are named (`notifyClient`, `emailService`,
 * `smsGateway`). The file does not know the project's classes, so the call is kept with no target and marked; the
 * link stage resolves it to the class the name ends, or drops it (a marked call that stays unresolved reaches
 * nothing, so names alone add no flow here). Not kept: a call on `this`, a name the file binds to something it
 * follows already (an import, a function or class of the file), a call through another call's result, and methods
 * that read or store rather than hand on (`find`, `save`: named-recipient.ts `mayHandOn`).
 */
import type ts from 'typescript';
import { keptInOwnDatabase, mayHandOn } from '../../flows/named-recipient.js';
import { receiverWords } from '../../flows/receiver-named-class.js';
import { calleePath } from './flow-bindings.js';
import { typescript } from './typescript-api.js';

/** The callee as written (`service.notifyClient.sendX`) when the call may be a method of a class its receiver is named for. */
export function receiverNamedCallee(call: ts.CallExpression, isFollowed: (root: string) => boolean, ownName?: string): string | undefined {
  if (call.arguments.length === 0 || !typescript.isPropertyAccessExpression(call.expression)) return undefined;
  const callee = calleePath(call.expression);
  if (!callee || callee.root === 'this' || callee.path.length === 0 || callee.path.includes('()')) return undefined;
  const receiver = callee.path.length >= 2 ? callee.path[callee.path.length - 2]! : callee.root;
  if (receiverWords(receiver).length < 2 || isFollowed(callee.root)) return undefined;
  const text = [callee.root, ...callee.path].join('.');
  return mayHandOn(text) && !keptInOwnDatabase(text, ownName) ? text : undefined;
}
