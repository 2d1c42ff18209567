/**
 * A request body filled field by field (form-body.ts): `new FormData()` / `new URLSearchParams()` given its keys by
 * `append` / `set`, then posted. The real scan of fixtures/flows/form-body; expectations.test.ts checks ESLint agrees.
 */
import { describe, expect, it } from 'vitest';
import { scanFlowFixture } from '../helpers/flow-fixture.js';

const flows = await scanFlowFixture('form-body');
const at = (line: number) => flows.filter((f) => f.location.file === 'src/mailgun.ts' && f.location.line === line).map((f) => [f.sinkId, f.categories, f.expressions]);

describe('a form body filled field by field', () => {
  it('carries the address appended under `to` to the vendor the URL names', () => {
    expect(at(8)).toEqual([['mailgun', ['email'], ['customer.email']]]);
  });

  it('carries nothing where only ids and statuses were appended', () => {
    expect(at(16)).toEqual([]);
  });
});
