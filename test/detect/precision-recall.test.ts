/**
 * Issue 11: the detector measured like a held-out test. The labelled code bases in fixtures/detect/labelled/
 * (plus the legacy list, as training data) are scored with the real detector (schema fields) and the real
 * code scanner (code members assembled into a TypeScript file per container). The held-out code bases are
 * reported first; every miss is printed. Floors: training at the level the rules were written for, held-out
 * as a regression floor at the level measured before issue 11's detector work (the lead raises it after).
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, loadCodebasesFromRepo, perCodebase, report, scoreAll, tally } from './labelled.js';

const LANGUAGES = ['en', 'no', 'de', 'nl', 'fr', 'es', 'sv', 'da', 'it', 'pt', 'pl', 'fi'];

// Held-out regression floors per category: measured on 2026-11-29 after the issue-11 detector work and the
// training-miss pass of branch i11b (held-out P/R: address 0.929/0.777, email 0.952/0.799, name 0.876/0.710,
// phone 0.978/0.843), rounded down a little. A held-out code base never moves these floors by being "fixed" -
// it moves to training instead (fixtures/detect/labelled/README.md).
const HOLDOUT_FLOOR: Record<string, { precision: number; recall: number }> = {
  address: { precision: 0.92, recall: 0.77 },
  email: { precision: 0.94, recall: 0.79 },
  name: { precision: 0.87, recall: 0.7 },
  phone: { precision: 0.97, recall: 0.84 },
};
// Code findings on held-out code bases (issue 11 asks for precision >= 0.90 there): pooled over categories.
const HOLDOUT_CODE_PRECISION_FLOOR = 0.94; // measured 0.946 (227 of 240 code findings right)
// Training floors (the legacy list plus the training code bases), rounded down. Lowered on 2026-11-30 (branch
// s2-lex-eu) because the training split grew with harder non-English code bases (jverein, SVWS-Server, e-cidade,
// galette, histologe, ...) and three held-out code bases whose misses were read (OpenXE, a2j-rechtsantragstelle,
// openstamanager): measured address 0.938/0.869, email 0.943/0.835, name 0.916/0.798, phone 1.000/0.828
// (was 0.968/0.952, 0.948/0.881, 0.922/0.895, 1.000/0.908 on the smaller split).
// Address precision lowered again on 2026-11-30 (branch s2-lex-eu2) because new training files moved it: sue_suap
// (it; foreign keys and street codes named for an address) and the Gemeentelijk Gegevensmodel (nl; BAG registries
// of streets and addresses labelled as reference tables) joined, with four rotated held-out code bases (i-educar,
// socialgouv-emjpm, mijn-amsterdam, webcert): measured address 0.928/0.887, email 0.944/0.851, name 0.918/0.833,
// phone 1.000/0.860 on 18,786 fields.
const TRAIN_FLOOR: Record<string, { precision: number; recall: number }> = {
  address: { precision: 0.92, recall: 0.86 },
  email: { precision: 0.94, recall: 0.83 },
  name: { precision: 0.91, recall: 0.79 },
  phone: { precision: 0.99, recall: 0.82 },
};

describe('detector quality on labelled real code bases', () => {
  const codebases = loadCodebasesFromRepo();
  const fresh = codebases.filter((c) => !c.codebase.startsWith('legacy:'));
  const outcomes = scoreAll(codebases);
  const holdout = outcomes.filter((o) => o.split === 'holdout');
  const train = outcomes.filter((o) => o.split === 'train');

  it('labels enough real code bases, in every language, schema and code, with a held-out group', () => {
    const fields = fresh.flatMap((c) => c.groups.flatMap((g) => g.fields));
    expect(fields.length).toBeGreaterThanOrEqual(3000);
    expect(fresh.length).toBeGreaterThanOrEqual(60);
    const held = fresh.filter((c) => c.split === 'holdout');
    expect(held.length).toBeGreaterThanOrEqual(15);
    expect(new Set(held.flatMap((c) => c.groups.map((g) => g.kind ?? c.kind)))).toEqual(new Set(['schema', 'code']));
    expect(new Set(held.map((c) => c.language)).size).toBeGreaterThanOrEqual(5);
    const languages = new Set(fresh.flatMap((c) => c.groups.map((g) => g.lang ?? c.language)));
    for (const lang of LANGUAGES) expect(languages, `a code base in ${lang}`).toContain(lang);
    // A repository is either held out or training, never both.
    const splitsOf = new Map<string, Set<string>>();
    for (const c of fresh) splitsOf.set(c.repository, (splitsOf.get(c.repository) ?? new Set()).add(c.split));
    for (const [repo, splits] of splitsOf) expect(splits.size, repo).toBe(1);
  });

  it('every labelled code member reaches the code scanner as the declaration it was written as', () => {
    const code = outcomes.filter((o) => o.kind === 'code');
    expect(code.length).toBeGreaterThan(0);
    // A scanner that drops every member would score zero recall; a labelled personal member is found somewhere.
    expect(code.some((o) => o.got.length > 0)).toBe(true);
  });

  it('prints held-out first, then training, and holds the floors', () => {
    console.log(report(outcomes, { misses: true }).join('\n'));
    const loco = perCodebase(holdout);
    console.log(`held-out per-code-base F1: min ${loco.min.toFixed(3)}, median ${loco.median.toFixed(3)}`);
    const h = tally(holdout);
    const t = tally(train);
    expect(tally(holdout.filter((o) => o.kind === 'code')).all.precision, 'held-out code precision').toBeGreaterThanOrEqual(HOLDOUT_CODE_PRECISION_FLOOR);
    for (const c of CATEGORIES) {
      expect(h.byCategory[c]!.precision, `held-out ${c} precision`).toBeGreaterThanOrEqual(HOLDOUT_FLOOR[c]!.precision);
      expect(h.byCategory[c]!.recall, `held-out ${c} recall`).toBeGreaterThanOrEqual(HOLDOUT_FLOOR[c]!.recall);
      expect(t.byCategory[c]!.precision, `training ${c} precision`).toBeGreaterThanOrEqual(TRAIN_FLOOR[c]!.precision);
      expect(t.byCategory[c]!.recall, `training ${c} recall`).toBeGreaterThanOrEqual(TRAIN_FLOOR[c]!.recall);
    }
  });
});
