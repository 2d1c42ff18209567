/**
 * A name with a hidden character in it (a right-to-left override, a zero-width space, a terminal escape) is
 * suspicious in itself: it is how Trojan Source attacks and look-alike fields hide. Every such name in the
 * inventory is reported as its own kind of finding, a `hidden-character` warning naming where it is, with the
 * characters shown escaped.
 */
import { formatLocation } from '../output/location.js';
import { hasHiddenCharacters, hiddenCharacters, showName } from '../output/display-name.js';
import type { InventoryElement } from './types.js';

export const HIDDEN_CHARACTER_PREFIX = 'hidden-character:';

export function hiddenCharacterWarnings(elements: InventoryElement[]): string[] {
  const warnings = new Set<string>();
  for (const element of elements) {
    for (const name of [element.container, element.field]) {
      if (!hasHiddenCharacters(name)) continue;
      const where = element.locations[0] ? ` at ${formatLocation(element.locations[0])}` : '';
      warnings.add(`${HIDDEN_CHARACTER_PREFIX} the name ${showName(name)}${where} contains ${hiddenCharacters(name).join(', ')}, invisible or direction-changing characters that make code read differently from what runs; rename it`);
    }
  }
  return [...warnings];
}
