/**
 * The definitions of the extra fields a record may have (`student_additional_fields`, `UserCustomFields`) and the lists
 * that exclude products or places from a rule (`shipping_exclusion_lists`) are things: their `name` is a field's label
 * or the list's, no person's (src/detect/context.ts, rules/context.yml). A form step's `PersonNameFields` stays the
 * person's name record.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

const cats = (container: string, siblings: string[]) => categories('name', { container: [container], type: 'varchar(255)', siblings });

describe('extra field definitions and exclusion lists', () => {
  it('keep their name out of the person names', () => {
    expect(cats('student_additional_fields', ['id', 'name', 'status', 'is_mandatory', 'input_type'])).toEqual([]);
    expect(cats('UserCustomFields', ['id', 'name', 'type', 'required'])).toEqual([]);
    expect(cats('shipping_exclusion_lists', ['id', 'name', 'created_at'])).toEqual([]);
  });

  it('while a student\'s own record and a person name form step keep theirs', () => {
    expect(cats('students', ['id', 'name', 'email', 'admission_no'])).toEqual(['name']);
    expect(scanned('export interface PersonNameFields {\n  first?: string;\n  last?: string;\n}\n')['first']).toEqual(['name']);
  });
});
