/**
 * Personal data reaching a sink (a logger, an analytics client, an HTTP call to a third party) within one
 * file. Parse-only: one walk records the file's bindings (imports, clients made from them) and its calls;
 * afterwards only calls whose callee resolves to a catalogue sink have their arguments read.
 *
 * Suppression: `// privmap-ignore-next-line <reason>` on the line above the call, or `@personal none --
 * <reason>` in the JSDoc of the enclosing function or class. Purposes: `@purpose` on the enclosing function,
 * else its class, else the file.
 */
import type ts from 'typescript';
import { perTypeScript, typescript } from './typescript-api.js';
import type { Annotations } from '../../detect/types.js';
import type { FlowFinding } from '../../finding.js';
import { compileCatalogue, importCounts, matchSink, mayReachSink, type CompiledCatalogue, type PackageBinding } from '../../flows/call-patterns.js';
import { hostOfUrl, isLocalHost, sinkForHost } from '../../flows/hosts.js';
import { inExpression, type Carried, type DataContext } from '../../flows/personal-data.js';
import type { SinkDef } from '../../flows/types.js';
import { annotationsBefore, fileAnnotations, mayHoldAnnotations } from './jsdoc.js';
import type { CodeScanContext } from './types.js';
import { unwrap } from './unwrap.js';

// What the walk does with a node, by kind, in one array read instead of a chain of `case SyntaxKind.X`
// comparisons (each a property load) for every node; 0, the default, is to descend.
const SKIP = 1;
const IMPORT = 2;
const IMPORT_EQUALS = 3;
const CLASS = 4;
const PROPERTY = 5;
const VARIABLE_STATEMENT = 6;
const VARIABLE = 7;
const PROPERTY_ASSIGNMENT = 8;
const BINARY = 9;
const CALL = 10;
const FUNCTION = 11;
// Built per TypeScript module: kind numbers differ between versions (the plugin runs on the user's copy).
const steps = perTypeScript(() => {
  const STEP = new Uint8Array(typescript.SyntaxKind.Count);
  // Tokens (identifiers, literals, keywords) are leaves, and types hold no calls worth reading; skipping them
  // is most of what keeps the walk cheap.
  STEP.fill(SKIP, typescript.SyntaxKind.FirstToken, typescript.SyntaxKind.LastToken + 1);
  STEP.fill(SKIP, typescript.SyntaxKind.FirstTypeNode, typescript.SyntaxKind.LastTypeNode + 1);
  for (const kind of [typescript.SyntaxKind.InterfaceDeclaration, typescript.SyntaxKind.TypeAliasDeclaration, typescript.SyntaxKind.EnumDeclaration, typescript.SyntaxKind.Decorator, typescript.SyntaxKind.JSDoc]) STEP[kind] = SKIP;
  STEP[typescript.SyntaxKind.ImportDeclaration] = IMPORT;
  STEP[typescript.SyntaxKind.ImportEqualsDeclaration] = IMPORT_EQUALS;
  STEP[typescript.SyntaxKind.ClassDeclaration] = CLASS;
  STEP[typescript.SyntaxKind.ClassExpression] = CLASS;
  STEP[typescript.SyntaxKind.PropertyDeclaration] = PROPERTY;
  STEP[typescript.SyntaxKind.VariableStatement] = VARIABLE_STATEMENT;
  STEP[typescript.SyntaxKind.VariableDeclaration] = VARIABLE;
  STEP[typescript.SyntaxKind.PropertyAssignment] = PROPERTY_ASSIGNMENT;
  STEP[typescript.SyntaxKind.BinaryExpression] = BINARY;
  STEP[typescript.SyntaxKind.CallExpression] = CALL;
  for (const kind of [typescript.SyntaxKind.FunctionDeclaration, typescript.SyntaxKind.MethodDeclaration, typescript.SyntaxKind.Constructor, typescript.SyntaxKind.GetAccessor, typescript.SyntaxKind.SetAccessor, typescript.SyntaxKind.FunctionExpression, typescript.SyntaxKind.ArrowFunction]) STEP[kind] = FUNCTION;
  return STEP;
});

