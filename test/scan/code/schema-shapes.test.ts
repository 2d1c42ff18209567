/**
 * A schema's shape written as a plain object and composed later (form page schemas, `z.object(shape)`): read as
 * a record when it is named like a schema and every value is a schema expression; an object of literals or a
 * settings object named like one is not.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { scanSourceFile } from '../../../src/scan/code/index.js';
import { engine } from './helpers.js';

function fields(text: string): string[] {
  const file = 'shapes.ts';
  const result = scanSourceFile(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS), { detector: engine.detector, sinks: engine.sinks, file });
  return result.fields.map((f) => `${f.container}.${f.field} ${f.category}`).sort();
}

describe('schema shapes as plain objects', () => {
  it('reads an object named like a schema whose values are schemas, calls or fields of another schema', () => {
    const text = `import { z } from 'zod';
import { stringRequiredSchema, postcodeSchema, personFields } from './schemas';
export const contactPageSchema = {
  vorname: stringRequiredSchema,
  nachname: personFields.nachname,
  plz: stringRequiredSchema.pipe(postcodeSchema),
  telefonnummer: z.string().optional(),
  hasKinder: YesNoAnswer,
};
export const addressShape = { street: z.string(), city: z.string() };
`;
    expect(fields(text)).toEqual(['address.city address', 'address.street address', 'contactPage.nachname name', 'contactPage.plz address', 'contactPage.telefonnummer phone', 'contactPage.vorname name']);
  });

  it('ignores objects of literals and objects not named like a schema', () => {
    const text = `export const routeSchema = { name: 'home', path: '/', email: 'support' };
export const defaults = { email: emailSchema, name: nameSchema };
`;
    expect(fields(text)).toEqual([]);
  });
});
