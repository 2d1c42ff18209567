/**
 * Nested object shapes the member collector follows beyond plain type literals, so their members reach the
 * detector with their own container and siblings (`ownership[].owner.name`, `telecom[].value`).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/**
 * `telecom: [{ system: string; value: string }]`: interfaces written for Mongoose and JSON documents declare an
 * array of sub-documents as a one-element tuple of its shape (`[ { owner: { name: string } } ]`). A tuple whose
 * every element is an object shape (named `[first: {...}]`, optional or rest) holds those shapes; a tuple with
 * any other element (`[string]`, `[number, number]`) holds no record.
 */
export function tupleShapes(type: ts.TupleTypeNode, shapesOf: (type: ts.TypeNode) => ts.TypeLiteralNode[] | undefined): ts.TypeLiteralNode[] | undefined {
  if (type.elements.length === 0) return undefined;
  const found: ts.TypeLiteralNode[] = [];
  for (let element of type.elements) {
    if (typescript.isNamedTupleMember(element)) element = element.type;
    if (typescript.isOptionalTypeNode(element) || typescript.isRestTypeNode(element)) element = element.type;
    const shapes = shapesOf(element);
    if (!shapes) return undefined;
    found.push(...shapes);
  }
  return found;
}
