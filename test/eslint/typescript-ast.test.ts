/**
 * How the rules get a TypeScript AST: typescript-eslint's parser keeps the `ts.SourceFile` in its node maps
 * even without type information, and offers a checker only with a project.
 */
import { parseForESLint } from '@typescript-eslint/parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const code = 'export interface Customer {\n  email: string;\n}\n';

describe('@typescript-eslint/parser services', () => {
  it('map the Program node to the ts.SourceFile without type information', () => {
    const { ast, services } = parseForESLint(code, { filePath: 'customer.ts', range: true, loc: true });
    const node = services.esTreeNodeToTSNodeMap.get(ast) as unknown as ts.Node;
    expect(node.kind).toBe(ts.SyntaxKind.SourceFile);
    expect((node as ts.SourceFile).text).toBe(code);
    expect(services.program).toBeNull();
  });
});
