import { distance } from 'fastest-levenshtein';

/**
 * The nearest candidate to a mistyped id, or undefined when nothing is close enough to be a typo
 * (one edit for short words, else up to a third of the word's length but at least two, so a swapped pair of
 * letters — `emial` — still counts as a typo).
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of [...candidates].sort()) {
    const cost = distance(word.toLowerCase(), candidate.toLowerCase());
    if (cost <= limit && (!best || cost < best.cost)) best = { candidate, cost };
  }
  return best?.candidate;
}
