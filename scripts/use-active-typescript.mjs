// Codemod: make scanner files read TypeScript values through the active API (src/scan/code/typescript-api.ts)
// instead of their own `import ts from 'typescript'`, so the ESLint plugin can run them on the user's copy.
//
//   node scripts/use-active-typescript.mjs [files...]   (default: every src/**/*.ts with a value import of typescript,
//                                                        except typescript-api.ts itself and src/eslint/**)
//
// In each file, and nothing else:
//   import ts from 'typescript';            ->  import type ts from 'typescript';
//                                                import { typescript } from '<relative>/scan/code/typescript-api.js';
//   const { SyntaxKind, isIdentifier } = ts; ->  (removed, with the "reads them once" comment above it)
//   isIdentifier(node), SyntaxKind.X         ->  typescript.isIdentifier(node), typescript.SyntaxKind.X
//   ts.X in a value position                 ->  typescript.X            (types such as ts.Node stay)
// It then lists what it cannot make per-module by itself: values read from TypeScript at module load (a table
// indexed by SyntaxKind, a TypeFlags mask). Rewrite those by hand with `perTypeScript(() => ...)`.
// Running it twice changes nothing.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const API_FILE = join(root, 'src', 'scan', 'code', 'typescript-api.ts');
const GETTERS_COMMENT = /^[ \t]*\/\/ TypeScript's bundle exposes its API through getters[^\n]*\n/m;

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'eslint' && dir === join(root, 'src') ? [] : sourceFiles(path);
    return path.endsWith('.ts') && path !== API_FILE ? [path] : [];
  });
}

function isFunctionBoundary(node) {
  return ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node) || ts.isPropertyDeclaration(node);
}

function atModuleLoad(node) {
  for (let n = node.parent; n; n = n.parent) if (isFunctionBoundary(n)) return false;
  return true;
}

function transform(file) {
  const text = readFileSync(file, 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const valueImport = sourceFile.statements.find(
    (s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === 'typescript' && s.importClause && !s.importClause.isTypeOnly && s.importClause.name?.text === 'ts' && !s.importClause.namedBindings,
  );
  if (!valueImport) return { changed: false, moduleLoad: [] };
  const edits = [];
  let apiPath = relative(dirname(file), API_FILE).split(sep).join('/').replace(/\.ts$/, '.js');
  if (!apiPath.startsWith('.')) apiPath = `./${apiPath}`;
  edits.push({ start: valueImport.getStart(sourceFile), end: valueImport.end, text: `import type ts from 'typescript';\nimport { typescript } from '${apiPath}';` });

  // Top-level `const { a, b: c } = ts;`: local name -> API name.
  const destructured = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const [declaration] = statement.declarationList.declarations;
    if (statement.declarationList.declarations.length !== 1 || !ts.isObjectBindingPattern(declaration.name) || !declaration.initializer || !ts.isIdentifier(declaration.initializer) || declaration.initializer.text !== 'ts') continue;
    for (const element of declaration.name.elements) {
      if (!ts.isIdentifier(element.name) || element.dotDotDotToken || element.initializer) throw new Error(`${file}: cannot rewrite the binding ${element.getText(sourceFile)}`);
      destructured.set(element.name.text, element.propertyName ? element.propertyName.getText(sourceFile) : element.name.text);
    }
    const leading = text.slice(statement.getFullStart(), statement.getStart(sourceFile));
    const comment = GETTERS_COMMENT.exec(leading);
    const removeFrom = comment ? statement.getFullStart() + comment.index : statement.getStart(sourceFile);
    let end = statement.end;
    if (text[end] === '\n') end++;
    // No double blank line where the statement was.
    if (text[end] === '\n' && text.slice(removeFrom - 2, removeFrom) === '\n\n') end++;
    edits.push({ start: removeFrom, end, text: '' });
  }

  const moduleLoad = [];
  const visit = (node) => {
    if (ts.isVariableStatement(node) && node.parent === sourceFile && edits.some((e) => e.text === '' && e.start <= node.getStart(sourceFile) && node.end <= e.end)) return;
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'ts') {
      edits.push({ start: node.expression.getStart(sourceFile), end: node.expression.end, text: 'typescript' });
      if (atModuleLoad(node)) moduleLoad.push(node);
      ts.forEachChild(node, visit);
      return;
    }
    if (ts.isIdentifier(node) && destructured.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ((ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodSignature(parent) || ts.isBindingElement(parent) || ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent)) && parent.name === node);
      if (ts.isShorthandPropertyAssignment(parent)) {
        edits.push({ start: node.getStart(sourceFile), end: node.end, text: `${node.text}: typescript.${destructured.get(node.text)}` });
      } else if (!isName) {
        edits.push({ start: node.getStart(sourceFile), end: node.end, text: `typescript.${destructured.get(node.text)}` });
        if (atModuleLoad(node)) moduleLoad.push(node);
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sourceFile, visit);

  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  writeFileSync(file, out);
  const lines = [...new Set(moduleLoad.map((n) => sourceFile.getLineAndCharacterOfPosition(n.getStart(sourceFile)).line + 1))];
  return { changed: out !== text, moduleLoad: lines };
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => join(process.cwd(), f)) : sourceFiles(join(root, 'src'));
let manual = 0;
for (const file of files) {
  const { changed, moduleLoad } = transform(file);
  const name = relative(root, file);
  if (changed) console.log(`rewrote ${name}`);
  if (moduleLoad.length) {
    manual++;
    console.log(`  ${name}: TypeScript values read at module load on line(s) ${moduleLoad.join(', ')}; make them per module with perTypeScript()`);
  }
}
if (manual) console.log(`${manual} file(s) read TypeScript at module load: see above.`);
