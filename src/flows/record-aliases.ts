/**
 * Locals standing for a logged record or a part of it (issue 12, log flows; session 17's training misses): a handler
 * logs `request.body` and reads the person's fields through `const { body } = request` (zero-logement-vacant's owner
 * creation), or through `const cDetails = req.body.customerDetails` then `cDetails.phone` (yoganka's bookings). The
 * fields read through such a local are read from the record, so logged-records.ts reads them in the record's path.
 *
 * Only plain names and members: a local made by a call (`const parsed = schema.parse(req.body)`) is another value.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { calleePath } from '../scan/code/flow-bindings.js';

/** Local name -> the access path it stands for (`body` -> request.body, `cDetails` -> req.body.customerDetails). */
export type RecordAliases = ReadonlyMap<string, readonly string[]>;

/** Aliases found through other aliases at most this many times (`const { body } = req; const details = body.details`). */
const MAX_ROUNDS = 3;

function pathOf(node: ts.Expression): string[] | undefined {
  const found = calleePath(unwrap(node), false, false);
  return found && [found.root, ...found.path];
}

/** A path with its first segment read through the aliases (`body.fullName` -> request.body.fullName). */
export function throughAliases(path: readonly string[], aliases: RecordAliases): readonly string[] {
  const alias = aliases.get(path[0]!);
  return alias ? [...alias, ...path.slice(1)] : path;
}

/** Whether `path` is `record` or lies under it. */
function isWithin(path: readonly string[], record: readonly string[]): boolean {
  return path.length >= record.length && record.every((segment, i) => path[i] === segment);
}

/** Whether `path` holds `record` (a prefix of it: `request` holds `request.body`) or lies within it. */
function touches(path: readonly string[], record: readonly string[]): boolean {
  return isWithin(path, record) || isWithin(record, path);
}

/** Per function, its declarations with a value: walked once, whatever records its logging calls ask about. */
const declarationsOf = new WeakMap<ts.Node, ts.VariableDeclaration[]>();

function initialisedDeclarations(within: ts.Node): ts.VariableDeclaration[] {
  let declarations = declarationsOf.get(within);
  if (declarations) return declarations;
  const found: ts.VariableDeclaration[] = [];
  const collect = (node: ts.Node): void => {
    if (typescript.isVariableDeclaration(node) && node.initializer) found.push(node);
    typescript.forEachChild(node, collect);
  };
  collect(within);
  declarationsOf.set(within, (declarations = found));
  return declarations;
}

/** The locals in `within` that stand for `record` or a part of it, by plain assignment or destructuring. */
export function recordAliases(record: readonly string[], within: ts.Node): RecordAliases {
  const declarations = initialisedDeclarations(within);
  const aliases = new Map<string, readonly string[]>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = aliases.size;
    for (const declaration of declarations) {
      const written = pathOf(declaration.initializer!);
      if (!written) continue;
      const from = throughAliases(written, aliases);
      if (!touches(from, record)) continue;
      if (typescript.isIdentifier(declaration.name)) {
        // `const body = req.body`: only what lies within the record (`const r = req` holds more than it).
        if (isWithin(from, record) && declaration.name.text !== from[0] && !aliases.has(declaration.name.text)) aliases.set(declaration.name.text, from);
      } else if (typescript.isObjectBindingPattern(declaration.name)) {
        for (const element of declaration.name.elements) {
          if (element.dotDotDotToken || !typescript.isIdentifier(element.name)) continue;
          const property = element.propertyName ?? element.name;
          const key = typescript.isIdentifier(property) || typescript.isStringLiteralLike(property) ? property.text : undefined;
          const local = element.name.text;
          // `const { body } = request` with `request.body` logged: `body` is the record.
          if (key && isWithin([...from, key], record) && !aliases.has(local)) aliases.set(local, [...from, key]);
        }
      }
    }
    if (aliases.size === before) break;
  }
  return aliases;
}