interface Scope {
  container: string;
  /** The walk's callback for this scope's children, made once per scope rather than once per node. */
  visitChild?: (child: ts.Node) => void;
  className?: string;
  purposes: string[];
  suppressed?: { reason: string };
  /** `const`/`let` initializers declared directly in this function, by name. */
  locals: Map<string, ts.Expression>;
  parent?: Scope;
}

interface PendingCall {
  call: ts.CallExpression;
  scope: Scope;
}

/** What a name may be bound to: an initializer or a type annotation, resolved lazily (order-independent). */
type Candidate = { initializer: ts.Expression } | { type: ts.TypeNode };

export const IGNORE_COMMENT = 'privmap-ignore-next-line';
const IGNORE = new RegExp(`//\\s*${IGNORE_COMMENT}\\b[ \\t]*(.*)`);
const HOST_KEYS = new Set(['baseURL', 'baseUrl', 'prefixUrl', 'prefixURL', 'host', 'hostname', 'api_host', 'apiHost', 'url', 'origin']);


function isRequire(node: ts.Expression): string | undefined {
  const n = unwrap(node);
  if (typescript.isCallExpression(n) && typescript.isIdentifier(n.expression) && n.expression.text === 'require' && n.arguments[0] && typescript.isStringLiteralLike(n.arguments[0])) return n.arguments[0].text;
  return undefined;
}

/**
 * A literal host: an absolute URL (`https://api.example.com/x`, a template's literal start, `new URL(...)`),
 * or, where the key says it is a host (`{ host: 'api-eu.mixpanel.com' }`), a bare host name.
 */
function hostOfLiteral(node: ts.Expression | undefined, isHostKey: boolean): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (typescript.isStringLiteralLike(n)) return hostOfUrl(n.text) ?? (isHostKey && /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(n.text) ? n.text.toLowerCase() : undefined);
  if (typescript.isTemplateExpression(n)) return hostOfUrl(n.head.text);
  if (typescript.isNewExpression(n) && typescript.isIdentifier(n.expression) && n.expression.text === 'URL') return hostOfLiteral(n.arguments?.[0], false);
  return undefined;
}

/** The host a call's arguments name: a URL first argument, or `{ url | baseURL | hostname: ... }`. */
function hostOfArguments(args: readonly ts.Expression[] | undefined): string | undefined {
  if (!args) return undefined;
  const first = args[0] && unwrap(args[0]);
  if (first && !typescript.isObjectLiteralExpression(first)) {
    const host = hostOfLiteral(first, false);
    if (host) return host;
  }
  for (const arg of args) {
    const a = unwrap(arg);
    if (!typescript.isObjectLiteralExpression(a)) continue;
    for (const property of a.properties) {
      if (typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) && HOST_KEYS.has(property.name.text)) {
        const host = hostOfLiteral(property.initializer, property.name.text !== 'url');
        if (host) return host;
      }
    }
  }
  return undefined;
}

function functionName(node: ts.Node, sourceFile: ts.SourceFile): string | undefined {
  const name = (node as { name?: ts.Node }).name;
  if (!name) return undefined;
  if (typescript.isIdentifier(name) || typescript.isStringLiteral(name) || typescript.isPrivateIdentifier(name)) return name.text;
  return name.getText(sourceFile);
}

class FlowExtractor {
  private readonly step = steps();
  private readonly imports = new Map<string, PackageBinding>();
  private readonly candidates = new Map<string, Candidate[]>();
  private readonly resolved = new Map<string, PackageBinding | null>();
  private readonly pending: PendingCall[] = [];
  private lineStarts?: readonly number[];
  private readonly hasAnnotations: boolean;

  constructor(
    private readonly sourceFile: ts.SourceFile,
    private readonly context: CodeScanContext,
    private readonly compiled: CompiledCatalogue,
  ) {
    this.hasAnnotations = mayHoldAnnotations(sourceFile.text);
  }

