/**
 * With a type checker: the personal data categories a value's type holds (`logger.info(customer)` where
 * `customer: Customer` has `email`). Only the ESLint rules have a checker; the bulk scan never does.
 */
import type ts from 'typescript';
import { perTypeScript, typescript } from '../scan/code/typescript-api.js';
import type { Category, Detector } from '../detect/types.js';

/** Types with more properties than this are frameworks' objects (requests, clients), not records about people. */
const MAX_PROPERTIES = 60;
const notRecords = perTypeScript(() => typescript.TypeFlags.StringLike | typescript.TypeFlags.NumberLike | typescript.TypeFlags.BooleanLike | typescript.TypeFlags.BigIntLike | typescript.TypeFlags.EnumLike | typescript.TypeFlags.ESSymbolLike | typescript.TypeFlags.Void | typescript.TypeFlags.Undefined | typescript.TypeFlags.Null | typescript.TypeFlags.Never | typescript.TypeFlags.Any | typescript.TypeFlags.Unknown);

const cache = new WeakMap<Detector, WeakMap<ts.TypeChecker, WeakMap<ts.Type, Category[]>>>();

function containerName(type: ts.Type): string[] {
  const name = type.aliasSymbol?.name ?? type.getSymbol()?.name;
  return name && !name.startsWith('__') ? [name] : [];
}

function categoriesOf(type: ts.Type, checker: ts.TypeChecker, detector: Detector, depth: number, memo: WeakMap<ts.Type, Category[]>): Category[] {
  const known = memo.get(type);
  if (known) return known;
  memo.set(type, []); // recursive types (a customer's `referredBy: Customer`) end here
  let result: Category[] = [];
  if (type.isUnion() || type.isIntersection()) {
    result = type.types.flatMap((t) => categoriesOf(t, checker, detector, depth, memo));
  } else if (checker.isArrayType(type) || checker.isTupleType(type)) {
    result = checker.getTypeArguments(type as ts.TypeReference).flatMap((t) => categoriesOf(t, checker, detector, depth, memo));
  } else if (!(type.flags & notRecords()) && type.getCallSignatures().length === 0) {
    const properties = checker.getPropertiesOfType(type);
    if (properties.length <= MAX_PROPERTIES) {
      const container = containerName(type);
      const siblings = properties.map((p) => p.name);
      for (const property of properties) {
        const propertyType = checker.getTypeOfSymbol(property);
        if (propertyType.getCallSignatures().length > 0) continue;
        const found = detector.classifyField({ name: property.name, container, siblings, type: checker.typeToString(propertyType) }).matches.map((m) => m.category);
        result.push(...found);
        // One level down: `customer.address.street` when `address: Address`.
        if (found.length === 0 && depth < 1) result.push(...categoriesOf(propertyType, checker, detector, depth + 1, memo));
      }
    }
  }
  result = [...new Set(result)].sort();
  memo.set(type, result);
  return result;
}

export function typeCategories(node: ts.Node, checker: ts.TypeChecker, detector: Detector): Category[] {
  let byChecker = cache.get(detector);
  if (!byChecker) cache.set(detector, (byChecker = new WeakMap()));
  let memo = byChecker.get(checker);
  if (!memo) byChecker.set(checker, (memo = new WeakMap()));
  try {
    return categoriesOf(checker.getTypeAtLocation(node), checker, detector, 0, memo);
  } catch {
    // A checker can fail on a node of a file outside the program (a linted file the project does not include).
    return [];
  }
}
