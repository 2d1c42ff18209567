/**
 * YAML aliases a policy must not use against privmap: an alias inside the node it refers to makes a cycle
 * (every walk over the policy would recurse forever), and a "billion laughs" tree of aliases expands without
 * bound (the yaml library refuses it with a ReferenceError). Both become a policy problem at file:line:col.
 */
import { type Document, isAlias, isNode, type LineCounter, visit } from 'yaml';
import type { PolicyProblem } from '../errors.js';

/** The first alias that refers to one of its own ancestors, as a problem; undefined when there is none. */
export function selfReferencingAlias(doc: Document, counter: LineCounter, file: string): PolicyProblem | undefined {
  let found: PolicyProblem | undefined;
  visit(doc, {
    Alias(_key, node, path) {
      const cycle = path.some((ancestor) => isNode(ancestor) && !isAlias(ancestor) && ancestor.anchor === node.source);
      if (!cycle) return undefined;
      found = { file, ...counter.linePos(node.range?.[0] ?? 0), message: `the alias *${node.source} refers to the node that contains it (a cycle); copy the values instead` };
      return visit.BREAK;
    },
  });
  return found;
}

/** The yaml library's guard against alias expansion bombs, as a problem. */
export function aliasExpansionProblem(error: unknown, file: string): PolicyProblem | undefined {
  if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) return undefined;
  return { file, line: 1, col: 1, message: 'the YAML expands too many aliases (a resource-exhaustion guard); a policy needs few or no aliases' };
}
