/** `scanSourceFile` as the ESLint plugin calls it: on any parsed SourceFile, returning plain data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { scanSourceFile } from '../../../src/scan/code/index.js';
import { engine, fixtures } from './helpers.js';

const file = 'typeorm/customer.entity.ts';
const text = readFileSync(join(fixtures, file), 'utf8');
const context = { detector: engine.detector, sinks: engine.sinks, file };

function scan(setParentNodes: boolean) {
  return scanSourceFile(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, setParentNodes, ts.ScriptKind.TS), context);
}

describe('scanSourceFile', () => {
  it('gives the same findings with and without parent pointers', () => {
    expect(JSON.stringify(scan(true))).toBe(JSON.stringify(scan(false)));
  });

  it('returns plain data that keeps no syntax tree alive', () => {
    const result = scan(true);
    // A node in the result would bring its parent chain and fail to serialise.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('locates the property name, and gives the declaration range (decorators included, JSDoc excluded) for a fix', () => {
    const email = scan(false).fields.find((f) => f.field === 'email')!;
    const lines = text.split('\n');
    expect(lines[email.location.line! - 1]!.slice(email.location.col! - 1)).toMatch(/^email!: string;/);
    const [start, end] = email.range!;
    expect(text.slice(start, end)).toMatch(/^@Column\(\{ name: 'e_mail', unique: true \}\)\n\s+@IsEmail\(\)\n\s+email!: string;$/);
  });

  it('marks organisation data', () => {
    const source = ts.createSourceFile('w.ts', 'export interface Warehouse {\n  name: string;\n  phone: string;\n}\n', ts.ScriptTarget.Latest, false);
    const [phone] = scanSourceFile(source, { ...context, file: 'w.ts' }).fields;
    expect(phone).toMatchObject({ field: 'phone', category: 'phone', isOrganisation: true, container: 'Warehouse', source: 'code' });
  });
});
