/**
 * The cross-module flow stage, run after every file's facts are in (fresh or cached): a module whose exports
 * reach a sink is itself a sink. Each function gets a summary (which parameter reaches which sink, as which
 * role), computed to a fixed point so wrappers of wrappers count; then every call of an exported client or
 * summarised function is judged by what its caller passes (`sendEmail({ to: user.email })`). Facts only: no
 * syntax tree, so a change in a wrapper re-judges its callers without parsing them again.
 */
import { BODY_KEYS } from './serialised-body.js';
import { isTestCode } from './test-code.js';
import { type FunctionRef, indexEntries, type ProjectIndexes, storedCalled, storedGlobals, storedHandlers, storedImplementers, storedMethods, type TypedValue } from './project-indexes.js';
import { methodTable, receiverNamedMethods, type MethodTable } from './receiver-named-class.js';
import type { Category } from '../detect/types.js';
import type { FlowFinding } from '../finding.js';
import { compileCatalogue, matchSink } from './call-patterns.js';
import { PAYLOAD_KEYS, SPREAD_KEY, type ArgFact, type CallFact, type ClassFact, type ClientFact, type FunctionFact, type ImportFact, type JobFact, type MadeByFact, type ModuleFacts, type ObjectFact, type ParamRef, type Role, type TypeFact, type ValueFact } from './module-facts.js';
import type { ModuleResolver } from './resolve-modules.js';
import { rolesFor } from './roles.js';
import { carriesParams, inferredFlow, inferredSink, judgedEntries, OPAQUE, recipientByName, withNamedRecipient } from './named-recipient.js';
import { resolveChoice } from './chosen-implementation.js';
import { declaredInstanceMethod } from './declared-instance.js';
import { asModelView } from './model-views.js';
import { isAddresseeName, recordMember } from './record-member.js';
import { RecordsBesideAddress } from './record-beside-address.js';
import { keptContract } from './job-key-contract.js';
import { ROUTE_JOB } from '../scan/code/own-api-route.js';
import { TABLE_JOB } from '../scan/code/outbox-table.js';
import { lentClientName, lentParam } from '../scan/code/callback-client.js';
import { isMemberRole } from './payload-member-role.js';
import { isMessageText } from './record-in-message.js';
import { builtArgument, namedParam } from './built-messages.js';
import { ORGANISATION_DATA } from '../scan/code/organisation-call.js';
import { isContainersOwnName } from '../scan/code/name-beside-address-param.js';
import { followFactoryChain, instanceOf, madeByFunction, type ChainHost } from './factory-chains.js';
import { globalCalls, globalTable, type GlobalTable } from './global-members.js';
import { lastPart } from './demand-candidates.js';
import { singletonMethodOf, staticMethodOf } from './static-members.js';
import { isMailboxAddress } from './mailbox-address.js';
import { recipientKeyRole } from './inferred-mail-roles.js';
import { isIdValue } from './id-name.js';
import { memberAt } from './nested-member.js';
import type { LinkDemand } from './link-demand.js';
import type { SinkCatalogue, SinkDef } from './types.js';
import { roleForHanded } from './composite-role.js';
import { builtBy, senderAddressees } from './sender-factory.js';
import { isOwnServerClient } from './linked-http-client.js';
import { packageOfSpecifier } from './package-specifier.js';

/** The root of a call on a global in the facts (src/scan/code/global-members.ts). */
const GLOBAL_ROOT = 'globalThis';

/** One way a function's parameter reaches a sink. */
export interface SummaryEntry {
  param: number;
  /** The property of the parameter that reaches it (`to` of `{ to }`); absent: the whole parameter. */
  key?: string;
  sinkId: string;
  package?: string;
  /** What the sink takes that value as (`email` for a mail's `to`). */
  role?: Role;
  /** Roles of the keys of an object passed whole (`send(options)` -> `sendMail(options)`). */
  keyRoles?: Record<string, Role>;
  /** From this function's callee to the vendor: `mailer.sendMail`, `nodemailer`. */
  chain: string[];
  /** The call is the sink call itself (a client from another module): a parameter handed on is reported too. */
  isAtSink?: true;
  /** What the names of the parameters on the way say the value is (`firstName` -> name): added to a caller's value. */
  named?: Category[];
  /**
   * The whole argument of `new C(…)` rendered into the message: judged by its keys' own names at that call only,
   * never handed on to the caller's parameters (which key of theirs went where is not known).
   */
  isBody?: true;
  /**
   * Somewhere on the chain the value was computed from the parameter (`const email = profile.email; send(email)`),
   * not handed on as it came (`send(user.email)`): the function reads the person's data itself, so a caller handing
   * it a person's whole record is not where that data is read (record-member.ts).
   */
  isComputed?: true;
  /** The value makes the message's text or fills its template (`html`, a template's `context`): a person's record written there by a caller is in the text (record-in-message.ts). */
  isText?: true;
}

/** A module of the project that reaches a sink: an exported client or a function with a summary. */
export interface Wrapper {
  /** POSIX path relative to the scan root. */
  module: string;
  /** The exported name (`sendEmail`, `mailer`, `default`). */
  export: string;
  sinkIds: string[];
  /** The chain to the vendor, for evidence (`sendEmail → mailer.sendMail → nodemailer`). */
  via: string[];
}

type Target = { kind: 'function'; file: string; fn: string } | { kind: 'functions'; list: { file: string; fn: string }[]; isDispatched?: true } | { kind: 'client'; file: string; client: ClientFact } | { kind: 'class'; file: string; name: string; held?: true } | { kind: 'object'; file: string; members: Record<string, string> } | { kind: 'choice'; file: string; options: string[] };

const MAX_ROUNDS = 8;
/** The most classes or factories a value of a type is followed to (more: a base type of everything, which says nothing). */
const MAX_IMPLEMENTERS = 8;
const entryKey = (e: SummaryEntry) => `${e.param}\0${e.key ?? ''}\0${e.sinkId}\0${e.role ?? ''}${e.isText ? '\0text' : ''}`;

interface ModuleIndex {
  imports: Map<string, ImportFact>;
  clients: Map<string, ClientFact>;
  functions: Map<string, FunctionFact>;
  classes: Set<string>;
  /** Classes that keep constructor arguments in fields or extend another (`ClassFact`). */
  classFacts: Map<string, ClassFact>;
  objects: Map<string, ObjectFact>;
  /** Types that say where their values come from or what their members are (`TypeFact`). */
  types: Map<string, TypeFact>;
}

/** Where a type's name was declared (or where following it stops), with what is known of it there. */
interface TypeRef {
  file: string;
  name: string;
  fact?: TypeFact;
}

export class ProjectLinks {
  private readonly indexes = new Map<string, ModuleIndex>();
  private readonly summaries: Map<string, SummaryEntry[]>;
  private readonly targets = new Map<string, Map<string, Target | null>>();
  private readonly compiled;

  /**
   * `summaries`: the summaries a previous link of the same files made (`summaryTable()`), for the link cache
   * (link-cache.ts) to judge a changed file's calls without summarising the project again. Used as it is, only
   * looked up (never iterated nor changed): the link cache's are read from disk one lookup at a time.
   */
  constructor(
    private readonly modules: ReadonlyMap<string, ModuleFacts>,
    private readonly catalogue: SinkCatalogue,
    private readonly resolver: ModuleResolver,
    summaries?: ReadonlyMap<string, SummaryEntry[]>,
    /** Summarise only the functions a linted file's calls can reach (link-demand.ts). */
    private readonly demand?: LinkDemand,
  ) {
    this.compiled = compileCatalogue(catalogue);
    // Only `summarise` writes to the table, and it runs only on a table of its own.
    this.summaries = (summaries as Map<string, SummaryEntry[]> | undefined) ?? demand?.table() ?? new Map();
    // A previous link's table: its project-wide indexes too, where it kept them (project-indexes.ts).
    this.stored = summaries;
    if (!summaries) this.summarise();
  }

  /** The previous link's table, while the facts it was made from are the ones in use (see `forgetResolved`). */
  private stored: ReadonlyMap<string, SummaryEntry[]> | undefined;

  /** Every function's summary (`file\0function` -> entries), as plain data. */
  summaryTable(): ReadonlyMap<string, SummaryEntry[]> {
    return this.summaries;
  }

  /**
   * The summaries and the project-wide indexes, for a link of the changed files only to read back
   * (link-cache.ts): made by a whole link, which has every module's facts.
   */
  summaryTableWithIndexes(): ReadonlyMap<string, SummaryEntry[]> {
    // Into the table itself, not a copy: no function's key starts as theirs do, and lookups are all it serves.
    for (const [key, value] of indexEntries(this.projectIndexes())) this.summaries.set(key, value);
    return this.summaries;
  }

  /** The passes over every module (project-indexes.ts): kept by the link cache and by the ESLint plugin's state (link-demand.ts). */
  projectIndexes(): ProjectIndexes {
    return { called: this.calledSet(), handlers: this.handlerIndex(), implementers: this.implementerIndex(), globals: this.globalIndex(), methods: this.methodIndex() };
  }

  // ---- resolution of names across modules ----------------------------------------------------------------

  private index(file: string): ModuleIndex | undefined {
    let index = this.indexes.get(file);
    if (index) return index;
    const facts = this.modules.get(file);
    if (!facts) return undefined;
    index = { imports: new Map(), clients: new Map(), functions: new Map(), classes: new Set(), classFacts: new Map(), objects: new Map(), types: new Map() };
    for (const t of facts.types ?? []) index.types.set(t.name, t);
    for (const c of facts.classes ?? []) index.classes.add(c.name), index.classFacts.set(c.name, c);
    for (const o of facts.objects ?? []) index.objects.set(o.local, o);
    for (const i of facts.imports) index.imports.set(i.local, i);
    for (const c of facts.clients) if (!index.clients.has(c.local)) index.clients.set(c.local, c);
    for (const f of facts.functions) {
      index.functions.set(f.name, f);
      const dot = f.name.indexOf('.');
      if (dot > 0) index.classes.add(f.name.slice(0, dot));
    }
    this.indexes.set(file, index);
    return index;
  }

  /** What `name` exported by `file` is, following re-exports and imports. */
  private exported(file: string, name: string, depth = 0): Target | undefined {
    // By file, then name: a key joined from the two is a new string whose hash is computed at every lookup.
    let byName = this.targets.get(file);
    if (!byName) this.targets.set(file, (byName = new Map()));
    const cached = byName.get(name);
    if (cached !== undefined) return cached ?? undefined;
    byName.set(name, null);
    const found = depth > 12 ? undefined : this.findExport(file, name, depth);
    byName.set(name, found ?? null);
    return found;
  }

