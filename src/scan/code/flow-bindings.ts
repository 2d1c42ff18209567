/**
 * What the names of one file are bound to, for the flow walk: imports of catalogue packages, and values made
 * from them (`pino()`, `new Stripe(key)`, `logger.child()`, a parameter typed `Stripe`). Candidates are
 * recorded during the walk and resolved lazily, so declaration order does not matter.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { importCounts, type CompiledCatalogue, type PackageBinding } from '../../flows/call-patterns.js';
import { injectedInstance } from './injected-instance.js';
import { factoryResult, hostOfArguments } from './flow-literals.js';
import { isLocalHost } from '../../flows/hosts.js';
import { loadedModule } from './loaded-module.js';
import { proxiedType, wrappedBinding } from './logger-wrappers.js';
import { clientBase } from './http-base.js';
import { isOrElse, unwrap } from './unwrap.js';

/** What a name may be bound to: an initializer or a type annotation, resolved lazily (order-independent). */
type Candidate = { initializer: ts.Expression } | { type: ts.TypeNode };

const NO_INITIALIZERS: readonly ts.Expression[] = [];

/** Whether a client was made for a known server: a host, or a base URL read from a setting. */
function namesServer(binding: PackageBinding): boolean {
  return (binding.host !== undefined && !isLocalHost(binding.host)) || (binding.base !== undefined && 'setting' in binding.base);
}

export class Bindings {
  private readonly imports = new Map<string, PackageBinding>();
  private readonly candidates = new Map<string, Candidate[]>();
  /** The initializers alone, kept as they come: bundled code gives one name (`e`) thousands of values, and
   * filtering the candidates at every look-up made a 16,000-line bundle cost minutes. */
  private readonly initializers = new Map<string, ts.Expression[]>();
  private readonly resolved = new Map<string, PackageBinding | null>();

  constructor(private readonly compiled: CompiledCatalogue) {}

  addCandidate(name: string, candidate: Candidate): void {
    const list = this.candidates.get(name);
    if (list) list.push(candidate);
    else this.candidates.set(name, [candidate]);
    if (!('initializer' in candidate)) return;
    const values = this.initializers.get(name);
    if (values) values.push(candidate.initializer);
    else this.initializers.set(name, [candidate.initializer]);
  }

  addImport(name: string, pkg: string, exportName: string | undefined): void {
    // A whole module (`import AWS from 'aws-sdk'`, `import * as aws from 'aws-sdk'`) counts for every sink it
    // holds: its member chooses one later (`new AWS.SES()`, see `fromExpression`).
    if (!this.compiled.packages.has(pkg) || (exportName !== undefined && !importCounts(this.compiled, pkg, exportName))) return;
    this.imports.set(name, exportName ? { package: pkg, kind: 'import', exportName } : { package: pkg, kind: 'import' });
  }

  /** What a name (`logger`, `this.client`) is bound to, if it comes from a catalogue package. */
  binding(name: string, seen?: Set<string>): PackageBinding | undefined {
    const imported = this.imports.get(name);
    if (imported) return imported;
    const cached = this.resolved.get(name);
    if (cached !== undefined) return cached ?? undefined;
    // Made only for a name resolved afresh: most lookups are answered above.
    seen ??= new Set<string>();
    if (seen.has(name)) return undefined;
    seen.add(name);
    let found: PackageBinding | undefined;
    for (const candidate of this.candidates.get(name) ?? []) {
      const bound = 'initializer' in candidate ? this.fromExpression(candidate.initializer, seen) : this.fromType(candidate.type, seen);
      // `private readonly client: AxiosInstance` then `this.client = axios.create({ baseURL })` in the constructor:
      // the value made names whose server the client goes to (a host, or a setting named for it), which its declared
      // type does not. A relative or local base says only "the app's own server" and is not preferred to the type.
      if (bound && (!found || (!namesServer(found) && namesServer(bound) && bound.package === found.package))) found = bound;
      // Only an HTTP client's calls read where it was made for (a vendor's SDK client is that vendor's wherever it
      // points), and reading further candidates resolves and caches the names they use (kan's Stripe client factory
      // lost its binding when every candidate was read): the first binding ends the search otherwise.
      if (found && (namesServer(found) || !this.isHttpClient(found.package))) break;
    }
    this.resolved.set(name, found ?? null);
    return found;
  }

