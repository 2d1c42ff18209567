/** The pieces under the replay: version ordering, statement splitting, up sections and safe error text. */
import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareFlyway, compareNatural, parseFlywayName } from '../../../src/scan/sql/natural-order.js';
import { safeSqlMessage } from '../../../src/scan/sql/replay-file.js';
import { splitStatements } from '../../../src/scan/sql/split-statements.js';
import { upSections } from '../../../src/scan/sql/up-sections.js';

beforeAll(() => loadModule());

describe('ordering', () => {
  it('compares numbers as numbers, whatever their width', () => {
    expect(['10_c.sql', '2_b.sql', '1_a.sql', '20240101120000_x.sql', '0003_d.sql'].sort(compareNatural)).toEqual(['1_a.sql', '2_b.sql', '0003_d.sql', '10_c.sql', '20240101120000_x.sql']);
  });

  it('orders Flyway versions part by part, 1 equal to 1.0, repeatables after', () => {
    const names = ['R__views.sql', 'V10__j.sql', 'V2__b.sql', 'V1_10__c.sql', 'V1.2__x.sql', 'V1_1__a.sql', 'V1__init.sql'];
    const sorted = names.sort((a, b) => compareFlyway(parseFlywayName(a)!, parseFlywayName(b)!));
    expect(sorted).toEqual(['V1__init.sql', 'V1_1__a.sql', 'V1.2__x.sql', 'V1_10__c.sql', 'V2__b.sql', 'V10__j.sql', 'R__views.sql']);
    expect(compareFlyway(parseFlywayName('V1__a.sql')!, parseFlywayName('V1_0__a.sql')!)).toBe(0);
    expect(parseFlywayName('U2__undo.sql')).toBeUndefined();
  });
});

describe('splitting statements', () => {
  const pieces = (sql: string) => {
    const bytes = Buffer.from(sql, 'utf8');
    return splitStatements(bytes).map((s) => bytes.toString('utf8', s.start, s.end));
  };

  it('ignores semicolons in strings, dollar quotes, comments and BEGIN ATOMIC bodies', () => {
    const sql = [
      "INSERT INTO t VALUES ('a;b');",
      'CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1; $fn$ LANGUAGE sql;',
      '-- a comment; with a semicolon',
      'CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;',
      'CREATE TABLE ø (a int,, b int);',
    ].join('\n');
    expect(pieces(sql)).toEqual([
      "INSERT INTO t VALUES ('a;b');",
      'CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1; $fn$ LANGUAGE sql;',
      'CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;',
      'CREATE TABLE ø (a int,, b int);',
    ]);
  });

  it('falls back to its own splitter when the lexer gives up on an unterminated quote', () => {
    expect(pieces("CREATE TABLE a (x int);\n/* c; */ CREATE TABLE \"b;\" (y text);\nCOMMENT ON TABLE a IS 'open;\nCREATE TABLE c (z int);")).toEqual([
      'CREATE TABLE a (x int);',
      'CREATE TABLE "b;" (y text);',
      "COMMENT ON TABLE a IS 'open;\nCREATE TABLE c (z int);",
    ]);
  });
});

describe('up sections', () => {
  it('blanks dbmate and goose down sections line for line', () => {
    const dbmate = '-- migrate:up\nCREATE TABLE a (x int);\n\n-- migrate:down\nDROP TABLE a;\n';
    expect(upSections(dbmate)).toBe('-- migrate:up\nCREATE TABLE a (x int);\n\n-- migrate:down\n\n');
    const goose = '-- +goose Up\n-- +goose StatementBegin\nCREATE TABLE b (y int);\n-- +goose StatementEnd\n-- +goose Down\nDROP TABLE b;';
    expect(upSections(goose).split('\n')).toHaveLength(6);
    expect(upSections(goose)).not.toContain('DROP');
    const plain = 'CREATE TABLE c (z int); -- not a marker';
    expect(upSections(plain)).toBe(plain);
  });
});

describe('error text', () => {
  it('never repeats a string literal the parser quotes', () => {
    expect(safeSqlMessage('syntax error at or near "\'ola@example.com\'"')).toBe('syntax error at or near a quoted string');
    expect(safeSqlMessage('syntax error at or near "$$secret$$"')).toBe('syntax error at or near a dollar-quoted string');
    expect(safeSqlMessage('unterminated quoted string at or near "\'line one\nline two"')).toBe('unterminated quoted string at or near a quoted string');
    expect(safeSqlMessage('syntax error at or near "customers"')).toBe('syntax error at or near "customers"');
  });
});
