/**
 * The reads of a function that could name a logged record's fields (issue 14, the cost stays linear): every member
 * (`req.body.email`) and every object destructuring (`const { name } = req.body`) in it, with the path it is written
 * as, filed by that path's first name. logged-records.ts asked each logged record of a function to walk the whole
 * function, so a 3,000-line handler logging a few hundred different locals was walked a few hundred times (quadratic
 * in the function's size); the function is walked once here, and a record reads only the reads that start with its
 * own name or one of its aliases.
 *
 * A member whose path lies in the record is read by its last name and hides the members written inside it
 * (`req.body.email` is not read again as `req.body`), except a method's receiver (`req.body.email.trim()` reads
 * `email`): the walk this replaces visited a call's receiver before its callee. `hiddenBy` keeps that: the nearest
 * member around a read that hides it when it lies in the record.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { calleePath } from '../scan/code/flow-bindings.js';

export interface RecordRead {
  /** The path as written (`body.fullName`, `req.body`). */
  readonly written: readonly string[];
  /** A member (`req.body.email`) or a destructuring's value (`const { email } = req.body`). */
  readonly node: ts.PropertyAccessExpression | ts.VariableDeclaration;
  /** The nearest member around this read that hides it when that member lies in the record; undefined at the top. */
  readonly hiddenBy: RecordRead | undefined;
}

/** `req.body` as segments; undefined for anything but names and members. */
export function pathOf(node: ts.Expression): string[] | undefined {
  const found = calleePath(node, false, false);
  return found && [found.root, ...found.path];
}

const readsByFunction = new WeakMap<ts.Node, ReadonlyMap<string, readonly RecordRead[]>>();

/** A method's callee (`x.trim` in `x.trim()`): its receiver was read before it, so it hides nothing. */
function isCallee(node: ts.PropertyAccessExpression, parent: ts.Node | undefined): boolean {
  return parent !== undefined && typescript.isCallExpression(parent) && parent.expression === node;
}

/** The reads in `within`, by the first name of their path: one walk per function, whatever records ask. */
export function recordReads(within: ts.Node): ReadonlyMap<string, readonly RecordRead[]> {
  const known = readsByFunction.get(within);
  if (known) return known;
  const byRoot = new Map<string, RecordRead[]>();
  const file = (read: RecordRead): void => {
    const list = byRoot.get(read.written[0]!);
    if (list) list.push(read);
    else byRoot.set(read.written[0]!, [read]);
  };
  // Parents are not set on the scan's trees, so each node is visited with its parent.
  const visit = (node: ts.Node, parent: ts.Node | undefined, hiddenBy: RecordRead | undefined): void => {
    let inner = hiddenBy;
    if (typescript.isPropertyAccessExpression(node)) {
      const written = pathOf(node);
      if (written) {
        const read: RecordRead = { written, node, hiddenBy };
        file(read);
        if (!isCallee(node, parent)) inner = read;
      }
    } else if (typescript.isVariableDeclaration(node) && node.initializer && typescript.isObjectBindingPattern(node.name)) {
      const written = pathOf(node.initializer);
      if (written) file({ written, node, hiddenBy });
    }
    typescript.forEachChild(node, (child) => visit(child, node, inner));
  };
  visit(within, undefined, undefined);
  readsByFunction.set(within, byRoot);
  return byRoot;
}
