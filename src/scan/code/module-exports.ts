/**
 * A module's exports, read from its top-level statements, as data for the cross-module flow stage:
 * `export function f`, `export const x`, `export default …`, `export { a as b }`, `export { a } from './y'`,
 * `export * from './y'`, and whether a file must be walked at all to link it.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { isListedInText } from './list-elements.js';
import type { CompiledCatalogue } from '../../flows/call-patterns.js';
import type { ModuleFacts } from '../../flows/module-facts.js';

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return (typescript.canHaveModifiers(node) && typescript.getModifiers(node)?.some((m) => m.kind === kind)) ?? false;
}

/**
 * Imports that cannot lead to a wrapper of the project: frameworks and utilities every app imports. Calls on
 * anything else imported (`./mailer`, `@/lib/email`, `@acme/email`) are kept as facts for the link stage.
 */
const FOREIGN_IMPORT = /^(?:react|react-dom|next|vue|svelte|zod|clsx|lodash|date-fns|dayjs|uuid|nanoid|tslib|rxjs|yup|class-validator|class-transformer|typeorm|sequelize|mongoose|drizzle-orm|kysely|graphql|lucide-react|tailwind-merge|@tanstack|@radix-ui|@headlessui|@heroicons|@mui|@emotion|@prisma|@trpc|@nestjs|@hookform|@testing-library|@types|@vercel|@react-email|@tiptap|@dnd-kit|framer-motion|node:|fs|path|url|crypto|util|os|events|stream|child_process|vitest|jest|@jest)(?:$|\/)/;

/** Whether the walk must record calls on `specifier`'s bindings for the link stage. */
export function isLinkableImport(specifier: string, compiled: CompiledCatalogue): boolean {
  return !compiled.packages.has(specifier) && !FOREIGN_IMPORT.test(specifier);
}

export function isExportish(statement: ts.Statement): boolean {
  return typescript.isExportDeclaration(statement) || typescript.isExportAssignment(statement) || hasModifier(statement, typescript.SyntaxKind.ExportKeyword);
}

/** Adds one top-level statement's exports to `facts`. */
export function collectExports(statement: ts.Statement, facts: ModuleFacts, sourceFile: ts.SourceFile): void {
  if (typescript.isExportDeclaration(statement)) {
    if (statement.isTypeOnly) return;
    const from = statement.moduleSpecifier && typescript.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
    const clause = statement.exportClause;
    if (!clause) {
      if (from) facts.exports.push({ name: '*', from });
      return;
    }
    if (!typescript.isNamedExports(clause)) {
      // `export * as mail from './mail'`
      if (from) facts.exports.push({ name: clause.name.text, from, importName: '*' });
      return;
    }
    for (const element of clause.elements) {
      if (element.isTypeOnly) continue;
      const local = (element.propertyName ?? element.name).text;
      if (from) facts.exports.push({ name: element.name.text, from, importName: local });
      else facts.exports.push({ name: element.name.text, local });
    }
    return;
  }
  if (typescript.isExportAssignment(statement)) {
    // `export default mailer`; `export default new PostHog(...)` is recorded under the name `default`.
    const expression = statement.expression;
    facts.exports.push({ name: 'default', local: typescript.isIdentifier(expression) ? expression.text : 'default' });
    return;
  }
  const isDefault = hasModifier(statement, typescript.SyntaxKind.DefaultKeyword);
  if ((typescript.isFunctionDeclaration(statement) || typescript.isClassDeclaration(statement)) && statement.name) {
    facts.exports.push({ name: isDefault ? 'default' : statement.name.text, local: statement.name.text });
  } else if (typescript.isVariableStatement(statement)) {
    for (const decl of statement.declarationList.declarations) {
      if (!typescript.isIdentifier(decl.name)) continue;
      const forwarded = decl.initializer ? forwardedImport(decl.initializer, sourceFile) : undefined;
      facts.exports.push(forwarded ? { name: decl.name.text, ...forwarded } : { name: decl.name.text, local: decl.name.text });
    }
  }
}

/**
 * `export const EmailTemplates = ResendService.EmailTemplates` of `import * as ResendService from './resend.service'`
 * (session 50, a US clinic app's mail service re-exporting its templates), or `export const send = sendEmail` of a named
 * import: the same value as `export { EmailTemplates } from './resend.service'`, so a caller's `EmailTemplates.welcome(…)`
 * is linked to the module that defines it. Read as a value of this module, it had no members and nothing was linked.
 */
function forwardedImport(initializer: ts.Expression, sourceFile: ts.SourceFile): { from: string; importName: string } | undefined {
  let value = initializer;
  while (typescript.isParenthesizedExpression(value) || typescript.isAsExpression(value) || typescript.isSatisfiesExpression(value)) value = value.expression;
  if (typescript.isPropertyAccessExpression(value) && typescript.isIdentifier(value.expression)) {
    const namespace = valueImports(sourceFile).get(value.expression.text);
    return namespace?.importName === '*' ? { from: namespace.from, importName: value.name.text } : undefined;
  }
  if (!typescript.isIdentifier(value)) return undefined;
  const named = valueImports(sourceFile).get(value.text);
  return named && named.importName !== '*' ? named : undefined;
}

/** A file's value imports by local name (`*` for a namespace import), read once per file as its exports ask. */
const importsByFile = new WeakMap<ts.SourceFile, Map<string, { from: string; importName: string }>>();