  private findExport(file: string, name: string, depth: number): Target | undefined {
    const facts = this.modules.get(file);
    if (!facts) return undefined;
    for (const e of facts.exports) {
      if (e.name !== name) continue;
      if (e.from) {
        const to = this.resolver.resolve(file, e.from);
        if (to) return this.exported(to, e.importName ?? name, depth + 1);
        // `export { default as posthog } from 'posthog-js'`: the vendor's own client, re-exported.
        const pkg = packageOfSpecifier(e.from);
        if (!this.compiled.packages.has(pkg)) return undefined;
        const importName = e.importName ?? name;
        const client: ClientFact = importName === 'default' || importName === '*' ? { local: name, package: pkg, kind: 'import' } : { local: name, package: pkg, kind: 'import', exportName: importName };
        return { kind: 'client', file, client };
      }
      if (e.local) return this.local(file, e.local, depth);
    }
    for (const e of facts.exports) {
      if (e.name !== '*' || !e.from) continue;
      const to = this.resolver.resolve(file, e.from);
      const found = to && this.exported(to, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  /** What a name of `file` is: its own function, client or class, or an import. */
  private local(file: string, name: string, depth = 0): Target | undefined {
    const index = this.index(file);
    if (!index || depth > 12) return undefined;
    const client = index.clients.get(name);
    if (client) return { kind: 'client', file, client };
    const fn = index.functions.get(name);
    if (fn?.returnsFrom && fn.returnsFrom !== name) {
      // `getStripe()` returning what `createStripeClient()` of a workspace package makes: a factory of that client.
      const made = this.local(file, fn.returnsFrom, depth + 1);
      // Calling a vendor's import (`new PostHog(key)`) makes an instance; a factory hands out its client as it is.
      if (made?.kind === 'client') return { kind: 'client', file, client: { ...made.client, local: name, factory: true, ...(made.client.factory ? {} : { kind: 'instance' as const }) } };
    }
    if (fn) return { kind: 'function', file, fn: name };
    if (index.classes.has(name)) return { kind: 'class', file, name };
    const object = index.objects.get(name);
    if (object?.members) return { kind: 'object', file, members: object.members };
    const maker = object?.madeBy !== undefined ? index.functions.get(object.madeBy) : undefined;
    if (maker?.returns) {
      // `trackingServices.identify` where `trackingServices = createTrackingServices()` returns `{ identify: (…) => … }`.
      const members = Object.fromEntries(Object.entries(maker.returns).map(([key, fn]) => [key, index.functions.has(`${maker.name}/${fn}`) ? `${maker.name}/${fn}` : fn]));
      return { kind: 'object', file, members };
    }
    // `export const whapiService = getWhapiService()` where the function hands out `new WhapiService()` (a singleton
    // kept in a module variable): its methods are that class's, as an instance made in place is (session 43).
    if (maker?.instances?.length === 1) {
      const made = this.local(file, maker.instances[0]!, depth + 1);
      if (made?.kind === 'class') return made;
    }
    if (object?.oneOf) return { kind: 'choice', file, options: object.oneOf };
    // `activeBots` filled with `new BookingBot(…)`: its `get(id)` is an instance of that class (instance-registry.ts).
    if (object?.holds !== undefined) {
      const held = this.local(file, object.holds, depth + 1);
      return held?.kind === 'class' ? { ...held, held: true } : undefined;
    }
    // `export const mailer = new Mailer(...)`: its methods are the class's, wherever the class is.
    if (object?.instanceOf && object.instanceOf !== name) {
      const made = this.local(file, object.instanceOf, depth + 1);
      if (made?.kind === 'class') return made;
    }
    if (object?.alias !== undefined) return this.local(file, object.alias, depth + 1);
    const imported = index.imports.get(name);
    if (imported && imported.name !== '*') {
      const to = this.resolver.resolve(file, imported.from);
      return to ? this.exported(to, imported.name, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * Call targets resolved so far: a target depends on the facts only, never on the summaries, and the
   * summaries' rounds, the judging of callers and `isCalled` each ask it of every call again.
   * Emptied whenever `flowsFor` swaps a file's facts.
   */
  private readonly resolvedCalls = new Map<CallFact, { target: Target; path: string[] } | null>();

  /** After a file's facts changed (the editor's buffer): every answer read from them is asked again. */
  private forgetResolved(): void {
    this.resolvedCalls.clear();
    this.globals = undefined;
    this.methods = undefined;
    this.builtArgs.clear();
    this.typeRefs.clear();
    this.typedValues.clear();
    this.members.clear();
    this.implementers = undefined;
    this.implementersByKey.clear();
    this.calledByKey.clear();
    // The indexes kept with the summaries were made from the facts just replaced.
    this.stored = undefined;
  }

  /** A call's arguments with each message builder's call read as the object it returns (built-messages.ts). */
  private readonly builtArgs = new Map<CallFact, readonly ArgFact[]>();

  private argsOf(file: string, call: CallFact): readonly ArgFact[] {
    if (!call.args.some((a) => a.madeBy)) return call.args;
    let args = this.builtArgs.get(call);
    if (!args) {
      args = call.args.map((arg) => {
        if (!arg.madeBy) return arg;
        const shape = this.madeByFunction(file, arg.madeBy)?.shape;
        if (shape) return builtArgument(arg, arg.madeBy, shape);
        // A local a call made and given keys after, where the call builds no object (`const user = await
        // User.findOne(…); user.lastLoginAt = …`): the record it holds, as it is read without those keys.
        if (arg.filledProps) {
          const { madeBy: _made, filledProps: _filled, ...record } = arg;
          return record;
        }
        return arg;
      });
      this.builtArgs.set(call, args);
    }
    return args;
  }

  /**
   * The project function a builder's call names (`welcomeEmail(user)`), also the one method a field's type names
   * (`this.challengeEmail.newAttendee(challenge, attendee)` of an injected NestJS service; session 52).
   */
  private madeByFunction(file: string, made: MadeByFact): FunctionFact | undefined {
    const resolved = this.callTarget(file, { root: made.root, path: made.path, args: [], line: 0, col: 0, container: '', purposes: [] });
    const target = resolved?.path.length === 0 ? resolved.target : undefined;
    const single = target?.kind === 'function' ? target : target?.kind === 'functions' && target.list.length === 1 ? target.list[0] : undefined;
    return single && this.index(single.file)?.functions.get(single.fn);
  }

  /** The target of a call fact's callee (`sendEmail`, `mailer.sendMail`, `useAnalytics().track`, `mail.send`). */
  private callTarget(file: string, call: CallFact): { target: Target; path: string[] } | undefined {
    const known = this.resolvedCalls.get(call);
    if (known !== undefined) return known ?? undefined;
    const found = this.resolveCall(file, call);
    // A sender's body holds only where the factory hands its builder the sender's arguments (sender-factory.ts).
    const resolved = call.builtWith === undefined || (found && builtBy(found.target, call.builtWith, (f, fn) => this.index(f)?.functions.get(fn))) ? found : undefined;
    this.resolvedCalls.set(call, resolved ?? null);
    return resolved;
  }

  private resolveCall(file: string, call: CallFact): { target: Target; path: string[] } | undefined {
    // `mailer.send(…)` where `mailer: Mailer`: the methods a value of that type may be.
    if (call.path[0] === ':') return this.resolveTyped(file, call.root, call.path.slice(1));
    // `WIKI.mail.send(…)`: what the project gave that global's member (global-members.ts).
    if (call.root === GLOBAL_ROOT) {
      const onGlobal = this.globalTarget(call);
      if (onGlobal) return onGlobal;
    }
    let path = call.path;
    let target: Target | undefined;
    const imported = this.index(file)?.imports.get(call.root);
    if (imported?.name === '*') {
      // `import * as mail from './mail'; mail.send()`.
      const to = this.resolver.resolve(file, imported.from);
      if (!to) return undefined;
      // `const setup = require('./service'); setup(app)`, `require('./send')(to, data)`: a module exported as one function is
      // that function where it is called (commonjs-exports.ts, inline-require.ts).
      if (path.length === 0 || path[0] === '()') target = this.exported(to, 'default');
      else {
        // `const Mailer = require('./mailer'); Mailer.send(…)`: a static method of the class the module is (static-members.ts).
        target = this.exported(to, path[0]!) ?? staticMethodOf(this.exported(to, 'default'), path[0], (f, fn) => this.index(f)?.functions.has(fn) === true);
        if (target) path = path.slice(1);
        else {
          // `const transporter = require('./config/mailer'); transporter.sendMail(…)` where the module ends `module.exports =
          // transporter`: the client the module is, its method called (session 51, a Polish shop's `require('./utils/sentry')`).
          const whole = this.exported(to, 'default');
          if (whole?.kind === 'client') target = whole;
        }
      }
    } else if (imported) {
      // An imported name is the import's, even where a method of this file has the same name (`sendVerificationRequest`
      // in an options object calling the imported `sendVerificationRequest`): a method is no binding.
      const to = this.resolver.resolve(file, imported.from);
      target = to ? this.exported(to, imported.name) : undefined;
    } else if (call.root === '' && call.written !== undefined) return this.receiverNamed(call.written);
    else target = this.local(file, call.root) ?? (path.length === 0 ? this.autoImported(file, call.root) : undefined);
    // `emailService.sendWelcome(...)`: the member of an object of functions.
    // `MailUtils.usagers.authentication.sendX(…)`: the member of a nested group, by its dotted path (nested-member.ts).
    if (target?.kind === 'object') {
      const found = memberAt(target.members, path);
      target = found ? this.local(target.file, found.member) : undefined;
      path = found?.rest ?? path.slice(1);
    }
    if (!target) return undefined;
    // `activeBots.get(id).sendMessage(…)`: a method of the instance the registry hands out; nothing else of the registry.
    if (target.kind === 'class' && target.held) {
      if (path[0] !== 'get' || path[1] !== '()') return undefined;
      target = { kind: 'class', file: target.file, name: target.name };
      path = path.slice(2);
    }
    // `withPostHog(async (client) => client.capture(…))`: the client the helper lends its callback (callback-client.ts).
    const lent = target.kind === 'function' ? lentParam(path[0]) : undefined;
    if (lent !== undefined && target.kind === 'function') {
      const client = this.index(target.file)?.clients.get(lentClientName(target.fn, lent));
      return client ? { target: { kind: 'client', file: target.file, client }, path: path.slice(1) } : undefined;
    }
    const chosen = target;
    if (chosen.kind === 'choice') return resolveChoice(chosen, path, (root, rest) => this.resolveCall(chosen.file, { ...call, root, path: rest }));
    // `getTransport().sendMail(...)`: the client a factory hands out.
    if (target.kind === 'client' && target.client.factory) {
      if (path[0] !== '()') return undefined;
      path = path.slice(1);
    } else if (target.kind === 'client' && target.client.kind === 'import' && path[0] === '()' && path.length > 1) {
      // `new ShopStripeClient(key).customers.create(…)` of another module's vendor class (a configured subclass,
      // vendor-subclass.ts, or a re-export): calling it makes the vendor's instance, as in the file declaring it.
      target = { ...target, client: { ...target.client, kind: 'instance' } };
      path = path.slice(1);
    }
    // `mailjet.post('send', { version: 'v3' }).request(…)` on a vendor's client: the catalogue spells the chain without
    // the call in between (`post.request`), as the callee's path did before session 50 kept it (declared-result.ts).
    if (target.kind === 'client' && path.indexOf('()', 1) > 0) path = path.filter((p, i) => p !== '()' || i === 0);
    // `new InviteEmail({ to })`: the arguments the class's methods send from its fields.
    if (path.length === 1 && path[0] === 'new') return target.kind === 'class' ? { target, path } : undefined;
    // `const stripe = await this.getStripeClient(); stripe.customers.create(…)`, the method returning another module's
    // configured vendor class (`new ShopStripeClient(key)`, vendor-subclass.ts): the vendor's instance.
    // `const { Holder } = require('./factory'); Holder.getClient().send(…)`: the static method of the class imported by name.
    if (target.kind === 'class' && path[1] === '()' && path.length > 2) {
      // `SmsService.getInstance().send(…)`: the one instance's method, whatever the accessor is declared to return.
      const single = singletonMethodOf(target, path, (f, fn) => this.index(f)?.functions.get(fn)?.params);
      if (single) return { target: single, path: [] };
      const method = staticMethodOf(target, path[0], (f, fn) => this.index(f)?.functions.has(fn) === true);
      if (method) [target, path] = [method, path.slice(1)];
    }
    const madeClient = path[0] === '()' && path.length > 2 && target.kind === 'function' ? this.instanceClient(target.file, target.fn) : undefined;
    if (madeClient) return { target: madeClient, path: path.slice(1) };
    // `useAnalytics().track` / `new MailService().send`: a member of what a function or class makes.
    // `const handler = makeJobHandler(deps); handler(job)`: the function a factory returns, its member `()` (returned-function.ts).
    if (path[0] === '()' && (path.length === 2 || (path.length === 1 && target.kind === 'function'))) {
      if (target.kind === 'class') return { target: { kind: 'function', file: target.file, fn: `${target.name}.${path[1]}` }, path: [] };
      if (target.kind === 'function') {
        const functions = this.index(target.file)!.functions;
        const made = functions.get(target.fn);
        const member = made?.returns?.[path[1] ?? '()'];
        // `constructMailTransport(options).send(…)`: the method of whichever class the factory makes.
        if (!member && made?.instances && path.length === 2) {
          const list = made.instances.map((name) => this.local(target.file, name)).flatMap((c) => (c?.kind === 'class' ? [{ file: c.file, fn: `${c.name}.${path[1]}` }] : []));
          return list.length ? { target: { kind: 'functions', list }, path: [] } : undefined;
        }
        // `getCalendarService(): CalendarService | null` whose instance comes from another factory or a container:
        // the method of the project's type it declares it returns (declared-instance.ts).
        if (!member && made?.returnsType !== undefined && path.length === 2) return declaredInstanceMethod(this.valuesOfType(target.file, made.returnsType, 1), (v) => this.memberOf(v, path[1]!, 1));
        if (!member) return undefined;
        const nested = `${target.fn}/${member}`;
        const fn = functions.has(nested) ? nested : member;
        return { target: { kind: 'function', file: target.file, fn }, path: [] };
      }
    }
    if (target.kind === 'class' && path.length === 1) return { target: { kind: 'function', file: target.file, fn: `${target.name}.${path[0]}` }, path: [] };
    // `SmsService.getInstance().send(…)`: the method of the one instance the class's accessor hands out (static-members.ts).
    const single = singletonMethodOf(target, path, (f, fn) => this.index(f)?.functions.get(fn)?.params);
    if (single) return { target: single, path: [] };
    // `adaptateursRequeteBrevo().envoiMail().execute(r)`: each step is what the last one makes (factory-chains.ts).
    const chained = path.length >= 3 && path[0] === '()' ? this.factoryChain(target, path.slice(1)) : undefined;
    if (chained) return chained;
    return { target, path };
  }

  /** `sendReservationConfirmation` bound nowhere in a Nuxt app's file: the export of that name in its auto-import folders. */
  private autoImported(file: string, name: string): Target | undefined {
    for (const from of this.resolver.autoImportFiles?.(file) ?? []) {
      if (this.modules.get(from)?.exports.some((exported) => exported.name === name)) return this.exported(from, name);
    }
    return undefined;
  }

  /** The vendor's client a function makes with `new` of another module's vendor class, as an instance. */
  private instanceClient(file: string, fn: string): Target | undefined {
    // A method of the project's class handing out a vendor's client (`AiMailService.getOpenAIClient()`): that client.
    const handed = this.index(file)?.clients.get(fn);
    if (handed?.factory) return { kind: 'client', file, client: { ...handed, factory: undefined } };
    for (const name of this.index(file)?.functions.get(fn)?.instances ?? []) {
      const made = this.local(file, name);
      if (made?.kind === 'client' && made.client.kind === 'import') return { ...made, client: { ...made.client, kind: 'instance' } };
    }
    return undefined;
  }

  private globals: GlobalTable | undefined;

  private globalIndex(): GlobalTable {
    if (!this.globals && this.stored) this.globals = storedGlobals(this.stored);
    if (!this.globals && this.demand) this.globals = this.demand.passes('globals').globals;
    return (this.globals ??= globalTable(this.modules));
  }

  private methods: MethodTable | undefined;

  private methodIndex(): MethodTable {
    if (!this.methods && this.stored) this.methods = storedMethods(this.stored);
    if (!this.methods && this.demand) this.methods = this.demand.passes('methods').methods;
    return (this.methods ??= methodTable(this.modules));
  }

  /** `notifyClient.sendX(…)` on a value nothing types: the method of the own class the receiver is named for (receiver-named-class.ts). */
  private receiverNamed(written: string): { target: Target; path: string[] } | undefined {
    const list = receiverNamedMethods(written, this.methodIndex());
    if (!list.length) return undefined;
    return { target: list.length === 1 ? { kind: 'function', ...list[0]! } : { kind: 'functions', list }, path: [] };
  }

  private globalTarget(call: CallFact): { target: Target; path: string[] } | undefined {
    const host = { modules: this.modules, resolve: (from: string, spec: string) => this.resolver.resolve(from, spec), returnsThis: (f: string, fn: string) => this.index(f)?.functions.get(fn)?.returnsThis === true };
    const list = globalCalls(this.globalIndex(), host, call).flatMap(({ file, call: c }) => {
      const found = this.resolveCall(file, c);
      return found?.target.kind === 'function' && found.path.length === 0 ? [{ file: found.target.file, fn: found.target.fn }] : found?.target.kind === 'functions' && found.path.length === 0 ? found.target.list : [];
    });
    if (!list.length) return undefined;
    return { target: list.length === 1 ? { kind: 'function', ...list[0]! } : { kind: 'functions', list }, path: [] };
  }

  private factoryChain(target: Target, path: string[]): { target: Target; path: string[] } | undefined {
    const start = target.kind === 'function' ? madeByFunction(this.chainHost, target) : target.kind === 'class' ? instanceOf(target.file, target.name) : [];
    const list = start.length ? followFactoryChain(this.chainHost, start, path) : undefined;
    if (!list) return undefined;
    return { target: list.length === 1 ? { kind: 'function', ...list[0]! } : { kind: 'functions', list, isDispatched: true }, path: [] };
  }

  private readonly chainHost: ChainHost = {
    functionFact: (file, fn) => this.index(file)?.functions.get(fn),
    classOf: (file, name) => {
      const found = this.local(file, name);
      return found?.kind === 'class' ? { file: found.file, name: found.name } : undefined;
    },
    typedMethod: (file, typeName, member) => {
      const resolved = this.resolveTyped(file, typeName, [member]);
      if (!resolved || resolved.path.length) return [];
      return resolved.target.kind === 'functions' ? resolved.target.list : resolved.target.kind === 'function' ? [{ file: resolved.target.file, fn: resolved.target.fn }] : [];
    },
    hasFunction: (file, fn) => this.index(file)?.functions.has(fn) === true,
    valueOf: (file, name) => {
      const imported = this.index(file)?.imports.get(name);
      // `const welcomeMail = require('./welcome')`: a module whose value is one function (module-function.ts).
      const to = imported?.name === '*' ? this.resolver.resolve(file, imported.from) : undefined;
      const found = imported?.name === '*' ? (to ? this.exported(to, 'default') : undefined) : this.local(file, name);
      return found?.kind === 'function' || found?.kind === 'class' || found?.kind === 'object' ? found : undefined;
    },
  };

  // ---- values known by their type ----------------------------------------------------------------------

  /** A member called on a value of a type (`path`: members after the value): a client's method, or the project's functions it may be. */
  private resolveTyped(file: string, typeName: string, path: string[]): { target: Target; path: string[] } | undefined {
    if (path.length === 0) return undefined;
    // `stripe: StripeClient` where `type StripeClient = ReturnType<typeof createStripeClient>` and that function hands out a vendor's client.
    const ref = this.typeRef(file, typeName);
    const madeBy = ref.fact?.returnOf ?? ref.fact?.value;
    const client = madeBy !== undefined ? this.local(ref.file, madeBy) : undefined;
    if (client?.kind === 'client') return { target: client, path: client.client.factory && ref.fact?.returnOf ? ['()', ...path] : path };
    const handed = this.handedClient(file, typeName, path);
    if (handed) return handed;
    const list = this.typedMembers(file, typeName, path, 0);
    return list.length ? { target: { kind: 'functions', list, isDispatched: true }, path: [] } : undefined;
  }

  /**
   * `this.stripeService.getClient().customers.create(…)`, or `const stripe = this.stripeService.getClient()` and then
   * `stripe.checkout.sessions.create(…)` (a Canadian dental receptionist's NestJS services): the vendor's client a
   * method of the project's class hands out (`getClient(): Stripe { return this.stripe }`), as a factory's, for a value
   * of that class's type (an injected service).
   */
  private handedClient(file: string, typeName: string, path: string[]): { target: Target; path: string[] } | undefined {
    const [member, ...after] = path;
    const rest = after[0] === '()' ? after.slice(1) : after;
    if (member === undefined || rest.length === 0) return undefined;
    for (const value of this.valuesOfType(file, typeName, 0)) {
      const client = value.kind === 'class' ? this.instanceClient(value.file, `${value.name}.${member}`) : undefined;
      if (client) return { target: client, path: rest };
    }
    return undefined;
  }

  private readonly typeRefs = new Map<string, TypeRef>();

  /** Where a type name used in `file` is declared, following imports and re-exports (a file no fact was kept of ends the search there). */
  private typeRef(file: string, name: string, depth = 0): TypeRef {
    const key = `${file}\0${name}`;
    const known = this.typeRefs.get(key);
    if (known) return known;
    const found = this.findTypeRef(file, name, depth);
    this.typeRefs.set(key, found);
    return found;
  }

  private findTypeRef(file: string, name: string, depth: number): TypeRef {
    const index = this.index(file);
    if (!index || depth > 12) return { file, name };
    const fact = index.types.get(name);
    if (fact) return { file, name, fact };
    if (index.classes.has(name) || index.functions.has(name) || index.objects.has(name) || index.clients.has(name)) return { file, name };
    const imported = index.imports.get(name);
    if (!imported || imported.name === '*') return { file, name };
    const to = this.resolver.resolve(file, imported.from);
    return to ? this.exportedTypeRef(to, imported.name, depth + 1) : { file, name };
  }

  private exportedTypeRef(file: string, name: string, depth: number): TypeRef {
    const facts = this.modules.get(file);
    if (!facts || depth > 12) return { file, name };
    if (this.declares(file, name)) return this.typeRef(file, name, depth);
    for (const e of facts.exports) {
      if (e.name !== name) continue;
      if (e.local) return this.typeRef(file, e.local, depth + 1);
      const to = e.from ? this.resolver.resolve(file, e.from) : undefined;
      if (to) return this.exportedTypeRef(to, e.importName ?? name, depth + 1);
    }
    // `export * from './mailer.types'` in a barrel (of barrels): the module that declares it, or the only one it could be.
    const stars = facts.exports.flatMap((e) => (e.name === '*' && e.from ? [this.resolver.resolve(file, e.from)].filter((x): x is string => x !== undefined) : []));
    // A barrel's one module exporting no value is its file of types (`export * from './IGatewayProvider.js'` beside the
    // providers' modules: an interface is no export the scan keeps), so the type is declared there (session 50).
    const factless = stars.filter((to) => !this.modules.get(to)?.exports.length);
    const declaring = stars.find((to) => this.declaresDeep(to, name, 0)) ?? (stars.length === 1 ? stars[0] : factless.length === 1 ? factless[0] : undefined);
    return declaring ? this.exportedTypeRef(declaring, name, depth + 1) : { file, name };
  }

  /** Whether `file` declares `name` or re-exports it from a module that does (`export *` chains of a package's barrels). */
  private declaresDeep(file: string, name: string, depth: number): boolean {
    if (this.declares(file, name)) return true;
    const facts = this.modules.get(file);
    if (!facts || depth > 4) return false;
    for (const e of facts.exports) {
      if (e.name === name && (e.local !== undefined || e.from !== undefined)) return true;
      if (e.name !== '*' || !e.from) continue;
      const to = this.resolver.resolve(file, e.from);
      if (to && this.declaresDeep(to, name, depth + 1)) return true;
    }
    return false;
  }

  private declares(file: string, name: string): boolean {
    const index = this.index(file);
    return index !== undefined && (index.types.has(name) || index.classes.has(name) || index.functions.has(name) || index.objects.has(name));
  }

  private implementers: Map<string, TypedValue[]> | undefined;

  /** The classes implementing or extending a type, and the functions declared to return it, by the type's declaration (`file\0name`). */
  private implementersOf(ref: TypeRef): TypedValue[] {
    const key = `${ref.file}\0${ref.name}`;
    return this.demandedImplementers(ref, key) ?? this.implementerIndex().get(key) ?? [];
  }

  /** Implementers of one type from the modules naming it (demand-candidates.ts), in a linted file's own link without stored passes. */
  private readonly implementersByKey = new Map<string, TypedValue[]>();

  private demandedImplementers(ref: TypeRef, key: string): TypedValue[] | undefined {
    if (this.implementers) return undefined;
    return this.demanded('implementers', key, this.implementersByKey, (demand) => {
      const map = new Map<string, TypedValue[]>();
      for (const file of demand.filesNaming('implementers', ref.file, [ref.name])) {
        const facts = this.modules.get(file);
        if (facts) this.addImplementers(map, file, facts);
      }
      return map.get(key) ?? [];
    });
  }

  /**
   * One answer of a pass (`implementers`, `callers`) from the modules naming `key` (demand-candidates.ts), kept in
   * `memo` and in the demand's memory; undefined where the whole pass is to be used (stored passes, or no demand).
   */
  private demanded<T>(pass: 'implementers' | 'callers', key: string, memo: Map<string, T>, answer: (demand: LinkDemand) => T): T | undefined {
    if (this.stored || !this.demand) return undefined;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const demand = this.demand;
    if (demand.storedPasses()) return undefined;
    const found = demand.remembered(`${pass}\0${key}`, () => answer(demand));
    memo.set(key, found);
    return found;
  }

  private addImplementers(map: Map<string, TypedValue[]>, file: string, facts: ModuleFacts): void {
    const add = (key: string, value: TypedValue) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const cls of facts.classes ?? []) {
      for (const name of [...(cls.implements ?? []), ...(cls.extends ? [cls.extends] : [])]) {
        const to = this.typeRef(file, name);
        add(`${to.file}\0${to.name}`, { kind: 'class', file, name: cls.name });
      }
    }
    for (const fn of facts.functions) {
      if (fn.returnsType === undefined) continue;
      const to = this.typeRef(file, fn.returnsType);
      add(`${to.file}\0${to.name}`, { kind: 'made', file, fn: fn.name });
    }
  }

  private implementerIndex(): Map<string, TypedValue[]> {
    if (!this.implementers && this.stored) this.implementers = storedImplementers(this.stored);
    if (!this.implementers && this.demand) this.implementers = this.demand.passes('implementers').implementers;
    if (!this.implementers) {
      const map = new Map<string, TypedValue[]>();
      for (const [file, facts] of this.modules) this.addImplementers(map, file, facts);
      this.implementers = map;
    }
    return this.implementers;
  }

  private readonly typedValues = new Map<string, TypedValue[]>();

  /**
   * What a value of type `name` (as written in `file`) may be. A type with many implementations (a base class of
   * every model) says too little to follow: past `MAX_IMPLEMENTERS` only what the type itself is counts.
   */
  private valuesOfType(file: string, name: string, depth: number): TypedValue[] {
    if (depth > 6) return [];
    const ref = this.typeRef(file, name);
    const key = `${ref.file}\0${ref.name}`;
    const known = this.typedValues.get(key);
    if (known) return known;
    // Asked again while being answered (a type returning itself): nothing more than what is being found.
    this.typedValues.set(key, []);
    const found = this.findValuesOfType(ref);
    this.typedValues.set(key, found);
    return found;
  }

  private findValuesOfType(ref: TypeRef): TypedValue[] {
    const out: TypedValue[] = [];
    const fact = ref.fact;
    if (fact?.members) out.push({ kind: 'members', file: ref.file, members: fact.members });
    const made = fact?.returnOf ?? fact?.instanceOf ?? fact?.value ?? (fact ? undefined : ref.name);
    const target = made !== undefined ? this.local(ref.file, made) : undefined;
    if (target?.kind === 'class') out.push({ kind: 'class', file: target.file, name: target.name });
    else if (target?.kind === 'function' && fact?.returnOf) out.push({ kind: 'made', file: target.file, fn: target.fn });
    else if (target?.kind === 'object') out.push({ kind: 'object', file: target.file, members: target.members });
    // A class or an interface: the classes implementing or extending it (and theirs), and the functions that make one.
    const implementations: TypedValue[] = [];
    const seen = new Set<string>();
    const queue = [target?.kind === 'class' ? { file: target.file, name: target.name } : ref];
    // Classes and factories are counted apart (session 50, a church app's six payment gateways and the three accessors
    // declared to return one): factories returning the type are how apps pick an implementation, not more of them.
    let classes = 0;
    let factories = 0;
    while (queue.length && classes <= MAX_IMPLEMENTERS && factories <= MAX_IMPLEMENTERS) {
      for (const value of this.implementersOf(queue.shift()!)) {
        const id = `${value.file}\0${value.kind === 'made' ? value.fn : value.kind === 'class' ? value.name : ''}`;
        if (seen.has(id)) continue;
        seen.add(id);
        implementations.push(value);
        if (value.kind === 'class') classes++, queue.push({ file: value.file, name: value.name });
        else if (value.kind === 'made') factories++;
      }
    }
    if (classes <= MAX_IMPLEMENTERS && factories <= MAX_IMPLEMENTERS) out.push(...implementations);
    return out;
  }

  private readonly members = new Map<string, FunctionRef[]>();

  /** The functions `value.member` may be (kept per value and member: class hierarchies and factories share them). */
  private memberOf(value: TypedValue, member: string, depth: number): FunctionRef[] {
    if (depth > 6 || value.kind === 'members') return [];
    const key = `${value.kind}\0${value.file}\0${value.kind === 'made' ? value.fn : value.kind === 'class' ? value.name : Object.keys(value.members).join(',')}\0${member}`;
    const known = this.members.get(key);
    if (known) return known;
    this.members.set(key, []);
    const found = this.findMemberOf(value, member, depth);
    this.members.set(key, found);
    return found;
  }

  private findMemberOf(value: Exclude<TypedValue, { kind: 'members' }>, member: string, depth: number): FunctionRef[] {
    const index = this.index(value.file);
    if (!index) return [];
    if (value.kind === 'object') {
      const fn = value.members[member];
      return fn !== undefined && index.functions.has(fn) ? [{ file: value.file, fn }] : [];
    }
    if (value.kind === 'class') {
      const fn = `${value.name}.${member}`;
      if (index.functions.has(fn)) return [{ file: value.file, fn }];
      // An inherited method: the base class's.
      const base = index.classFacts.get(value.name)?.extends;
      const target = base !== undefined ? this.local(value.file, base) : undefined;
      return target?.kind === 'class' ? this.memberOf({ kind: 'class', file: target.file, name: target.name }, member, depth + 1) : [];
    }
    if (value.kind !== 'made') return [];
    const made = index.functions.get(value.fn);
    if (!made) return [];
    const returned = made.returns?.[member];
    if (returned !== undefined) {
      const nested = `${value.fn}/${returned}`;
      const fn = index.functions.has(nested) ? nested : returned;
      return index.functions.has(fn) ? [{ file: value.file, fn }] : [];
    }
    const out: FunctionRef[] = [];
    for (const name of made.instances ?? []) {
      const cls = this.local(value.file, name);
      if (cls?.kind === 'class') out.push(...this.memberOf({ kind: 'class', file: cls.file, name: cls.name }, member, depth + 1));
    }
    if (made.returnsType !== undefined) for (const v of this.valuesOfType(value.file, made.returnsType, depth + 1)) out.push(...this.memberOf(v, member, depth + 1));
    return out;
  }

  /** The functions `value.a.b` may be, for a value of type `name`: members typed by other types lead on (`deps.emails.send`). */
  private typedMembers(file: string, name: string, path: string[], depth: number): FunctionRef[] {
    const [member, ...rest] = path;
    if (member === undefined || depth > 6) return [];
    const out: FunctionRef[] = [];
    const seen = new Set<string>();
    const add = (list: FunctionRef[]) => {
      for (const ref of list) {
        const id = `${ref.file}\0${ref.fn}`;
        if (!seen.has(id)) seen.add(id), out.push(ref);
      }
    };
    const values = this.valuesOfType(file, name, depth);
    for (const value of values) {
      if (value.kind === 'members') {
        const type = value.members[member];
        if (type !== undefined && rest.length) add(this.typedMembers(value.file, type, rest, depth + 1));
      } else if (rest.length === 0) add(this.memberOf(value, member, depth));
      else if (value.kind === 'class') {
        // `asaasService.charge.createChargeCredit(…)` where `AsaasService` declares `public charge: AsaasChargeEntity`.
        const fieldType = this.index(value.file)?.classFacts.get(value.name)?.fieldTypes?.[member];
        if (fieldType !== undefined) add(this.typedMembers(value.file, fieldType, rest, depth + 1));
      }
    }
    if (out.length === 0 && rest.length === 0 && !values.some((v) => v.kind === 'members')) add(this.sameNamedNearby(this.typeRef(file, name), member));
    return out;
  }

  /**
   * A type whose values are made where syntax does not say (a driver picked from a record of factories, an object
   * typed only by the function it is passed to): the functions named like the member in the modules the type's
   * declaration, or the function it is derived from, imports (two steps at most). Only those reaching a sink matter.
   */
  private sameNamedNearby(ref: TypeRef, member: string): FunctionRef[] {
    const start = ref.fact?.returnOf !== undefined ? this.local(ref.file, ref.fact.returnOf) : undefined;
    const files = new Set<string>([ref.file]);
    if (start?.kind === 'function') files.add(start.file);
    let frontier = [...files];
    for (let step = 0; step < 2 && frontier.length; step++) {
      const next: string[] = [];
      for (const file of frontier) {
        for (const imported of this.modules.get(file)?.imports ?? []) {
          if (imported.isType) continue;
          const to = this.resolver.resolve(file, imported.from);
          if (to && !files.has(to)) files.add(to), next.push(to);
        }
      }
      frontier = next;
    }
    const out: FunctionRef[] = [];
    for (const file of [...files].sort()) {
      for (const fn of this.index(file)?.functions.keys() ?? []) {
        if (fn === member || fn.endsWith(`/${member}`) || fn.endsWith(`.${member}`)) out.push({ file, fn });
      }
    }
    return out.length <= 8 ? out : [];
  }

  /** The sink entries a call reaches through its target or the handler of the job it queues, as if the call's arguments were parameters. */
  private reached(file: string, call: CallFact): { entries: SummaryEntry[]; callee: string } | undefined {
    const known = this.reachedKnown(file, call);
    // A call resolved by its receiver's name alone (receiver-named-class.ts) to a method that reaches no catalogued
    // recipient (only a log, or one inferred in turn from a name) is read by its own name, as before such calls were
    // resolved: `this.whatsappNotificationOutboxService.enqueueSendV2(…)` writes an outbox row a worker sends, and its
    // name says where the message goes.
    const isLog = (id: string) => this.catalogue.byId(id)?.kind === 'logs';
    const isGuessed = call.root === '' && !call.job && !known?.entries.some((e) => e.sinkId !== OPAQUE && !inferredSink(e.sinkId) && !isLog(e.sinkId));
    // A queued job whose handler was found is followed there, whatever the queue's own client is.
    const isResolved = (!isGuessed && this.callTarget(file, call) !== undefined) || (call.job !== undefined && this.handlersOf(call.job.name).length > 0) || this.isProjectValueConstructed(file, call);
    const spelled = call.spelled ?? calleeText(call);
    // `env.BACKGROUND_QUEUE.send({ type: 'SEND_WHATSAPP', payload })` whose consumer is not seen (a Cloudflare queue's
    // handler switching on the message's type): the job's name says where it delivers, as a queue's own name does
    // (`emailQueue.add(…)`); session 50, a Brazilian physiotherapy clinic's reminders.
    // Not a request to the app's own route (own-api-route.ts): a path named for mail is no task's name.
    // A call kept for its receiver's name alone reaches only the class so named: unresolved, its name says nothing more.
    if (call.byReceiverName && !isResolved) return undefined;
    const byJob = call.job && !call.job.name.startsWith(ROUTE_JOB) && !isResolved && !recipientByName(spelled) && recipientByName(call.job.name) ? call.job.name : undefined;
    return withNamedRecipient(call, isGuessed ? undefined : known, isResolved, byJob ?? spelled, isLog);
  }

  /**
   * `new SystemAnalytics({ metricMetadata })` where another module of the project exports `SystemAnalytics` as a value
   * that is no class or function of its (`mongoose.model('SystemAnalytics', schema)`; a class it declares would have
   * resolved the call): a record of the app's own database, built and saved there; its name speaks for no service (a
   * church's SMS server recording its analytics).
   */
  private isProjectValueConstructed(file: string, call: CallFact): boolean {
    if (call.path.length !== 1 || call.path[0] !== 'new') return false;
    const imported = this.index(file)?.imports.get(call.root);
    if (!imported || imported.name === '*') return false;
    const to = this.resolver.resolve(file, imported.from);
    if (to === undefined) return false;
    // A module with no facts holds nothing the link reads (a file of models); one exporting the name exports a value.
    const facts = this.modules.get(to);
    return !facts || facts.exports.some((e) => e.name === imported.name);
  }

  private reachedKnown(file: string, call: CallFact): { entries: SummaryEntry[]; callee: string } | undefined {
    const direct = this.reachedTarget(file, call);
    if (!call.job) return direct;
    const queued = this.jobEntries(call.job);
    if (queued.length === 0) return direct;
    // `fetch /api/send-email`: a call of the app's own route names the route it requests (own-api-route.ts).
    const callee = direct?.callee ?? (call.job.name.startsWith(ROUTE_JOB) ? `${calleeText(call)} ${call.job.name.slice(ROUTE_JOB.length)}` : calleeText(call));
    return { entries: [...(direct?.entries ?? []), ...queued], callee };
  }

  private handlers: Map<string, { file: string; fn: string }[]> | undefined;

  /** The functions handling each job name, across the project. */
  private handlersOf(name: string): FunctionRef[] {
    return this.handlerIndex().get(name) ?? [];
  }

  private handlerIndex(): Map<string, FunctionRef[]> {
    if (!this.handlers && this.stored) this.handlers = storedHandlers(this.stored);
    if (!this.handlers && this.demand) this.handlers = this.demand.passes('job handlers').handlers;
    if (!this.handlers) {
      this.handlers = new Map();
      for (const [file, facts] of this.modules) {
        for (const f of facts.functions) {
          if (!f.handles) continue;
          const list = this.handlers.get(f.handles);
          if (list) list.push({ file, fn: f.name });
          else this.handlers.set(f.handles, [{ file, fn: f.name }]);
        }
      }
    }
    return this.handlers;
  }

  /**
   * What a queued job's payload reaches: its handler's parameter 0 is the job (`({ payload })`, `job.data`) or the
   * payload itself (`(payload, helpers)`); the payload sits at the call's argument `arg`, or its key `key`.
   */
  private jobEntries(job: JobFact): SummaryEntry[] {
    const out: SummaryEntry[] = [];
    const isTable = job.name.startsWith(TABLE_JOB);
    for (const handler of this.handlersOf(job.name)) {
      const payloadAt = this.index(handler.file)?.functions.get(handler.fn)?.handlesAt ?? 0;
      for (const entry of this.summaries.get(`${handler.file}\0${handler.fn}`) ?? []) {
        if (entry.param !== payloadAt) continue;
        // A queue table's worker logging the row it sends is the worker's log line, reported there: the writer's
        // insert hands its rows to the vendor, not to a log (outbox-table.ts).
        if (isTable && this.catalogue.byId(entry.sinkId)?.kind === 'logs') continue;
        const { key, role, keyRoles, param: _param, named, ...rest } = entry;
        // A queue table's worker reads the rows themselves (`item.recipient_email`): the key the worker sends is the
        // key of what was inserted, so a row's other columns (`data`, `metadata`) are not sent (outbox-table.ts).
        if (key !== undefined && job.key === undefined && isTable) {
          out.push({ ...entry, param: job.arg, chain: [handler.fn, ...entry.chain] });
          continue;
        }
        const isPayload = key === undefined || PAYLOAD_KEYS.has(key);
        // What a key of the payload is named for (`user.email` read by a listener) says nothing of the whole payload
        // handed to the queue or the event: the key is not kept, so neither is its contract (job-key-contract.ts).
        const contract = keptContract(isPayload, named);
        // A key of the payload itself (`send({ to: payload.to })` in `(payload) => …`): a key role of the payload.
        // A role `job.data.customer`'s member took is that member's, not the payload's (payload-member-role.ts).
        const roles = isPayload ? { ...(role && !isMemberRole(key, keyRoles) ? { role } : {}), ...(keyRoles ? { keyRoles } : {}) } : role && role !== 'person' ? { keyRoles: { [key]: role } } : {};
        out.push({ param: job.arg, ...(job.key ? { key: job.key } : {}), ...rest, ...contract, ...roles, chain: [handler.fn, ...entry.chain] });
      }
    }
    return out;
  }

  private reachedTarget(file: string, call: CallFact): { entries: SummaryEntry[]; callee: string } | undefined {
    const resolved = this.callTarget(file, call);
    if (!resolved) return undefined;
    const { target, path } = resolved;
    if (target.kind === 'class' && path[0] === 'new') return { entries: this.constructorEntries(target.file, target.name), callee: `new ${call.root}` };
    const callee = calleeText(call);
    if (target.kind === 'function' && path.length === 0) return { entries: this.summaries.get(`${target.file}\0${target.fn}`) ?? [], callee };
    // A typed value's method names the function it was found to be (`this.mailer.send → SmtpMailer.send → …`).
    if (target.kind === 'functions' && path.length === 0) return { entries: target.list.flatMap((t) => (this.summaries.get(`${t.file}\0${t.fn}`) ?? []).map((e) => (target.isDispatched ? { ...e, chain: [t.fn, ...e.chain] } : e))), callee };
    if (target.kind === 'client') {
      const sink = matchSink(this.compiled, call.root, path, target.client);
      if (!sink) return undefined;
      // `api.post(…)` on another module's `axios.create({ baseURL: '/api' })`: the app's own backend (linked-http-client.ts).
      if (sink.kind === 'http' && isOwnServerClient(target.client, this.catalogue)) return undefined;
      const roles = rolesFor(sink, path[path.length - 1], [call.root, ...path].join('.'));
      const chain = [sink.kind === 'http' ? sink.id : (target.client.package ?? sink.id)];
      return { entries: call.args.map((_, param) => entryFor(param, undefined, sink, roles, target.client.package, chain)), callee };
    }
    return undefined;
  }

  /**
   * What the arguments of `new C(...)` reach: every method of C (and of the classes it inherits its constructor
   * from) that hands a field kept from constructor parameter N to a sink, as entries of parameter N. Any method
   * counts, one that queues the object (`schedule()`) as well as `send()`: the data enters at the constructor.
   */
  private constructorEntries(file: string, name: string, depth = 0): SummaryEntry[] {
    const index = this.index(file);
    if (!index || depth > 8) return [];
    const out: SummaryEntry[] = [];
    const prefix = `${name}.`;
    for (const method of index.functions.keys()) {
      if (!method.startsWith(prefix)) continue;
      for (const entry of this.summaries.get(`${file}\0${method}`) ?? []) {
        // A key of the kept argument that the sink takes in a role (`to` as a recipient), or the whole argument
        // rendered into the message (`text: this.renderAsText({ ...this.props })`): a template's data is in the mail
        // its vendor delivers. A key handed on without a role says nothing of where it went.
        if (entry.param >= 0 || (entry.key !== undefined && entry.role === undefined) || (entry.key === undefined && this.catalogue.byId(entry.sinkId)?.kind === 'logs')) continue;
        const { isAtSink: _isAtSink, ...rest } = entry;
        if (entry.key !== undefined) out.push({ ...rest, param: -entry.param - 1, chain: [method, ...entry.chain] });
        else {
          // The whole argument is in the message whatever key it reached (`replyTo: this.replyTo?.(data)`): read by its keys' own names.
          const { role: _role, keyRoles: _keyRoles, ...body } = rest;
          out.push({ ...body, param: -entry.param - 1, chain: [method, ...entry.chain], isBody: true });
        }
      }
    }
    // `class InviteEmail extends BaseEmail` without its own constructor: its arguments are the base's.
    const fact = index.classFacts.get(name);
    if (fact?.extends && !fact.hasConstructor) {
      const base = this.local(file, fact.extends);
      if (base?.kind === 'class') out.push(...this.constructorEntries(base.file, base.name, depth + 1));
    }
    return out;
  }

  // ---- summaries ---------------------------------------------------------------------------------------

  private summarise(): void {
    // How many entries each call's callee summary had when the call was last read: a call whose callee's
    // summary did not grow since adds nothing new in a later round (summaries only grow), so it is not read again.
    const readAt = new Map<CallFact, number>();
    // The calls read after the first round: only one handing on a parameter of its function adds to a summary
    // (`entriesOf` makes entries of parameter references alone), so the others, three in four, are left out of
    // every round; the first still resolves every call's target, in the same order, for what resolution keeps.
    let feeding: [string, CallFact][] | undefined;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let isChanged = false;
      const kept: [string, CallFact][] = [];
      const read = (file: string, call: CallFact): void => {
        const size = this.calleeSummarySize(file, call);
        // A constructor's entries look up its base classes' declarations: read as before, whatever it hands on.
        if (!carriesParams(call) && this.callTarget(file, call)?.target.kind !== 'class') return;
        if (!feeding) kept.push([file, call]);
        if (size !== undefined) {
          if (readAt.get(call) === size) return;
          readAt.set(call, size);
        }
        const produced = this.entriesOf(file, call);
        if (produced.length === 0) return;
        const key = `${file}\0${call.fn}`;
        const list = this.summaries.get(key) ?? [];
        const keys = new Set(list.map(entryKey));
        for (const entry of produced) {
          if (keys.has(entryKey(entry))) continue;
          keys.add(entryKey(entry));
          list.push(entry);
          isChanged = true;
        }
        this.summaries.set(key, list);
      };
      if (feeding) for (const [file, call] of feeding) read(file, call);
      else if (this.demand) for (const [file, call] of this.demand.calls(this.modules)) read(file, call);
      else for (const [file, facts] of this.modules) for (const call of facts.calls) if (call.fn) read(file, call);
      feeding ??= kept;
      if (!isChanged) break;
    }
  }

  /**
   * The size of what a call's entries are made from, where only the summaries can change it: `-1` for a sink
   * call or a client's method (their entries depend on the call alone), the callee's summary size for a
   * function, `undefined` where it is not known cheaply (a constructor reads its class's methods, a queued job
   * its handlers', a factory's method those of the classes it makes): such a call is read every round.
   */
  private calleeSummarySize(file: string, call: CallFact): number | undefined {
    if (call.sinkId) return -1;
    if (call.job) return undefined;
    const resolved = this.callTarget(file, call);
    if (!resolved) return -1;
    const { target, path } = resolved;
    if (target.kind === 'function' && path.length === 0) return this.summaries.get(`${target.file}\0${target.fn}`)?.length ?? 0;
    if (target.kind === 'client') return -1;
    return target.kind === 'function' ? -1 : undefined;
  }

  /** What a call inside a function adds to that function's summary: its parameters that reach a sink. */
  private entriesOf(file: string, call: CallFact): SummaryEntry[] {
    const out: SummaryEntry[] = [];
    const named = call.fn ? this.index(file)?.functions.get(call.fn)?.named : undefined;
    const passOn = named ? (ref: ParamRef, rest: Omit<SummaryEntry, 'param' | 'key'>) => withNamed(handOn(ref, rest), named[ref.key === undefined ? `${ref.param}` : `${ref.param}.${ref.key}`]) : handOn;
    const callee = calleeText(call);
    if (call.sinkId) {
      // An inferred recipient found in the file itself (`fetch(env.MAIL_URL, { body: mail })`, mail-shaped-post.ts).
      const sink = this.catalogue.byId(call.sinkId) ?? inferredSink(call.sinkId);
      if (!sink) return out;
      const chain = [callee, call.package ?? sink.id];
      const passOnAtSink = (ref: ParamRef, rest: Omit<SummaryEntry, 'param' | 'key'>): SummaryEntry => {
        const role = rest.role || rest.keyRoles ? undefined : recipientKeyRole(sink.kind, ref.key);
        return passOn(ref, role ? { ...rest, role } : rest);
      };
      viewsOf(this.argsOf(file, call)).forEach(([arg, index]) => {
        const positional = call.roles?.[`$${index}`];
        if (arg.props) {
          // `createContact({ email, properties })` under `$0: email`: the role speaks for the keys that hold one.
          for (const [key, prop] of Object.entries(arg.props)) {
            const role = positional ? roleWithin(positional, key) : call.roles?.[key];
            // `html: await this.renderTemplate(name, { ...context })`: the parameter makes the message's text (record-in-message.ts).
            const text = !role && isMessageText(sink.kind, key) ? { isText: true as const } : {};
            for (const ref of prop.params ?? []) out.push(passOnAtSink(ref, { sinkId: sink.id, chain, ...(call.package ? { package: call.package } : {}), ...(role ? { role } : {}), ...(prop.isParam ? {} : { isComputed: true as const }), ...text }));
            // `body: JSON.stringify({ to, html })`: a parameter written under a key of the request's body takes the
            // vendor's role for that key (`to`: an email for Resend, a phone for WhatsApp), as on an object handed as it is.
            for (const [inner, refs] of Object.entries(BODY_KEYS.has(key) ? (prop.bodyParams ?? {}) : {})) {
              const innerRole = positional ? roleWithin(positional, inner) : call.roles?.[inner];
              if (innerRole) for (const ref of refs) out.push(passOn(ref, { sinkId: sink.id, chain, ...(call.package ? { package: call.package } : {}), role: innerRole, isComputed: true as const }));
            }
          }
          const keyRoles = positional ? undefined : keyRolesOf(call.roles);
          for (const ref of spreadParams(arg)) out.push(passOnAtSink(ref, { sinkId: sink.id, chain, ...(call.package ? { package: call.package } : {}), ...(keyRoles ? { keyRoles } : {}), ...(positional === 'person' ? { role: positional } : {}) }));
        } else for (const ref of arg.params ?? []) out.push(passOnAtSink(ref, { sinkId: sink.id, chain, ...(call.package ? { package: call.package } : {}), ...(positional ? { role: positional } : {}), ...(keyRolesOf(call.roles) ? { keyRoles: keyRolesOf(call.roles)! } : {}) }));
      });
      return out;
    }
    const reached = this.reached(file, call);
    if (!reached) return out;
    // `fetch /api/send-email`: the route requested names the link (own-api-route.ts).
    const linkName = call.job?.name.startsWith(ROUTE_JOB) ? reached.callee : callee;
    for (const [arg, param] of viewsOf(this.argsOf(file, call))) for (const listed of reached.entries) {
      if (listed.param !== param || listed.isBody) continue;
      const entry = asModelView(listed, arg);
      const base = { sinkId: entry.sinkId, chain: [linkName, ...entry.chain], ...(entry.package ? { package: entry.package } : {}), ...(entry.isText ? { isText: true as const } : {}) };
      // What the callee's parameter is named for holds for this function's parameter only when handed on as it
      // came (`{ userEmail }`); `user` whose `.email` is read inside is not itself an email.
      const named = entry.named && (propOf(arg, entry.key) ?? arg).isParam ? { named: entry.named } : {};
      const computed = entry.isComputed || !(propOf(arg, entry.key) ?? arg).isParam ? { isComputed: true as const } : {};
      if (entry.key !== undefined) {
        const prop = propOf(arg, entry.key);
        // `{ ...options, subject }` without the key: the spread parameter's own key reaches it.
        const handed = prop ? prop.params : arg.props ? spreadParams(arg) : arg.params;
        const refs = handed?.map((r) => (r.key === undefined && !prop ? { param: r.param, key: entry.key! } : r));
        // `sendEmail(payload)` where `payload` is `{ payload }` of a job: the key's role stays a key role of what is handed.
        // `{ params }` where `params` holds the recipient and the text: the role is no one parameter's (composite-role.ts).
        const role = prop ? roleForHanded(entry.role, prop) : entry.role;
        for (const ref of refs ?? []) out.push(passOn(ref, { ...base, ...named, ...computed, ...(role ? { role } : {}), ...(entry.keyRoles ? { keyRoles: entry.keyRoles } : !prop && ref.key !== undefined && ref.key !== entry.key && entry.role && entry.role !== 'person' ? { keyRoles: { [entry.key]: entry.role } } : {}) }));
      } else if (arg.props && entry.keyRoles) {
        // `body: JSON.stringify(options)`: the request body's keys are the parameter's, in their roles (serialised-body.ts).
        for (const [key, prop] of Object.entries(arg.props)) for (const ref of prop.params ?? []) out.push(passOn(ref, { ...base, ...(entry.keyRoles[key] ? { role: entry.keyRoles[key] } : BODY_KEYS.has(key) && ref.key === undefined ? { keyRoles: entry.keyRoles } : {}), ...namedParam(prop, ref) }));
        for (const ref of spreadParams(arg)) out.push(passOn(ref, { ...base, keyRoles: entry.keyRoles }));
      } else {
        for (const ref of arg.params ?? []) out.push(passOn(ref, { ...base, ...named, ...computed, ...(entry.role ? { role: entry.role } : {}), ...(entry.keyRoles ? { keyRoles: entry.keyRoles } : {}) }));
      }
    }
    // `sendMail({ to: email, html: mail.html })` with `mail = missionComplete({ firstName })`: the parameters the
    // builder writes into the text reach the sink too, so a caller handing `user.firstName` is judged by it (session 54).
    if (call.keyedTextCalls) for (const listed of reached.entries) {
      const texts = listed.isBody ? undefined : call.keyedTextCalls[listed.param];
      for (const [key, made] of Object.entries(texts ?? {})) {
        if (listed.key !== undefined && listed.key !== key && key !== SPREAD_KEY) continue;
        const base = { sinkId: listed.sinkId, chain: [linkName, ...listed.chain], ...(listed.package ? { package: listed.package } : {}), isText: true as const, isComputed: true as const };
        for (const { ref, named } of this.textParamRefs(file, made)) out.push(passOn(ref, { ...base, ...(named.length ? { named: [...named] } : {}) }));
      }
    }
    return out;
  }

  /** The calling function's parameters a builder writes into its text (its `textReads`), with what the builder names them. */
  private textParamRefs(file: string, calls: readonly MadeByFact[]): { ref: ParamRef; named: readonly Category[] }[] {
    const out: { ref: ParamRef; named: readonly Category[] }[] = [];
    for (const made of calls) {
      for (const [ref, named] of Object.entries(this.madeByFunction(file, made)?.textReads ?? {})) {
        const { arg, key } = textRefArg(made, ref);
        const value = key === '' ? arg : arg && propOf(arg, key);
        for (const param of value?.params ?? []) out.push({ ref: param, named: value!.isParam ? named : [] });
      }
    }
    return out;
  }

  // ---- judging callers -----------------------------------------------------------------------------------

  /** Flows at the calls of `file` that reach a sink through another module (or a wrapper of the same file). */
  flowsFor(file: string, facts: ModuleFacts = this.modules.get(file)!): FlowFinding[] {
    const flows: FlowFinding[] = [];
    // A test, seed or mock file's people are made up and its senders mocked (test-code.ts).
    if (!facts || isTestCode(file)) return flows;
    const saved = this.modules.get(file);
    // The linted file's own facts may be newer than the project's (the editor's buffer).
    if (saved !== facts) {
      (this.modules as Map<string, ModuleFacts>).set(file, facts);
      this.indexes.delete(file);
      this.forgetResolved();
    }
    try {
      for (const call of facts.calls) {
        if (call.sinkId && call.textCalls) {
          const text = this.textFlow(file, call);
          if (text) flows.push(text);
        }
        if (call.sinkId || call.isSenderBody) continue;
        const reached = this.reached(file, call);
        if (!reached) continue;
        // A function no call of the project reaches (a framework's callback, a route handler, a server action
        // bound to a form) gets its parameters from outside: what it hands on enters the chain here.
        // Asked only where it changes what an argument carries (a parameter handed on as it came): knowing it
        // takes every module's calls, which a linted file's own link (link-demand.ts) does without otherwise.
        let isEntry: boolean | undefined;
        let isAddressee: Set<number> | undefined;
        let addressed: Set<string> | undefined;
        const bySink = new Map<string, { categories: Set<Category>; expressions: Set<string>; entry: SummaryEntry }>();
        const besideAddress = new RecordsBesideAddress();
        for (const reachedEntry of judgedEntries(reached.entries, (id) => this.catalogue.byId(id)?.kind === 'logs')) {
          const arg = this.argsOf(file, call)[reachedEntry.param];
          if (!arg) continue;
          let entry = reachedEntry;
          // `sendEmailTemplate(type, insertedUser)` to a parameter named `recipient`: its member read inside leaves here (record-member.ts).
          isAddressee ??= this.addresseeParams(file, call);
          const addressee = isAddressee.has(entry.param);
          let found = carriedWhole(arg, entry, addressee);
          if (call.fn !== undefined && !entry.isAtSink) {
            const atSink: SummaryEntry = { ...entry, isAtSink: true };
            const foundAtSink = carriedWhole(arg, atSink, addressee);
            // A route's body fields handed on (`sendEmail({ to: contact })`) enter here whoever posts them; the body
            // handed whole to a helper of the route (`handleContact(body)`) is read where the helper takes it apart.
            const isRouteField = arg.params !== undefined && arg.params.length > 0 && arg.params.every((r) => r.key !== undefined) && this.isRouteHandler(file, call.fn);
            if (!sameCarried(found, foundAtSink) && (isRouteField || (isEntry ??= !this.isCalled(file, call.fn)))) (entry = atSink), (found = foundAtSink);
          }
          // `logDebug(\`missing ${JSON.stringify(item)}\`)` to a helper logging its parameter as it came: what the record holds is logged.
          if (arg.logged && entry.key === undefined && this.catalogue.byId(entry.sinkId)?.kind === 'logs') {
            for (const c of arg.logged.categories) found.categories.add(c);
            for (const e of arg.logged.expressions) found.expressions.add(e);
          }
          // `sendEmail({ to, html: template.html })`: the imported template's text, where the wrapper takes that key (or the whole object) to the sink.
          const texts = call.keyedTextCalls?.[entry.param];
          if (texts) {
            addressed ??= addressedRecords(call.args);
            for (const [key, made] of Object.entries(texts)) {
              if (entry.key === undefined || entry.key === key || key === SPREAD_KEY) this.addTextReads(file, made, found.categories, found.expressions, addressed);
              // `sendEmail(emailTemplates.welcome(email, userName))` to a wrapper taking `options.to` and `options.html`
              // to the sink: each of those members of what the builder returns (its `shape`, built-messages.ts).
              else if (key === '') this.addTextReads(file, made.map((m) => (m.member === undefined ? { ...m, member: entry.key } : m)), found.categories, found.expressions, addressed, true);
            }
          }
          // `createCompany({ name, address })`: the organisation's own name, address and phone (organisation-call.ts); a
          // name the argument itself still carries is a person's given or family name, which the per-file pass kept.
          if (call.isOrganisation) {
            const given = (entry.key !== undefined ? arg.props?.[entry.key] : arg)?.categories.includes('name') === true;
            for (const c of ORGANISATION_DATA) if (c !== 'name' || !given) found.categories.delete(c);
          }
          besideAddress.carried(entry.sinkId, entry.param, found.categories);
          if (found.categories.size === 0) {
            // `sendQuotationEmail(client.email, quotation)`: the record's member, if an address goes beside it (record-beside-address.ts);
            // a parameter too, as the address beside it is reported here.
            if (!arg.props && !call.isOrganisation) besideAddress.member(entry.sinkId, entry.param, recordMember(arg, entry.key, entry.named, true, true));
            continue;
          }
          const acc = bySink.get(entry.sinkId) ?? { categories: new Set<Category>(), expressions: new Set<string>(), entry };
          for (const c of found.categories) acc.categories.add(c);
          for (const e of found.expressions) acc.expressions.add(e);
          bySink.set(entry.sinkId, acc);
        }
        for (const member of besideAddress.beside()) {
          const acc = bySink.get(member.sinkId)!;
          for (const c of member.categories) acc.categories.add(c);
          acc.expressions.add(member.expression);
        }
        for (const [sinkId, acc] of [...bySink].sort(([a], [b]) => (a < b ? -1 : 1))) {
          const sink = this.catalogue.byId(sinkId) ?? inferredSink(sinkId);
          if (!sink) continue;
          const inferred = inferredFlow(sink, acc.categories, acc.entry.chain);
          if (inferred === null) continue;
          flows.push({ ...toFlow(file, call, reached.callee, sink, acc), ...inferred });
        }
      }
    } finally {
      if (saved !== facts) {
        if (saved) (this.modules as Map<string, ModuleFacts>).set(file, saved);
        else (this.modules as Map<string, ModuleFacts>).delete(file);
        this.indexes.delete(file);
        this.forgetResolved();
      }
    }
    return flows;
  }

  /** What each call's text holds of what it was given: the callee's `textReads`, read of the call's arguments (text-reads.ts). */
  private addTextReads(file: string, calls: readonly MadeByFact[], categories: Set<Category>, expressions: Set<string>, addressed: ReadonlySet<string> = NONE, membersOnly = false): void {
    for (const made of calls) {
      const fn = this.madeByFunction(file, made);
      // A member asked of a builder's result: only a builder's `shape` says what its members hold.
      if (membersOnly && !fn?.shape) continue;
      const reads = fn?.textReads;
      // A message builder taking its values apart (`ContactSupportEmail({ name, email })` returning `{ subject, html }`):
      // what its `shape` says the member handed on holds, or all of it (built-messages.ts).
      if (!reads && fn?.shape) {
        const built = builtArgument({ categories: [], expressions: [], isVariable: true, text: '' }, made, fn.shape);
        for (const [key, prop] of Object.entries(built.props ?? {})) {
          if (made.member !== undefined && key !== made.member) continue;
          prop.categories.forEach((c) => categories.add(c));
          // `{ customer }` of a loaded record, read by the builder as `customer.name`: what it read there.
          if (prop.isVariable) prop.named?.forEach((c) => categories.add(c));
          prop.expressions.forEach((e) => expressions.add(e));
        }
      }
      for (const [ref, named] of Object.entries(reads ?? {})) {
        const { arg, key } = textRefArg(made, ref);
        // `emailFromFile('kitchen', { guest: booking.name })`: an object written whole is each of its values (placeholder-template.ts).
        if (arg?.props && key === '' && !arg.isVariable) {
          for (const prop of Object.values(arg.props)) {
            prop.categories.forEach((c) => categories.add(c));
            prop.expressions.forEach((e) => expressions.add(e));
          }
          continue;
        }
        const read = arg && memberRead(arg, key);
        if (!read) continue;
        named.forEach((c) => categories.add(c));
        // A parameter written whole (`0.`): what the caller hands it says too (`getStatusEmail(order.customerName)`).
        if (key === '') arg.categories.forEach((c) => categories.add(c));
        expressions.add(read);
      }
      // `notificacionGestionAdmin({ mensaje: \`Email: ${email}\` })`: a value written under a key the text writes out.
      for (const ref of fn?.textKeys ?? []) {
        const { arg, key } = textRefArg(made, ref);
        const prop = arg && propOf(arg, key);
        // `confirmacao({ nome: cli.nome })` in a text to `cli.telefone`: the addressed record's bare name is the
        // person's, as in a text written in place (name-beside-recipient.ts).
        if (prop && !prop.categories.length && prop.asPerson?.length && addressed.has(recordOf(prop.text))) {
          prop.asPerson.forEach((c) => categories.add(c));
          expressions.add(prop.text);
          continue;
        }
        if (!prop?.categories.length) continue;
        prop.categories.forEach((c) => categories.add(c));
        prop.expressions.forEach((e) => expressions.add(e));
      }
    }
  }

  /**
   * A sink's message filled by another module's text function (`html: render(AdminNotificationEmail(booking))`): each
   * parameter member the function writes into its text (its `textReads`), read of what the caller passed (text-reads.ts).
   */
  private textFlow(file: string, call: CallFact): FlowFinding | undefined {
    const categories = new Set<Category>();
    const expressions = new Set<string>();
    this.addTextReads(file, call.textCalls ?? [], categories, expressions, addressedRecords(call.args));
    const sink = call.sinkId ? this.catalogue.byId(call.sinkId) : undefined;
    if (!sink || categories.size === 0) return undefined;
    // One flow for the message: what the call's own arguments carry (its `to`) beside what its text holds, as the file's own flow reads them.
    for (const arg of call.args) {
      arg.categories.forEach((c) => categories.add(c));
      arg.expressions.forEach((e) => expressions.add(e));
    }
    const callee = call.written ?? [call.root, ...call.path].join('.');
    const entry: SummaryEntry = { param: 0, sinkId: sink.id, chain: [] };
    if (call.package) entry.package = call.package;
    const flow = toFlow(file, call, callee, sink, { categories, expressions, entry });
    flow.via = [callee];
    return flow;
  }

  /** The positions of the callee's parameters named for the addressee (`recipient`), where the call reaches one function. */
  private addresseeParams(file: string, call: CallFact): Set<number> {
    const target = this.callTarget(file, call)?.target;
    const fact = target?.kind === 'function' ? this.index(target.file)?.functions.get(target.fn) : undefined;
    const named = (fact?.params ?? []).flatMap((name, i) => (isAddresseeName(name) ? [i] : []));
    // `accountReactivated(user)` of a sender whose builder writes `to: user.email` (sender-factory.ts).
    const sent = target?.kind === 'function' ? senderAddressees(fact, this.summaries.get(`${target.file}\0${target.fn}`)) : [];
    return new Set([...named, ...sent]);
  }

  private called: Set<string> | undefined;

  /**
   * Whether `fn` of `file` is an HTTP route's handler (`app/api/reserve/route.ts`'s `POST`): its body comes off the
   * network, from the app's own pages (whose fetch is judged as a caller too) and from any other client, so what it
   * hands on enters the chain there as well.
   */
  private isRouteHandler(file: string, fn: string): boolean {
    return this.handledJob(file, fn)?.startsWith(ROUTE_JOB) === true;
  }

  /** The job `fn` of `file` handles, or its outer function's (`useAnalytics/track` is `useAnalytics`'s). */
  private handledJob(file: string, fn: string): string | undefined {
    const functions = this.index(file)?.functions;
    const slash = fn.indexOf('/');
    return functions?.get(fn)?.handles ?? (slash > 0 ? functions?.get(fn.slice(0, slash))?.handles : undefined);
  }

  /** Whether some call of the project (or a component rendered) reaches function `fn` of `file`. */
  private isCalled(file: string, fn: string): boolean {
    const demanded = this.demandedIsCalled(file, fn);
    if (demanded !== undefined) return demanded;
    const called = this.calledSet();
    // `useAnalytics/track` is called as `useAnalytics().track`: a nested function counts as its outer one's.
    const slash = fn.indexOf('/');
    return called.has(`${file}\0${fn}`) || (slash > 0 && called.has(`${file}\0${fn.slice(0, slash)}`));
  }

  /** Whether `fn` of `file` is called, from the modules naming it (demand-candidates.ts), in a linted file's own link without stored passes. */
  private readonly calledByKey = new Map<string, boolean>();

  private demandedIsCalled(file: string, fn: string): boolean | undefined {
    if (this.called) return undefined;
    const key = `${file}\0${fn}`;
    return this.demanded('callers', key, this.calledByKey, (demand) => this.isCalledByNamers(demand, file, fn, key));
  }

  private isCalledByNamers(demand: LinkDemand, file: string, fn: string, key: string): boolean {
    const slash = fn.indexOf('/');
    const outer = slash > 0 ? fn.slice(0, slash) : undefined;
    const outerKey = outer !== undefined ? `${file}\0${outer}` : undefined;
    // A job's handler is called by whatever queues its job, by a name that need not be written where it is queued.
    if (this.handledJob(file, fn) !== undefined) demand.passes('callers');
    const names = [lastPart(fn), ...(outer !== undefined ? [lastPart(outer)] : [])];
    const reaches = (t: FunctionRef) => {
      const k = `${t.file}\0${t.fn}`;
      return k === key || k === outerKey;
    };
    for (const from of demand.filesNaming('callers', file, names)) {
      for (const call of this.modules.get(from)?.calls ?? []) {
        if (call.sinkId) continue;
        const resolved = this.callTarget(from, call);
        if (resolved?.target.kind === 'function' ? reaches(resolved.target) : resolved?.target.kind === 'functions' && resolved.target.list.some(reaches)) return true;
      }
    }
    return false;
  }

  private calledSet(): Set<string> {
    if (!this.called && this.stored) this.called = storedCalled(this.stored);
    if (!this.called && this.demand) this.called = this.demand.passes('callers').called;
    if (!this.called) {
      this.called = new Set();
      for (const [from, facts] of this.modules) {
        for (const call of facts.calls) {
          if (call.sinkId) continue;
          const resolved = this.callTarget(from, call);
          if (call.job) for (const h of this.handlersOf(call.job.name)) this.called.add(`${h.file}\0${h.fn}`);
          if (resolved?.target.kind === 'function') this.called.add(`${resolved.target.file}\0${resolved.target.fn}`);
          else if (resolved?.target.kind === 'functions') for (const t of resolved.target.list) this.called.add(`${t.file}\0${t.fn}`);
        }
      }
    }
    return this.called;
  }

  /** Every cross-module flow of the project. */
  allFlows(): FlowFinding[] {
    return [...this.modules.keys()].sort().flatMap((file) => this.flowsFor(file));
  }

  /** The project's exported clients and functions that reach a sink, sorted by module and name. */
  wrappers(): Wrapper[] {
    const out: Wrapper[] = [];
    for (const [file, facts] of this.modules) {
      for (const e of facts.exports) {
        if (e.from || !e.local) continue;
        const target = this.local(file, e.local);
        if (!target || target.kind === 'functions' || target.kind === 'choice' || target.file !== file) continue;
        if (target.kind === 'client') {
          const sinks = this.compiled.byPackage.get(target.client.package)?.map((s) => s.sink.id) ?? [];
          if (sinks.length) out.push({ module: file, export: e.name, sinkIds: sinks, via: [target.client.package] });
        } else if (target.kind === 'function') {
          const entries = this.summaries.get(`${file}\0${target.fn}`) ?? [];
          if (entries.length) out.push({ module: file, export: e.name, sinkIds: [...new Set(entries.map((x) => x.sinkId))].sort(), via: entries[0]!.chain });
        } else if (target.kind === 'object') {
          const entries = Object.values(target.members).flatMap((member) => this.summaries.get(`${file}\0${member}`) ?? []);
          if (entries.length) out.push({ module: file, export: e.name, sinkIds: [...new Set(entries.map((x) => x.sinkId))].sort(), via: entries[0]!.chain });
        } else {
          const methods = [...(this.index(file)?.functions.keys() ?? [])].filter((name) => name.startsWith(`${target.name}.`));
          const entries = methods.flatMap((name) => this.summaries.get(`${file}\0${name}`) ?? []);
          if (entries.length) out.push({ module: file, export: e.name, sinkIds: [...new Set(entries.map((x) => x.sinkId))].sort(), via: entries[0]!.chain });
        }
      }
    }
    return out.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : a.export < b.export ? -1 : a.export > b.export ? 1 : 0));
  }
}

/** The callee for evidence: as written where the root is a typed value's type (`emailsServices.sendEmail`), else root and members. */
function calleeText(call: CallFact): string {
  return call.written ?? [call.root, ...call.path.filter((p) => p !== '()')].filter(Boolean).join('.');
}

/** An argument read as one value, without the keys of the objects it is built from. */
function wholeOf(arg: ArgFact): ArgFact {
  const { props: _props, isBuilt: _isBuilt, ...whole } = arg;
  return whole;
}

/**
 * Each argument with its position; one built from objects elsewhere (`Promise.all(xs.map(…))`) also as a whole
 * value, so what its name or its parameters say still counts where its keys say nothing.
 */
function viewsOf(args: readonly ArgFact[]): [ArgFact, number][] {
  const views: [ArgFact, number][] = [];
  args.forEach((arg, index) => {
    views.push([arg, index]);
    if (arg.isBuilt) views.push([wholeOf(arg), index]);
  });
  return views;
}

/**
 * Parameters spread into an object argument (`{ ...defaults, ...options, from }`): read by the object as a whole but
 * by none of its written keys, so each of their keys reaches the callee as its own key. A parameter's member spread
 * so (`{ ...params.email }`, or `{ ...email }` of a destructured `({ email, options })`: a mail helper taking the
 * message under a key, session 50) is read the same way, as that member.
 */
function spreadParams(arg: ArgFact): ParamRef[] {
  if (!arg.props || !arg.params) return [];
  const inProps = Object.values(arg.props).flatMap((p) => p.params ?? []);
  return arg.params.filter((r) => !inProps.some((p) => p.param === r.param && (p.key === r.key || p.key === undefined)));
}

/** The role a key of an object holds when the whole object has one: `{ name, address }` as an email is a name and an email. */
function roleWithin(role: Role, key: string): Role | undefined {
  if (role === 'person') return role;
  if (role === 'email') return key === 'address' || key === 'email' ? 'email' : key === 'name' ? 'name' : undefined;
  return undefined;
}

function keyRolesOf(roles: Record<string, Role> | undefined): Record<string, Role> | undefined {
  if (!roles) return undefined;
  const keys = Object.entries(roles).filter(([k]) => !k.startsWith('$'));
  return keys.length ? Object.fromEntries(keys) : undefined;
}

function entryFor(param: number, key: string | undefined, sink: SinkDef, roles: Record<string, Role> | undefined, pkg: string | undefined, chain: string[]): SummaryEntry {
  const entry: SummaryEntry = { param, sinkId: sink.id, chain, isAtSink: true };
  if (key !== undefined) entry.key = key;
  if (pkg) entry.package = pkg;
  const positional = roles?.[`$${param}`];
  if (positional) entry.role = positional;
  const keyRoles = keyRolesOf(roles);
  if (keyRoles && !positional) entry.keyRoles = keyRoles;
  return entry;
}

function handOn(ref: ParamRef, rest: Omit<SummaryEntry, 'param' | 'key'>): SummaryEntry {
  return ref.key === undefined ? { param: ref.param, ...rest } : { param: ref.param, key: ref.key, ...rest };
}

/** Adds what the parameter's own name says (`firstName`) to what the callee's parameters said already. */
function withNamed(entry: SummaryEntry, categories: readonly Category[] | undefined): SummaryEntry {
  if (!categories?.length) return entry;
  const all = [...new Set([...(entry.named ?? []), ...categories])].sort();
  return { ...entry, named: all };
}

/** A value the caller itself received as a parameter enters the chain elsewhere: its own callers are judged. */
const isPassedThrough = (value: ValueFact) => value.isParam === true && value.categories.length === 0;

/** `this.props.to`, `this.replyTo(data)` with `data = { ...this.props }`: made of the constructor's arguments, judged at each `new C({...})`, never in the method. */
const isConstructorField = (value: ValueFact) => value.categories.length === 0 && value.params !== undefined && value.params.length > 0 && value.params.every((p) => p.param < 0);

function addValue(out: { categories: Set<Category>; expressions: Set<string> }, value: ValueFact, role: Role | undefined, isAtSink = false, named?: readonly Category[], isHandedWhole = false): void {
  if ((!isAtSink && isPassedThrough(value)) || isConstructorField(value)) return;
  // `{ address }` handed to a mail's recipient: a mailbox's address, not a street (mailbox-address.ts).
  const isMailbox = role !== undefined && isMailboxAddress(value.text, role);
  for (const c of value.categories) if (!isMailbox || c !== 'address') out.categories.add(c);
  for (const e of value.expressions) out.expressions.add(e);
  if (!value.isVariable) return;
  // `createContact(email, firstName)` called with `name?.split(' ')[0]`: the parameter's name says what it is, where the
  // value's own name says nothing (`user.email` handed to a parameter called `address` stays an email address).
  // `team.name` handed to a parameter called `name`: the container's reading stands (name-beside-address-param.ts).
  const adds = value.categories.length || isContainersOwnName(value.text) ? undefined : (value.named ? [...(named ?? []), ...value.named] : named);
  if (adds?.length) {
    // A parameter or key called `address` on the way to a mail's recipient names the mailbox too.
    for (const c of adds) if (role !== 'email' || c !== 'address') out.categories.add(c);
    out.expressions.add(value.text);
  }
  if (!role) return;
  if (role === 'person') {
    // A person's record reaches a person role whole only where the callee hands it on as it came (whole-person-record.ts).
    const person = [...(value.asPerson ?? []), ...(isHandedWhole ? (value.wholeRecord ?? []) : [])];
    for (const c of person) out.categories.add(c);
    if (person.length) out.expressions.add(value.text);
  } else {
    out.categories.add(role);
    out.expressions.add(value.text);
  }
}

/** A person's whole record the caller wrote into a message's text or template data: their email address and name (record-in-message.ts). */
function addRecords(out: { categories: Set<Category>; expressions: Set<string> }, value: ValueFact): void {
  if (!value.inText) return;
  for (const c of value.inText.categories) out.categories.add(c);
  out.expressions.add(value.inText.text);
}

const NONE: ReadonlySet<string> = new Set();

/** `cli` of `cli.telefone`: the record a member path belongs to ('' for a plain name). */
function recordOf(text: string): string {
  const dot = text.lastIndexOf('.');
  return dot > 0 ? text.slice(0, dot) : '';
}

/**
 * The records whose email or phone a call's arguments carry, as an argument (`sendProativo(ctx, cli.telefone, texto)`)
 * or in an object (`booking` of `{ to: booking.email }`).
 */
function addressedRecords(args: readonly ArgFact[]): Set<string> {
  const records = new Set<string>();
  for (const arg of args) {
    for (const value of [arg, ...Object.values(arg.props ?? {})]) {
      if (!value.isVariable || !(value.categories.includes('email') || value.categories.includes('phone'))) continue;
      const record = recordOf(value.text);
      if (record) records.add(record);
    }
  }
  return records;
}

/** The argument and member a text function's `0.customerName` names, of one call of it. */
function textRefArg(made: MadeByFact, ref: string): { arg: ArgFact | undefined; key: string } {
  const dot = ref.indexOf('.');
  return { arg: made.args[Number(ref.slice(0, dot))], key: ref.slice(dot + 1) };
}

/**
 * An argument's own key (`to` of `{ to }`), never one its prototype lends: a summary keyed `constructor` or
 * `toString` would otherwise read Object's functions as values (a crash on a real repository).
 */
function propOf(arg: ArgFact, key: string | undefined): ValueFact | undefined {
  return key !== undefined && arg.props && Object.hasOwn(arg.props, key) ? arg.props[key] : undefined;
}

/** What one argument hands to a sink through a summary entry, a built message's whole object included. */
function carriedWhole(arg: ArgFact, entry: SummaryEntry, isAddressee = false): { categories: Set<Category>; expressions: Set<string> } {
  const found = carriedBy(arg, entry, isAddressee);
  if (arg.isBuilt) {
    const whole = carriedBy(wholeOf(arg), entry);
    for (const c of whole.categories) found.categories.add(c);
    for (const e of whole.expressions) found.expressions.add(e);
  }
  return found;
}

/** The same categories and expressions, in the same order (a flow lists them as they were added). */
const sameCarried = (a: { categories: Set<Category>; expressions: Set<string> }, b: { categories: Set<Category>; expressions: Set<string> }) =>
  [...a.categories].join('\0') === [...b.categories].join('\0') && [...a.expressions].join('\0') === [...b.expressions].join('\0');

/** What one argument hands to a sink through a summary entry. */
function carriedBy(arg: ArgFact, listed: SummaryEntry, isAddressee = false): { categories: Set<Category>; expressions: Set<string> } {
  const entry = asModelView(listed, arg);
  const out = { categories: new Set<Category>(), expressions: new Set<string>() };
  if (entry.key !== undefined) {
    const prop = propOf(arg, entry.key);
    if (prop) {
      addValue(out, prop, roleOfValue(entry, prop), entry.isAtSink, entry.named);
      if (entry.isText) addRecords(out, prop);
    } else if (!arg.props || arg.isBuilt) {
      addValue(out, arg, undefined, entry.isAtSink);
      // `sendEmailTemplate(type, insertedUser)` to a helper sending `recipient.email`: the record's member leaves here.
      const member = recordMember(arg, entry.key, entry.named, entry.isAtSink, isAddressee || arg.isLoaded === true, entry.isComputed);
      if (member) for (const c of member.categories) out.categories.add(c), out.expressions.add(member.expression);
    } else if (arg.spreads) {
      // `{ ...parsedInput, logoUrl }` to a callee that sends its `email`: the spread supplies that key.
      const categories = [...(entry.role && entry.role !== 'person' ? [entry.role] : []), ...(entry.named ?? [])];
      for (const c of categories) out.categories.add(c);
      if (categories.length) for (const spread of arg.spreads) out.expressions.add(`${spread}.${entry.key}`);
    }
    return out;
  }
  if (arg.props) {
    for (const [key, prop] of Object.entries(arg.props)) {
      addValue(out, prop, entry.role === 'person' ? 'person' : entry.keyRoles?.[key], entry.isAtSink, undefined, true);
      if (entry.isText) addRecords(out, prop);
    }
    if ((!entry.keyRoles && entry.role !== 'person') || arg.isBuilt) for (const c of arg.categories) out.categories.add(c);
    if (arg.isBuilt && arg.categories.length) for (const e of arg.expressions) out.expressions.add(e);
    return out;
  }
  addValue(out, arg, roleOfValue(entry, arg), entry.isAtSink, entry.named, true);
  return out;
}

/**
 * The role a summary entry gives a caller's value: none where the callee computes the sink's value from an id the caller
 * hands it (`resolveOpsRecipientEmails({ accountOwnerUserId })` then `to: recipients`: the looked-up addresses, not the
 * id). An id the callee hands on as it came (`sendVerificationRequest(user.id, …)` writing it as the address, an app
 * keying its users by their email) keeps the role.
 */
function roleOfValue(entry: SummaryEntry, value: ValueFact): Role | undefined {
  return entry.isComputed && entry.role !== 'person' && isIdValue(value.text) ? undefined : entry.role;
}

/** The caller's value for the member `key` of a text function's parameter: `booking.customerName`, or the record spread into an object literal. */
function memberRead(arg: ArgFact, key: string): string | undefined {
  // `0.`: the argument itself, as a parameter written whole is.
  if (key === '') return arg.isVariable && arg.text ? arg.text : undefined;
  // `deliveryInfo.phone`: a member's member, through the object written at the call where there is one.
  const dot = key.indexOf('.');
  if (dot > 0 && arg.props && Object.hasOwn(arg.props, key.slice(0, dot))) {
    const member = arg.props[key.slice(0, dot)]!;
    return member.isVariable && member.text ? `${member.text}.${key.slice(dot + 1)}` : undefined;
  }
  if (arg.props) {
    const prop = Object.hasOwn(arg.props, key) ? arg.props[key] : undefined;
    if (prop) return prop.isVariable ? prop.text : undefined;
    const spread = arg.spreads?.[0];
    return spread ? `${spread}.${key}` : undefined;
  }
  return arg.isVariable && arg.text ? `${arg.text}.${key}` : undefined;
}

function toFlow(file: string, call: CallFact, callee: string, sink: SinkDef, acc: { categories: Set<Category>; expressions: Set<string>; entry: SummaryEntry }): FlowFinding {
  const flow: FlowFinding = {
    kind: 'flow',
    source: 'code',
    categories: [...acc.categories].sort(),
    container: call.container,
    sink: callee,
    sinkId: sink.id,
    sinkKind: sink.kind,
    expressions: [...acc.expressions].sort(),
    via: [callee, ...acc.entry.chain],
    location: { source: 'code', file, line: call.line, col: call.col },
    purposes: call.purposes,
  };
  if (acc.entry.package) flow.package = acc.entry.package;
  if (call.suppressed) flow.suppressed = call.suppressed;
  return flow;
}

/** Links the facts of every scanned file: the cross-module flows and the wrappers found. */
export function linkModules(modules: ReadonlyMap<string, ModuleFacts>, catalogue: SinkCatalogue, resolver: ModuleResolver): { flows: FlowFinding[]; wrappers: Wrapper[] } {
  const links = new ProjectLinks(new Map(modules), catalogue, resolver);
  return { flows: links.allFlows(), wrappers: links.wrappers() };
}
