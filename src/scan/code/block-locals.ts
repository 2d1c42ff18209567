/**
 * Locals declared twice in one function, in different blocks (`if (existing) { const mail = renderMail(…, { name:
 * existing.name }) } else { const mail = renderMail(…, { name: email }) }`). The flow walk keeps a function's locals
 * by name (one map per function scope, read after the walk), so the later declaration used to stand for both; a
 * use reads the declaration whose block encloses it, as the language scopes `const` and `let`.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/** What a function scope keeps of its locals (`FlowScope` in flows.ts). */
export interface LocalsHolder {
  locals?: Map<string, ts.Expression>;
  /** Every initializer of a name declared more than once in the function, in the order of the walk. */
  redeclared?: Map<string, ts.Expression[]>;
}

/** Records `const name = init` in `scope`; a name seen before keeps all its declarations for `localAt`. */
export function declareLocal(scope: LocalsHolder, name: string, init: ts.Expression): void {
  const locals = (scope.locals ??= new Map());
  const earlier = locals.get(name);
  if (earlier && earlier !== init) {
    const all = (scope.redeclared ??= new Map()).get(name);
    if (all) all.push(init);
    else scope.redeclared.set(name, [earlier, init]);
  }
  locals.set(name, init);
}

/** Whether `node` opens a scope for `const`/`let`: a block, a `case` clause, a loop head, a function. */
function isBlockLike(node: ts.Node): boolean {
  return typescript.isBlock(node) || typescript.isCaseClause(node) || typescript.isDefaultClause(node) || typescript.isForStatement(node) || typescript.isForOfStatement(node) || typescript.isForInStatement(node) || typescript.isFunctionLike(node);
}

/** The innermost block around `pos`, found from the file down (the scanner parses without parent pointers). */
function blockAround(root: ts.Node, pos: number): ts.Node {
  let block = root;
  let node: ts.Node | undefined = root;
  while (node) {
    let inner: ts.Node | undefined;
    typescript.forEachChild(node, (child) => {
      if (child.pos <= pos && pos < child.end) inner = child;
      return inner !== undefined;
    });
    if (inner && isBlockLike(inner)) block = inner;
    node = inner;
  }
  return block;
}

/** The block around each redeclared initializer, found once: every read of the name at every call asks it again. */
const blocks = new WeakMap<ts.Expression, ts.Node>();

function blockOf(root: ts.SourceFile, init: ts.Expression): ts.Node {
  let block = blocks.get(init);
  if (!block) blocks.set(init, (block = blockAround(root, init.pos)));
  return block;
}

/**
 * The value `name` has at position `at` (a call reading it): among several declarations, the latest one before
 * `at` whose block encloses `at`; otherwise the one the scope keeps (the last declared).
 */
export function localAt(scope: LocalsHolder, name: string, at: number | undefined, root: ts.SourceFile): ts.Expression | undefined {
  const kept = scope.locals?.get(name);
  const all = scope.redeclared?.get(name);
  if (!all || at === undefined) return kept;
  let best: ts.Expression | undefined;
  for (const init of all) {
    const block = blockOf(root, init);
    if (init.pos > at || at < block.pos || at >= block.end) continue;
    if (!best || init.pos > best.pos) best = init;
  }
  return best ?? kept;
}
