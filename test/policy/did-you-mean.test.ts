/** The typo suggester other stages reuse for unknown purposes in annotations and CLI flags. */
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/policy/index.js';

const purposes = ['accounting', 'analytics', 'customer-relationship', 'marketing', 'profiling', 'service-provision'];

describe('didYouMean', () => {
  it('suggests the nearest id for a typo, a swapped pair or a missing letter', () => {
    expect(didYouMean('marketting', purposes)).toBe('marketing');
    expect(didYouMean('analtyics', purposes)).toBe('analytics');
    expect(didYouMean('servce-provision', purposes)).toBe('service-provision');
    expect(didYouMean('Marketing', purposes)).toBe('marketing');
  });

  it('stays quiet when nothing is close enough to be a typo', () => {
    expect(didYouMean('newsletter', purposes)).toBeUndefined();
    expect(didYouMean('fax', ['tax', 'name'])).toBe('tax');
    expect(didYouMean('ab', ['xy'])).toBeUndefined();
    expect(didYouMean('email', [])).toBeUndefined();
  });

  it('breaks ties alphabetically, whatever the order of the candidates', () => {
    expect(didYouMean('cat', ['hat', 'bat'])).toBe('bat');
    expect(didYouMean('cat', new Set(['bat', 'hat']))).toBe('bat');
  });
});
