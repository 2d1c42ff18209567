/**
 * `returnedObjects` (built-messages.ts) with the file's `return` words found once (`returnWords`): the same answers as
 * a reading of every `return` of the body, in any order of questions.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { returnedObjects, returnWords } from '../../../src/scan/code/built-messages.js';

const source = `
function builder(email: string) { if (email) { return { to: email }; } return { to: 'x' }; }
function mixed(email: string) { if (email) return { to: email }; return 'no recipient'; }
function guarded(email: string) { if (!email) return; if (email === 'x') return null; return { to: email }; }
function none(email: string) { console.log(email); }
function nested(email: string) { const f = () => { return 1; }; return { to: email, f }; }
function word(email: string) { const s = 'return'; send(email, s); }
`;
const file = ts.createSourceFile('a.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
const fn = (name: string) => file.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name)!;
const keys = (objects: ts.ObjectLiteralExpression[] | undefined) => objects?.map((o) => o.properties.map((p) => p.name!.getText(file)));

describe('returnedObjects', () => {
  it('gives the object literals of a builder, those of nested functions aside', () => {
    const words = returnWords(file.text);
    expect(keys(returnedObjects(fn('builder'), words))).toEqual([['to'], ['to']]);
    expect(keys(returnedObjects(fn('nested'), words))).toEqual([['to', 'f']]);
  });

  it('reads past a guard that returns nothing (`return;`, `return null`): the other returns say what it builds', () => {
    expect(keys(returnedObjects(fn('guarded'), returnWords(file.text)))).toEqual([['to']]);
  });

  it('gives nothing for a body with a return of something else, with no return, or with the word only in a string', () => {
    const words = returnWords(file.text);
    for (const name of ['mixed', 'none', 'word']) expect(returnedObjects(fn(name), words)).toBeUndefined();
  });

  it('answers the same with and without the word search, whatever the order of the questions', () => {
    const names = ['word', 'builder', 'none', 'nested', 'mixed', 'guarded', 'builder', 'word'];
    const words = returnWords(file.text);
    for (const name of names) expect(keys(returnedObjects(fn(name), words))).toEqual(keys(returnedObjects(fn(name))));
  });
});

describe('returnWords', () => {
  it('finds the word between two positions, asked forwards and backwards', () => {
    const text = 'a return b c return d';
    const has = returnWords(text);
    expect(has(0, 8)).toBe(true);
    expect(has(3, 12)).toBe(false);
    expect(has(9, 21)).toBe(true);
    expect(has(0, 7)).toBe(false);
    expect(has(14, 21)).toBe(false);
    expect(has(2, 8)).toBe(true);
  });
});
