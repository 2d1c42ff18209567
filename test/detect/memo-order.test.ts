/**
 * The detector keeps one memo per run (the CLI scans many repositories with one engine; the ESLint plugin keeps
 * its engine for the editor's life), so an answer must never depend on which questions came before it. Session
 * 21's flows bench lost a flow only when other repositories ran first: a bare `userName` argument (no record,
 * `inRecord` rule excluded) shared its memo entry with `userName` in a `conversation` record. Every schema field of
 * the labelled code bases is asked as the quality bench asks it and as the flow collector asks bare names and
 * members (no container, an empty one, the record's name alone), in one order and in the reverse order: the two
 * detectors must give the same categories for every question. (A second conflation was found so: a reference list
 * counts only as a record's sole container segment, `CepDto.Cep` against `data.CepDto.Cep`.)
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import type { FieldFacts } from '../../src/detect/types.js';
import { loadCodebasesFromRepo } from './labelled.js';

function questions(): FieldFacts[] {
  const asked: FieldFacts[] = [];
  const bare = new Set<string>();
  // One code base in six (by position, so the same ones each run) keeps the suite's time down; the whole list
  // found the same two conflations when the test was written.
  for (const codebase of loadCodebasesFromRepo().filter((_, i) => i % 6 === 0)) {
    for (const group of codebase.groups) {
      if ((group.kind ?? codebase.kind) !== 'schema') continue;
      const siblings = group.fields.map((f) => String(f[0]));
      for (const [name, type] of group.fields) {
        asked.push({ name: String(name), container: [group.container], type: String(type), siblings });
        asked.push({ name: String(name), container: [group.container] });
        asked.push({ name: String(name), container: ['data', group.container] });
        if (bare.has(String(name))) continue;
        bare.add(String(name));
        asked.push({ name: String(name) }, { name: String(name), container: [] });
      }
    }
  }
  return asked;
}

const answer = (facts: FieldFacts, detector: ReturnType<typeof createDetector>) =>
  detector.classifyField(facts).matches.map((m) => `${m.category}:${m.confidence}`).sort().join(',');

describe('the detector memo', () => {
  it('answers every question the same whatever was asked before it', () => {
    const asked = questions();
    expect(asked.length).toBeGreaterThan(15_000);
    const forward = createDetector({ defaultRegion: 'NO' });
    const inOrder = asked.map((q) => answer(q, forward));
    const backward = createDetector({ defaultRegion: 'NO' });
    const reversed = asked.map((_, i) => asked.length - 1 - i).map((i) => [i, answer(asked[i]!, backward)] as const);
    const differing: string[] = [];
    for (const [i, got] of reversed) if (got !== inOrder[i]) differing.push(`${JSON.stringify({ ...asked[i], siblings: undefined })}: ${inOrder[i]} then ${got}`);
    expect(differing.slice(0, 20)).toEqual([]);
  }, 180_000);

  it('judges a bare name apart from the same name in a record', () => {
    const recordFirst = createDetector();
    const inRecord = answer({ name: 'userName', container: ['data', 'conversation'] }, recordFirst);
    const bareFirst = createDetector();
    answer({ name: 'userName', container: [] }, bareFirst);
    expect(answer({ name: 'userName', container: ['data', 'conversation'] }, bareFirst)).toBe(inRecord);
    expect(inRecord).toMatch(/^name:/);
    expect(answer({ name: 'userName' }, recordFirst)).toBe('');
  });
});
