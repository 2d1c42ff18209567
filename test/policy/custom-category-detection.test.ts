/** A custom category's `detect` rules reach the real detector through `detection.rules`, as the engine passes them. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { loadPolicy } from '../../src/policy/index.js';
import { repoRoot } from '../helpers/cli.js';

const policy = loadPolicy(join(repoRoot, 'fixtures', 'policy', 'good', 'custom-category.yml'));
const detector = createDetector({ rules: policy.detection.rules, categories: Object.keys(policy.categories), defaultRegion: policy.detection.defaultRegion });
const categoriesOf = (name: string, container: string[]) => detector.classifyField({ name, container, type: 'string' }).matches.map((m) => m.category);

describe('custom categories from privacy.yml in the detector', () => {
  it('detects a category declared with rules under `detect`', () => {
    expect(categoriesOf('dateOfBirth', ['Patient'])).toContain('date-of-birth');
    expect(categoriesOf('fodselsdato', ['pasient'])).toContain('date-of-birth');
  });

  it('detects a category declared with rules under `detection.rules`', () => {
    expect(categoriesOf('membershipNumber', ['Patient'])).toContain('membership-number');
  });

  it('leaves unrelated fields alone', () => {
    expect(categoriesOf('createdAt', ['Patient'])).toEqual([]);
  });
});