  private isHttpClient(pkg: string): boolean {
    return (this.compiled.byPackage.get(pkg) ?? []).some((entry) => entry.sink.kind === 'http');
  }

  /** The initializer a name was given, when it has exactly one (`const x = useAnalytics()`). */
  initializerOf(name: string): ts.Expression | undefined {
    const list = this.candidates.get(name);
    return list?.length === 1 && 'initializer' in list[0]! ? list[0].initializer : undefined;
  }

  /** Every value a name was given (`let client: Stripe | undefined` then `client = createClient()`). */
  initializersOf(name: string): readonly ts.Expression[] {
    return this.initializers.get(name) ?? NO_INITIALIZERS;
  }

  /** `pino()`, `new Stripe(key)`, `Mixpanel.init(token)`, `logger.child()`, or an alias of an import. */
  fromExpression(expression: ts.Expression, seen: Set<string>): PackageBinding | undefined {
    let node = unwrap(expression);
    // `process.env.RESEND_API_KEY ? new Resend(key) : null`, `cached ?? new PostHog(key)`: either side.
    if (typescript.isConditionalExpression(node)) return this.fromExpression(node.whenTrue, seen) ?? this.fromExpression(node.whenFalse, seen);
    if (isOrElse(node)) return this.fromExpression(node.right, seen) ?? this.fromExpression(node.left, seen);
    // `const transporter = this.transporter`: a local alias of a class field bound to a client.
    if (typescript.isPropertyAccessExpression(node) && node.expression.kind === typescript.SyntaxKind.ThisKeyword) return this.binding(`this.${node.name.text}`, seen);
    // `return PostHogSingleton.instance`: a singleton kept in a static field given a client.
    const staticField = typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression) ? this.binding(`${node.expression.text}.${node.name.text}`, seen) : undefined;
    if (staticField) return staticField;
    // `singleton('posthog', () => new PostHog(key))`: what the memoised callback makes, unless the wrapper is the vendor's.
    if (typescript.isCallExpression(node) && typescript.isIdentifier(unwrap(node.expression)) && !this.binding((unwrap(node.expression) as ts.Identifier).text, seen)) {
      const made = factoryResult(node);
      if (made) return this.fromExpression(made, seen);
    }
    // `new Proxy({} as Stripe, { get })`: a lazy client of the type its target is asserted to be (logger-wrappers.ts).
    const proxied = proxiedType(node);
    const typed = proxied && this.fromType(proxied, seen);
    if (typed) return typed;
    // `new Proxy(rootLogger, { get })`, `traceCaller(pino())`: the logger a wrapper hands back (logger-wrappers.ts).
    const wrapped = wrappedBinding(this.compiled, node, (e) => this.fromExpression(e, seen), (name) => this.binding(name, seen) !== undefined);
    if (wrapped) return wrapped;
    // `Container.get(LinearClient)`, `inject(Resend)`: the instance a dependency-injection container hands out (injected-instance.ts).
    const injected = injectedInstance(node, (e) => this.fromExpression(e, seen), (t) => this.fromType(t, seen));
    if (injected) return injected;
    const args: ts.Expression[] = [];
    let firstProperty: string | undefined;
    let properties = 0;
    let isMade = false;
    let isConstructed = false;
    let pickedByKey = false;
    for (;;) {
      // `require('stripe')(key)`, `(await import('stripe')).default`: the package itself, not a call of it (loaded-module.ts).
      if (loadedModule(node) !== undefined) break;
      if (typescript.isCallExpression(node) || typescript.isNewExpression(node)) {
        isMade = true;
        if (typescript.isNewExpression(node)) isConstructed = true;
        args.unshift(...(node.arguments ?? []));
        node = unwrap(node.expression);
      } else if (typescript.isPropertyAccessExpression(node)) {
        firstProperty = node.name.text;
        properties++;
        node = unwrap(node.expression);
      } else if (typescript.isElementAccessExpression(node) && !isMade && firstProperty === undefined && !typescript.isStringLiteralLike(node.argumentExpression)) {
        // `return Brevo[api]` of `import Brevo from 'sib-api-v3-sdk'`: one of the package's classes, by a key given in
        // (only the value itself: an element of a call's result or of a member is some data of it).
        pickedByKey = true;
        node = unwrap(node.expression);
      } else break;
    }
    let root: PackageBinding | undefined;
    const required = loadedModule(node);
    // `this.createTransporter()`: what the class's own method returns (flows.ts `returnedValue`).
    if (node.kind === typescript.SyntaxKind.ThisKeyword && isMade && firstProperty !== undefined) return this.binding(`this.${firstProperty}()`, seen);
    if (required && this.compiled.packages.has(required)) root = { package: required, kind: 'import' };
    else if (typescript.isIdentifier(node)) {
      root = this.binding(node.text, seen);
      // `const mailer = getTransport()` where `getTransport` returns `createTransport(...)`: what it returns, and
      // `PostHogSingleton.getInstance()`: what the class's static method returns.
      if (!root && isMade) {
        const returned = this.binding(firstProperty === undefined ? `${node.text}()` : `${node.text}.${firstProperty}()`, seen);
        // `new (brevo('ContactsApi'))()` where `brevo(api)` returns `Brevo[api]`: an instance of the class handed out.
        if (returned) return returned.kind === 'import' && isConstructed ? { ...returned, kind: 'instance' } : returned;
      }
    }
    if (!root) return undefined;
    // A class of the package picked by a key given in (`return Brevo[api]`) is made into a client where it is used
    // (`new (brevo('ContactsApi'))()`, the call's path keeping no `new`): its methods are an instance's.
    if (!isMade && !firstProperty) return pickedByKey && root.kind === 'import' ? { ...root, kind: 'instance' } : root;
    const exportName = root.exportName ?? (root.kind === 'import' ? firstProperty : undefined);
    if (!importCounts(this.compiled, root.package, exportName) && root.kind === 'import') return undefined;
    const made: PackageBinding = { package: root.package, kind: isMade ? 'instance' : root.kind };
    if (exportName) made.exportName = exportName;
    // `const sms = africastalking.SMS` (the vendor's documented usage): one member of an instance, a sub-client whose
    // calls match the catalogue's `<instance>.SMS.send`.
    if (!isMade && root.kind === 'instance' && properties === 1) made.member = firstProperty;
    // `axios.create({ baseURL: API_BASE })`: a base held in a constant names the host too.
    const host = hostOfArguments(args, (name) => this.initializerOf(name)) ?? root.host;
    if (host) made.host = host;
    else if (root.base ?? args[0]) {
      const base = root.base ?? clientBase(args, (name) => this.initializerOf(name));
      if (base) made.base = base;
    }
    return made;
  }

  /** `client: Stripe`, `logger: pino.Logger`, `logger: Logger` (NestJS). */
  private fromType(type: ts.TypeNode, seen: Set<string>): PackageBinding | undefined {
    // `transporter: Transporter | undefined`, `client?: PostHog | null`.
    if (typescript.isUnionTypeNode(type)) {
      for (const member of type.types) {
        const found = this.fromType(member, seen);
        if (found) return found;
      }
      return undefined;
    }
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
}

/**
 * The callee as a root and a path (`this.logger.info` -> `this`, [`logger`, `info`]), skipping calls in
 * between (unless `throughCalls` is false: then a call in the chain gives none); with `markCalls`, a call of the root
 * itself is kept as `()` (`useAnalytics().track`).
 */
export function calleePath(callee: ts.Expression, markCalls = false, throughCalls = true): { root: string; path: string[] } | undefined {
  const path: string[] = [];
  let node = unwrap(callee);
  for (;;) {
    if (typescript.isPropertyAccessExpression(node)) {
      path.unshift(node.name.text);
      node = unwrap(node.expression);
    } else if (typescript.isElementAccessExpression(node) && typescript.isStringLiteralLike(node.argumentExpression)) {
      path.unshift(node.argumentExpression.text);
      node = unwrap(node.expression);
    } else if (throughCalls && typescript.isCallExpression(node) && path.length > 0) {
      node = unwrap(node.expression);
      if (markCalls && typescript.isIdentifier(node)) path.unshift('()');
    } else break;
  }
  if (typescript.isIdentifier(node)) return { root: node.text, path };
  if (node.kind === typescript.SyntaxKind.ThisKeyword) return { root: 'this', path };
  return undefined;
}