  private annotations(node: ts.Node): Annotations | undefined {
    return this.hasAnnotations ? annotationsBefore(node, this.sourceFile) : undefined;
  }

  extract(): FlowFinding[] {
    const file = this.hasAnnotations ? fileAnnotations(this.sourceFile) : undefined;
    const module: Scope = { container: '<module>', purposes: file?.purposes ?? [], locals: new Map() };
    for (const statement of this.sourceFile.statements) this.visit(statement, module);
    const flows: FlowFinding[] = [];
    for (const pending of this.pending) {
      const flow = this.flowOf(pending);
      if (flow) flows.push(flow);
    }
    return flows;
  }

  // ---- walk ----------------------------------------------------------------------------------------------

  private addCandidate(name: string, candidate: Candidate): void {
    const list = this.candidates.get(name);
    if (list) list.push(candidate);
    else this.candidates.set(name, [candidate]);
  }

  private addImport(name: string, pkg: string, exportName: string | undefined): void {
    if (!this.compiled.packages.has(pkg) || !importCounts(this.compiled, pkg, exportName)) return;
    this.imports.set(name, exportName ? { package: pkg, kind: 'import', exportName } : { package: pkg, kind: 'import' });
  }

  private visitImport(node: ts.ImportDeclaration): void {
    const clause = node.importClause;
    if (!clause || !typescript.isStringLiteral(node.moduleSpecifier)) return;
    const pkg = node.moduleSpecifier.text;
    if (!this.compiled.packages.has(pkg)) return;
    if (clause.name) this.addImport(clause.name.text, pkg, undefined);
    const bindings = clause.namedBindings;
    if (bindings && typescript.isNamespaceImport(bindings)) this.addImport(bindings.name.text, pkg, undefined);
    if (bindings && typescript.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const exported = (element.propertyName ?? element.name).text;
        this.addImport(element.name.text, pkg, exported === 'default' ? undefined : exported);
      }
    }
  }

  private visitVariable(node: ts.VariableDeclaration, scope: Scope): void {
    const init = node.initializer;
    if (typescript.isIdentifier(node.name)) {
      if (init) {
        const required = isRequire(init);
        if (required) this.addImport(node.name.text, required, undefined);
        else {
          // `require('pino')()`, `require('dd-trace').init()`: a client made from the package.
          this.addCandidate(node.name.text, { initializer: init });
          scope.locals.set(node.name.text, init);
        }
      } else if (node.type) this.addCandidate(node.name.text, { type: node.type });
    } else if (typescript.isObjectBindingPattern(node.name) && init) {
      const required = isRequire(init);
      if (!required) return;
      for (const element of node.name.elements) {
        if (!typescript.isIdentifier(element.name)) continue;
        const exported = element.propertyName && typescript.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
        this.addImport(element.name.text, required, exported === 'default' ? undefined : exported);
      }
    }
  }

  private functionScope(scope: Scope, name: string | undefined, annotated: ts.Node): Scope {
    const own = this.annotations(annotated);
    // A named function is its own container (`CustomerService.register`); a callback belongs to its enclosing one.
    const isMember = scope.className !== undefined && scope.container === scope.className;
    const container = name ? (isMember ? `${scope.className}.${name}` : name) : scope.container;
    return this.childScope(scope, container, own);
  }

  private childScope(scope: Scope, container: string, own: Annotations | undefined, className?: string): Scope {
    const child: Scope = { container, purposes: own?.purposes.length ? own.purposes : scope.purposes, locals: new Map(), parent: scope };
    const cls = className ?? scope.className;
    if (cls) child.className = cls;
    const suppressed = own?.suppressed ?? scope.suppressed;
    if (suppressed) child.suppressed = suppressed;
    return child;
  }

  private visitParameters(node: ts.SignatureDeclaration): void {
    for (const parameter of node.parameters) {
      if (!typescript.isIdentifier(parameter.name) || !parameter.type) continue;
      this.addCandidate(parameter.name.text, { type: parameter.type });
      // `constructor(private readonly stripe: Stripe)` is also `this.stripe`.
      if (typescript.isConstructorDeclaration(node) && typescript.getModifiers(parameter)?.length) this.addCandidate(`this.${parameter.name.text}`, { type: parameter.type });
    }
  }

  private visit(node: ts.Node, scope: Scope, annotated?: ts.Node, name?: string): void {
    switch (this.step[node.kind]) {
      case SKIP:
        return;
      case IMPORT:
        this.visitImport(node as ts.ImportDeclaration);
        return;
      case IMPORT_EQUALS: {
        const decl = node as ts.ImportEqualsDeclaration;
        const ref = decl.moduleReference;
        if (typescript.isExternalModuleReference(ref) && typescript.isStringLiteral(ref.expression)) this.addImport(decl.name.text, ref.expression.text, undefined);
        return;
      }
      case CLASS: {
        const cls = node as ts.ClassLikeDeclaration;
        const className = cls.name?.text ?? name ?? '<class>';
        const classScope = this.childScope(scope, className, this.annotations(annotated ?? node), className);
        typescript.forEachChild(node, this.childVisitor(classScope));
        return;
      }
      case PROPERTY: {
        const property = node as ts.PropertyDeclaration;
        if (typescript.isIdentifier(property.name) || typescript.isPrivateIdentifier(property.name)) {
          const key = `this.${property.name.text}`;
          if (property.initializer) this.addCandidate(key, { initializer: property.initializer });
          else if (property.type) this.addCandidate(key, { type: property.type });
          if (property.initializer && (typescript.isArrowFunction(property.initializer) || typescript.isFunctionExpression(property.initializer))) {
            this.visit(property.initializer, scope, node, property.name.text);
            return;
          }
        }
        break;
      }
      case VARIABLE_STATEMENT: {
        for (const decl of (node as ts.VariableStatement).declarationList.declarations) this.visit(decl, scope, node);
        return;
      }
      case VARIABLE: {
        const decl = node as ts.VariableDeclaration;
        this.visitVariable(decl, scope);
        const init = decl.initializer && unwrap(decl.initializer);
        if (init && (typescript.isArrowFunction(init) || typescript.isFunctionExpression(init) || typescript.isClassExpression(init)) && typescript.isIdentifier(decl.name)) {
          this.visit(init, scope, annotated ?? node, decl.name.text);
          return;
        }
        break;
      }
      case PROPERTY_ASSIGNMENT: {
        const property = node as ts.PropertyAssignment;
        const init = unwrap(property.initializer);
        if ((typescript.isArrowFunction(init) || typescript.isFunctionExpression(init)) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name))) {
          this.visit(init, scope, node, property.name.text);
          return;
        }
        break;
      }
      case BINARY: {
        const binary = node as ts.BinaryExpression;
        if (binary.operatorToken.kind === typescript.SyntaxKind.EqualsToken) {
          const left = binary.left;
          if (typescript.isIdentifier(left)) this.addCandidate(left.text, { initializer: binary.right });
          else if (typescript.isPropertyAccessExpression(left) && left.expression.kind === typescript.SyntaxKind.ThisKeyword) this.addCandidate(`this.${left.name.text}`, { initializer: binary.right });
        }
        break;
      }
      case CALL: {
        const call = node as ts.CallExpression;
        // Only a call whose last name some pattern ends with can be a sink (`.map()`, `.push()` cannot).
        const callee = call.expression;
        if (call.arguments.length > 0 && (!typescript.isPropertyAccessExpression(callee) || this.compiled.lastNames.has(callee.name.text))) this.pending.push({ call, scope });
        break;
      }
      case FUNCTION: {
        const fn = node as ts.SignatureDeclaration;
        this.visitParameters(fn);
        const fnName = name ?? functionName(fn, this.sourceFile) ?? (typescript.isConstructorDeclaration(fn) ? 'constructor' : undefined);
        const fnScope = this.functionScope(scope, fnName, annotated ?? node);
        typescript.forEachChild(node, this.childVisitor(fnScope));
        return;
      }
    }
    typescript.forEachChild(node, this.childVisitor(scope));
  }

  private childVisitor(scope: Scope): (child: ts.Node) => void {
    return (scope.visitChild ??= (child) => this.visit(child, scope));
  }

  // ---- resolution ----------------------------------------------------------------------------------------

  /** What a name (`logger`, `this.client`) is bound to, if it comes from a catalogue package. */
  private binding(name: string, seen = new Set<string>()): PackageBinding | undefined {
    const imported = this.imports.get(name);
    if (imported) return imported;
    const cached = this.resolved.get(name);
    if (cached !== undefined) return cached ?? undefined;
    if (seen.has(name)) return undefined;
    seen.add(name);
    let found: PackageBinding | undefined;
    for (const candidate of this.candidates.get(name) ?? []) {
      found = 'initializer' in candidate ? this.fromExpression(candidate.initializer, seen) : this.fromType(candidate.type, seen);
      if (found) break;
    }
    this.resolved.set(name, found ?? null);
    return found;
  }

  /** `pino()`, `new Stripe(key)`, `Mixpanel.init(token)`, `logger.child()`, or an alias of an import. */
  private fromExpression(expression: ts.Expression, seen: Set<string>): PackageBinding | undefined {
    let node = unwrap(expression);
    const args: ts.Expression[] = [];
    let firstProperty: string | undefined;
    let isMade = false;
    for (;;) {
      if (typescript.isCallExpression(node) || typescript.isNewExpression(node)) {
        isMade = true;
        args.unshift(...(node.arguments ?? []));
        node = unwrap(node.expression);
      } else if (typescript.isPropertyAccessExpression(node)) {
        firstProperty = node.name.text;
        node = unwrap(node.expression);
      } else break;
    }
    let root: PackageBinding | undefined;
    const required = isRequire(node);
    if (required && this.compiled.packages.has(required)) root = { package: required, kind: 'import' };
    else if (typescript.isIdentifier(node)) root = this.binding(node.text, seen);
    if (!root) return undefined;
    if (!isMade && !firstProperty) return root;
    const exportName = root.exportName ?? (root.kind === 'import' ? firstProperty : undefined);
    if (!importCounts(this.compiled, root.package, exportName) && root.kind === 'import') return undefined;
    const made: PackageBinding = { package: root.package, kind: isMade ? 'instance' : root.kind };
    if (exportName) made.exportName = exportName;
    const host = hostOfArguments(args) ?? root.host;
    if (host) made.host = host;
    return made;
  }

  /** `client: Stripe`, `logger: pino.Logger`, `logger: Logger` (NestJS). */
  private fromType(type: ts.TypeNode, seen: Set<string>): PackageBinding | undefined {
    if (!typescript.isTypeReferenceNode(type)) return undefined;
    let name: ts.EntityName = type.typeName;
    let right: string | undefined;
    while (typescript.isQualifiedName(name)) {
      right = name.right.text;
      name = name.left;
    }
    const root = this.binding(name.text, seen);
    if (!root || root.kind !== 'import') return undefined;
    const exportName = root.exportName ?? right;
    if (!importCounts(this.compiled, root.package, exportName)) return undefined;
    return exportName ? { package: root.package, kind: 'instance', exportName } : { package: root.package, kind: 'instance' };
  }

  /** The callee as a root and a path (`this.logger.info` -> `this`, [`logger`, `info`]), skipping calls in between. */
  private calleePath(callee: ts.Expression): { root: string; path: string[] } | undefined {
    const path: string[] = [];
    let node = unwrap(callee);
    for (;;) {
      if (typescript.isPropertyAccessExpression(node)) {
        path.unshift(node.name.text);
        node = unwrap(node.expression);
      } else if (typescript.isElementAccessExpression(node) && typescript.isStringLiteralLike(node.argumentExpression)) {
        path.unshift(node.argumentExpression.text);
        node = unwrap(node.expression);
      } else if (typescript.isCallExpression(node) && path.length > 0) {
        node = unwrap(node.expression);
      } else break;
    }
    if (typescript.isIdentifier(node)) return { root: node.text, path };
    if (node.kind === typescript.SyntaxKind.ThisKeyword) return { root: 'this', path };
    return undefined;
  }

  private resolveSink(call: ts.CallExpression): { sink: SinkDef; callee: string; binding?: PackageBinding } | undefined {
    const callee = this.calleePath(call.expression);
    if (!callee) return undefined;
    let { root, path } = callee;
    let binding: PackageBinding | undefined;
    if (root === 'this' && path.length > 0) {
      binding = this.binding(`this.${path[0]}`);
      if (binding) {
        root = `this.${path[0]}`;
        path = path.slice(1);
      }
    } else if (root !== 'this') binding = this.binding(root);
    const sink = matchSink(this.compiled, root, path, binding);
    if (!sink) return undefined;
    return binding ? { sink, callee: [root, ...path].join('.'), binding } : { sink, callee: [root, ...path].join('.') };
  }

  private lineText(line: number): string {
    this.lineStarts ??= this.sourceFile.getLineStarts();
    const start = this.lineStarts[line];
    if (start === undefined) return '';
    const end = this.lineStarts[line + 1] ?? this.sourceFile.text.length;
    return this.sourceFile.text.slice(start, end);
  }

  private flowOf({ call, scope }: PendingCall): FlowFinding | undefined {
    if (call.arguments.length === 0) return undefined;
    const resolved = this.resolveSink(call);
    if (!resolved) return undefined;
    let sink = resolved.sink;
    let pkg = resolved.binding?.package;
    // Only an HTTP call's own arguments name where it goes; other sinks keep the host their client was made with.
    const host = sink.kind === 'http' ? (hostOfArguments(call.arguments) ?? resolved.binding?.host) : resolved.binding?.host;
    if (sink.kind === 'http') {
      // A generic HTTP call is a flow only to a known host; a relative URL is the app's own backend.
      if (!host || isLocalHost(host)) return undefined;
      const known = sinkForHost(this.context.sinks, host);
      if (known) {
        // `axios.post('https://api.mixpanel.com/...')` reaches Mixpanel, not "axios".
        sink = known;
        pkg = undefined;
      }
    }
    const carried: Carried = { categories: new Set(), expressions: new Set() };
    const dataContext: DataContext = {
      sourceFile: this.sourceFile,
      detector: this.context.detector,
      resolveLocal: (name) => {
        for (let s: Scope | undefined = scope; s; s = s.parent) {
          const found = s.locals.get(name);
          if (found) return found;
        }
        return undefined;
      },
    };
    if (this.context.checker) dataContext.checker = this.context.checker;
    if (scope.className) dataContext.className = scope.className;
    for (const arg of call.arguments) inExpression(arg, dataContext, carried);
    if (carried.categories.size === 0) return undefined;

    const start = call.getStart(this.sourceFile);
    const { line, character } = this.sourceFile.getLineAndCharacterOfPosition(start);
    const flow: FlowFinding = {
      kind: 'flow',
      source: 'code',
      categories: [...carried.categories].sort(),
      container: scope.container,
      sink: resolved.callee,
      sinkId: sink.id,
      sinkKind: sink.kind,
      expressions: [...carried.expressions].sort(),
      location: { source: 'code', file: this.context.file, line: line + 1, col: character + 1 },
      purposes: scope.purposes,
    };
    if (pkg) flow.package = pkg;
    if (host) flow.host = host;
    const ignore = line > 0 ? IGNORE.exec(this.lineText(line - 1)) : null;
    if (ignore) flow.suppressed = { reason: ignore[1]!.trim() };
    else if (scope.suppressed) flow.suppressed = scope.suppressed;
    return flow;
  }
}

/** Personal data reaching a sink within one file; called once per file by `scanSourceFile`. */
export function extractFlows(sourceFile: ts.SourceFile, context: CodeScanContext): FlowFinding[] {
  const compiled = compileCatalogue(context.sinks);
  if (!mayReachSink(compiled, sourceFile.text)) return [];
  return new FlowExtractor(sourceFile, context, compiled).extract();
}
