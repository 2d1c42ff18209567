/**
 * The quality scorer itself (bench/quality-score.mjs): how a labelled code group becomes a TypeScript file,
 * that findings are matched to the member on their line, and how the per-code-base spread is computed.
 */
import { describe, expect, it } from 'vitest';
import { assemble, closingFor, perCodebase, tally, type Codebase, type Outcome } from '../../bench/quality-score.mjs';
import { scoreAll } from './labelled.js';

const codebase = (groups: Codebase['groups']): Codebase => ({ codebase: 'demo', repository: 'demo/demo', language: 'en', kind: 'code', split: 'holdout', file: 'demo.yml', groups });

describe('quality scorer', () => {
  it('closes what the opening line left open, ignoring brackets inside strings', () => {
    expect(closingFor('export const InviteSchema = z.object({')).toBe('})');
    expect(closingFor('export class Customer {')).toBe('}');
    expect(closingFor('export const t = pgTable("a(b", {')).toBe('})');
    expect(closingFor('@Entity({ name: "x" }) export class X {')).toBe('}');
  });

  it('puts member i on the line after the opening, so findings map back to their member', () => {
    const { text, first } = assemble({ container: 'X', open: 'export interface X {', fields: [['email: string;', 'email'], ['name: string;', '-']] });
    expect(text.split('\n')[first]).toBe('  email: string;');
    expect(text.split('\n')[first + 1]).toBe('  name: string;');
  });

  it('scores code members with the real scanner: data members found, method signatures and flags not', () => {
    const outcomes = scoreAll([
      codebase([
        {
          container: 'InviteDto',
          open: 'export class InviteDto {',
          fields: [
            ['@IsEmail() inviteeEmail: string;', 'email'],
            ['emailVerified: boolean;', '-'],
            ['setEmail(v: string): void {}', '-'],
          ],
        },
      ]),
    ]);
    const byMember = Object.fromEntries(outcomes.map((o) => [o.field, o.got]));
    expect(byMember['@IsEmail() inviteeEmail: string;']).toEqual(['email']);
    expect(byMember['emailVerified: boolean;']).toEqual([]);
  });

  it('refuses a code group that does not parse instead of scoring half of it', () => {
    expect(() => scoreAll([codebase([{ container: 'Broken', open: 'export interface Broken {', fields: [['a: { b: string c: string };', '-']] }])])).toThrow(/does not parse/);
  });

  it('reports the spread over code bases: min and median F1 of those with any labelled or found data', () => {
    const o = (codebase: string, expected: string[], got: string[]): Outcome => ({ codebase, split: 'holdout', lang: 'en', kind: 'schema', container: 'c', field: 'f', type: 't', expected, got });
    const outcomes = [o('a', ['email'], ['email']), o('b', ['email'], []), o('b', ['name'], ['name']), o('c', [], [])];
    const spread = perCodebase(outcomes);
    expect(spread.codebases).toBe(3);
    expect(spread.min).toBeCloseTo(2 / 3);
    expect(spread.median).toBeCloseTo((2 / 3 + 1) / 2);
    expect(tally(outcomes).byCategory['email']).toMatchObject({ tp: 1, fp: 0, fn: 1, recall: 0.5 });
  });
});