function valueImports(sourceFile: ts.SourceFile): Map<string, { from: string; importName: string }> {
  const known = importsByFile.get(sourceFile);
  if (known) return known;
  const imports = new Map<string, { from: string; importName: string }>();
  for (const statement of sourceFile.statements) {
    if (!typescript.isImportDeclaration(statement) || statement.importClause?.isTypeOnly || !typescript.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    const from = statement.moduleSpecifier.text;
    if (bindings && typescript.isNamespaceImport(bindings)) imports.set(bindings.name.text, { from, importName: '*' });
    else if (bindings) for (const e of bindings.elements) if (!e.isTypeOnly) imports.set(e.name.text, { from, importName: (e.propertyName ?? e.name).text });
  }
  importsByFile.set(sourceFile, imports);
  return imports;
}

const WORD = /\w/;
// What `\s` matches: a name may be followed by any of these before its `(`.
const SPACE = /\s/;

/**
 * Whether `name` occurs in `text` as `\bname\s*(?:\(|\.|\?\.|<)` would find it: called, a member read, or
 * given type arguments. A search for the name and a look at its neighbours, rather than a regular expression
 * compiled per file from its imports.
 */
function isUsedAsValue(text: string, name: string): boolean {
  const startsWithWord = WORD.test(name[0]!);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // `\b` before the name: a change between word and non-word characters.
    const afterWord = at > 0 && WORD.test(text[at - 1]!);
    if (afterWord === startsWithWord) continue;
    let next = at + name.length;
    while (next < text.length && SPACE.test(text[next]!)) next++;
    const c = text[next];
    if (c === '(' || c === '.' || c === '<' || (c === '?' && text[next + 1] === '.')) return true;
  }
  return false;
}

/** Whether `name` is a whole value given to another (`export const paymentProcessor: PaymentProcessor = stripePaymentProcessor;`): a strategy chosen in code. */
function isAliased(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    let before = at - 1;
    while (before >= 0 && SPACE.test(text[before]!)) before--;
    if (text[before] !== '=' || /[=!<>]/.test(text[before - 1] ?? '')) continue;
    let next = at + name.length;
    while (next < text.length && text[next] === ' ') next++;
    const c = text[next];
    if (c === undefined || c === ';' || c === '\n' || c === '\r') return true;
  }
  return false;
}

/** Whether `name` occurs in `text` as `<name[\s/>]` would find it: a component rendered in JSX (`<PostHogIdentify email={…} />`). */
function isRenderedAsElement(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === 0 || text[at - 1] !== '<') continue;
    const c = text[at + name.length];
    if (c !== undefined && (c === '/' || c === '>' || SPACE.test(c))) return true;
  }
  return false;
}

/**
 * Whether a file whose text names no sink may still matter to the link stage: it imports a module a wrapper
 * can come from, or re-exports one. Read from the top-level statements only.
 */
export function mayLink(sourceFile: ts.SourceFile, compiled: CompiledCatalogue): boolean {
  const names: string[] = [];
  // Type-only imports (`import type { Mailer }`): a value typed with one may be called (`mailer.send(…)`).
  const types: string[] = [];
  for (const statement of sourceFile.statements) {
    if (typescript.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause || !typescript.isStringLiteral(statement.moduleSpecifier) || !isLinkableImport(statement.moduleSpecifier.text, compiled)) continue;
      const list = clause.isTypeOnly ? types : names;
      if (clause.name) list.push(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && typescript.isNamespaceImport(bindings)) list.push(bindings.name.text);
      else if (bindings) for (const element of bindings.elements) (element.isTypeOnly ? types : list).push(element.name.text);
    } else if (typescript.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) return true;
  }
  const text = sourceFile.text;
  // `const mailservice = require('../utils/mailservice')`: a CommonJS module requires the project's wrappers as an import does.
  if (text.includes('require(') && /\brequire\(\s*['"`][./@~#]/.test(text)) return true;
  // `type EmailsServices = ReturnType<typeof createEmailsServices>`: a type other modules' values are known by.
  if (text.includes('<typeof ')) return true;
  // `this.eventEmitter.emit('user.created', user)`: an event its listeners, wherever they are, receive.
  if (/\.(?:emit|emitAsync|emitEvent|publish)\(/.test(text)) return true;
  // `const { sendEmail } = await import('./email')`: a module loaded late is linked like an import.
  if (names.length === 0 && types.length === 0) return /\bimport\(\s*['"`][./@~#]/.test(text);
  // Only a name that is called (`sendEmail(`, `mailer.sendMail(`, `useAnalytics()`, `new Mailer(`) or handed to
  // a constructor can lead to a wrapper; an entity imported for a relation (`() => Team`) cannot.
  for (const name of names) if (isUsedAsValue(text, name) || isRenderedAsElement(text, name) || isAliased(text, name) || isListedInText(text, name)) return true;
  // `constructor(private readonly mail: MailService)`, `{ emails }: { emails: EmailsServices }`: a value typed with a type of the project.
  const alternatives = [...names, ...types].map((n) => n.replace(/\$/g, '\\$')).join('|');
  return new RegExp(`:\\s*(?:${alternatives})\\b`).test(text) || /\bimport\(\s*['"`][./@~#]/.test(text);
}
