/** Nested shapes beyond type literals: their members reach the detector in their own container. */
import { describe, expect, it } from 'vitest';
import { fieldsOf, summary } from './helpers.js';

describe('member shapes', () => {
  it('follow a one-element tuple of an object shape as an array of sub-documents', async () => {
    const fields = summary(await fieldsOf('member-shapes'));
    expect(fields).toEqual(expect.arrayContaining([
      'IPatient.contactPoints.value email',
      'IPatient.contactPoints.value phone',
      'IPatient.guardians.person.firstName name',
      'IPatient.guardians.person.lastName name',
    ]));
    // A tuple of plain values holds no record: nothing of it is reported as a nested member.
    expect(fields.filter((f) => /aliases|coordinates|visits/.test(f))).toEqual([]);
  });
});

describe('schema references', () => {
  it('type a builder member by the schema it references, and a shared value schema as its value', async () => {
    const fields = summary((await fieldsOf('member-shapes')).filter((f) => f.container === 'order'));
    expect(fields).toEqual([
      'order.billing address',
      'order.nachname name',
      'order.name name',
      'order.previousShipping address',
      'order.sms phone',
    ]);
  });
});
