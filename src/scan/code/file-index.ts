/**
 * What a declaration needs to know about the rest of its file, gathered before the walk: where each
 * imported name comes from, which Mongoose model a schema variable becomes, and which Drizzle schema
 * objects exist. Read from the top-level statements and a few regular expressions over the text, which
 * costs far less than a second walk.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

export interface FileIndex {
  /** Imported binding -> module specifier (`Customer` -> `../models/customer`, `StyleSheet` -> `react-native`). */
  imports: Map<string, string>;
  /** Every module specifier imported or required. */
  modules: Set<string>;
  /** `mongoose.model('Customer', CustomerSchema)`: schema variable -> model name. */
  mongooseModels: Map<string, string>;
  /** `const crm = pgSchema('crm')`: variable -> schema name. */
  drizzleSchemas: Map<string, string>;
  /**
   * Repositories and models typed with their entity: `private users: Repository<User>`,
   * `catModel: Model<Cat>` -> `users` -> `User`, `catModel` -> `Cat`.
   */
  repositories: Map<string, string>;
}

const MONGOOSE_MODEL = /\bmodel\s*(?:<[^>()]*>)?\s*\(\s*['"`]([\w$]+)['"`]\s*,\s*([\w$]+)/g;
const DRIZZLE_SCHEMA = /\b([\w$]+)\s*=\s*(?:pgSchema|mysqlSchema)\s*\(\s*['"`]([\w$-]+)['"`]/g;
// Matched from the colon, which is rare, rather than from every name; the name before it is read backwards.
const REPOSITORY_TYPE = /:\s*(?:Repository|EntityRepository|MongoRepository|TreeRepository|Model|ModelStatic|ModelCtor)\s*<\s*([\w$]+)/g;

/** The name declared before the colon at `colon` (`repo`, `repo?`, `repo!` and spaces around), if any. */
function nameBefore(text: string, colon: number): string | undefined {
  let end = colon;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] === '?' || text[end - 1] === '!') end--;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[\w$]/.test(text[start - 1]!)) start--;
  return start < end ? text.slice(start, end) : undefined;
}
const REQUIRE = /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g;

function importBindings(statement: ts.ImportDeclaration, into: Map<string, string>): void {
  if (!typescript.isStringLiteral(statement.moduleSpecifier)) return;
  const from = statement.moduleSpecifier.text;
  const clause = statement.importClause;
  if (!clause) return;
  if (clause.name) into.set(clause.name.text, from);
  const bindings = clause.namedBindings;
  if (!bindings) return;
  if (typescript.isNamespaceImport(bindings)) into.set(bindings.name.text, from);
  else for (const element of bindings.elements) into.set(element.name.text, from);
}

export function indexFile(sourceFile: ts.SourceFile): FileIndex {
  const imports = new Map<string, string>();
  const modules = new Set<string>();
  for (const statement of sourceFile.statements) {
    if (typescript.isImportDeclaration(statement)) {
      importBindings(statement, imports);
      if (typescript.isStringLiteral(statement.moduleSpecifier)) modules.add(statement.moduleSpecifier.text);
    }
  }
  const text = sourceFile.text;
  if (text.includes('require')) for (const match of text.matchAll(REQUIRE)) modules.add(match[1]!);
  const mongooseModels = new Map<string, string>();
  if (text.includes('model')) for (const match of text.matchAll(MONGOOSE_MODEL)) mongooseModels.set(match[2]!, match[1]!);
  const drizzleSchemas = new Map<string, string>();
  if (text.includes('Schema(')) for (const match of text.matchAll(DRIZZLE_SCHEMA)) drizzleSchemas.set(match[1]!, match[2]!);
  const repositories = new Map<string, string>();
  // Each `includes` reads the whole text when the word is absent, as it is from most files: the three model types share `Model`.
  if (text.includes('Repository<') || (text.includes('Model') && (text.includes('Model<') || text.includes('ModelStatic<') || text.includes('ModelCtor<')))) {
    // Only a named entity: `Repository<any>` or a generic `Repository<T>` says nothing.
    for (const match of text.matchAll(REPOSITORY_TYPE)) {
      const name = nameBefore(text, match.index);
      if (name && /^[A-Z][\w$]+$/.test(match[1]!)) repositories.set(name, match[1]!);
    }
  }
  return { imports, modules, mongooseModels, drizzleSchemas, repositories };
}

/** A package import (`react-native`, `@mui/x`), as opposed to the project's own module (`./models`, `@/db`, `~/lib`). */
export function isPackageImport(specifier: string): boolean {
  return !/^(\.|\/|@\/|~\/|#)/.test(specifier);
}
