/**
 * A member whose value is one of several object shapes (a zod union or discriminated union, a TypeScript union of
 * type literals) holds every option's members: a recipient's email in one option is as much held as in a plain
 * nested object. A union mixing shapes with other types is no nested object.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { scanSourceFile } from '../../../src/scan/code/index.js';
import { engine } from './helpers.js';

function fields(text: string): string[] {
  const file = 'unions.ts';
  const result = scanSourceFile(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS), { detector: engine.detector, sinks: engine.sinks, file });
  return result.fields.map((f) => `${f.container}.${f.field} ${f.category}`).sort();
}

describe('union shapes', () => {
  it('reads every option of a zod union and discriminated union nested in an object schema', () => {
    const text = `import { z } from 'zod';
export const AuditEventSchema = z.object({
  title: z.string(),
  source: z.union([
    z.object({ type: z.literal('document') }),
    z.object({ type: z.literal('link'), directRecipientEmail: z.string() }),
  ]).optional(),
  content: z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('post'), author: z.string().nullish(), shippingAddress: z.string() }),
  ]),
});
`;
    expect(fields(text)).toEqual(['AuditEvent.content.author name', 'AuditEvent.content.shippingAddress address', 'AuditEvent.source.directRecipientEmail email']);
  });

  it('reads every option of a union of type literals, and not a union mixing a shape with a string', () => {
    const text = `export interface Activity {
  target: { kind: 'team'; teamId: string } | { kind: 'person'; email: string; phone: string } | null;
  from: { name: string; email: string } | string;
}
`;
    expect(fields(text)).toEqual(['Activity.target.email email', 'Activity.target.phone phone']);
  });
});
