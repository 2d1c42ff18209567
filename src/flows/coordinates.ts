/**
 * A value made only of coordinates (`${input.originLat},${input.originLng}`, `coords`, `location.latitude`): where an
 * address role takes either a place's address or its position (Google's Distance Matrix `origins`), a latitude and
 * longitude are no postal address (fixtures/detect/labelled/README.md: coordinates are not an address). Read by the
 * last word of each name the value writes, so `pickupAddress` and `${street} ${city}` stay addresses.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { nameWords } from './name-words.js';

const COORDINATE_WORDS = new Set(['lat', 'lng', 'lon', 'long', 'latitude', 'longitude', 'coords', 'coordinates', 'latlng', 'position', 'geo']);

function isCoordinateName(name: string): boolean {
  const words = nameWords(name);
  return words.length > 0 && COORDINATE_WORDS.has(words[words.length - 1]!.toLowerCase());
}

/** Whether every name the value writes is a coordinate's, and it writes at least one. */
export function isCoordinates(value: ts.Expression): boolean {
  const node = unwrap(value);
  if (typescript.isIdentifier(node)) return isCoordinateName(node.text);
  if (typescript.isPropertyAccessExpression(node)) return isCoordinateName(node.name.text);
  if (typescript.isTemplateExpression(node)) return node.templateSpans.every((span) => isCoordinates(span.expression));
  return false;
}
