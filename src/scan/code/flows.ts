/**
 * Personal data reaching a sink (a logger, an analytics client, an HTTP call to a third party) within one
 * file. Parse-only: the file's one walk (walk.ts) hands this collector the nodes it reads, which records the
 * file's bindings (imports, clients made from them) and its calls; afterwards only calls whose callee resolves
 * to a catalogue sink have their arguments read.
 *
 * Suppression: `// privmap-ignore-next-line <reason>` on the line above the call, or `@personal none --
 * <reason>` in the JSDoc of the enclosing function or class. Purposes: `@purpose` on the enclosing function,
 * else its class, else the file.
 */
import { topLevelFunctions } from '../../flows/own-function-result.js';
import { readKeys } from '../../flows/text-function-members.js';
import { hasObjectSibling } from './object-siblings.js';
import { isTestCode } from '../../flows/test-code.js';
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import type { Annotations, Detector } from '../../detect/types.js';
import type { FlowFinding } from '../../finding.js';
import { matchSink, mayReachSink, type CompiledCatalogue, type PackageBinding } from '../../flows/call-patterns.js';
import { isTriggerEmailWrite, mayWriteTriggerEmail, TRIGGER_EMAIL_SINK } from './trigger-email.js';
import { isLocalHost, sinkForHost } from '../../flows/hosts.js';
import { emptyFacts, type ArgFact, type CallFact, type ClassFact, type FunctionFact, type ImportFact, type JobFact, type ModuleFacts, type ObjectFact, type ParamRef, type Role, type TypeFact } from '../../flows/module-facts.js';
import { classify, type AssignedProperty, type Carried, type DataContext } from '../../flows/personal-data.js';
import { inArgument, rolesFor } from '../../flows/roles.js';
import type { SinkDef } from '../../flows/types.js';
import { Bindings, calleePath } from './flow-bindings.js';
import { isResourceAnswer } from './resource-answer.js';
import { newMemberPath, newReceiverPath } from './new-receiver.js';
import { argFact, jsxArgFact, paramNames, paramsIn, withFilledProps, type FactDepth, type ParamNames } from './flow-facts.js';
import { nameBesideContactArgument } from '../../flows/person-record-args.js';
import { packageOfSpecifier } from '../../flows/package-specifier.js';
import { factoryResult, functionName, hostOfArguments, isRequire, urlEndOfArguments } from './flow-literals.js';
import { isInfrastructureHost, vendorOfHostPath } from '../../flows/http-targets.js';
import { recipientByName } from '../../flows/named-recipient.js';
import { RECIPIENT_ROLES } from '../../flows/inferred-mail-roles.js';
import { urlGivenToHelper } from './helper-url.js';
import { isOwnFetchOfVendor } from './own-fetch-client.js';
import { callNamesOrganisation, organisationArgument, organisationCategories } from './organisation-call.js';
import { anyCall, destructuredTextResult } from '../../flows/text-result-member.js';
import { helperPathTarget } from './helper-path.js';
import { isTenantHost } from './tenant-host.js';
import { webhookTarget } from './webhook-url.js';
import { mayCallParameterService, parameterServiceCallee } from './parameter-service.js';
import { injectedServiceCallee } from './injected-service.js';
import { injectedAdapterCallee, mayCallInjectedAdapter } from './injected-adapter.js';
import { isBareNameWord, nameBesideAddressParam } from './name-beside-address-param.js';
import { nameBesideAddressKey } from './list-parameter-element.js';
import type { BaseNames } from './http-base.js';
import { configuredTarget } from './http-configured.js';
import { vendorClassTarget } from './vendor-class-url.js';
import { settingGivenToHelper } from './helper-setting.js';
import { declaredFieldTypes } from './field-types.js';
import { mailShapedPost, type MailPost } from './mail-shaped-post.js';
import { ownRouteCall, routeBodyNames, routeHandlers, routePathOfFile, ROUTE_JOB, SUPABASE_REST } from './own-api-route.js';
import { mayUseQueueTables, queueTableJob, queueTableRead, queueTableWrite } from './outbox-table.js';
import { callbackParameters, lentClientName, lentClientStep, lentToParameter } from './callback-client.js';
import { chosenImplementations } from './chosen-implementation.js';
import { decoratorArgument, eventListeners, handlersIn, INJECT_QUEUE, jobOf, mayHoldHandlerMaps, processorHandlers, queueName, workerHandler } from './flow-jobs.js';
import { memberTypes, typeFactOf, typeNameOf } from './flow-types.js';
import type { FileAnnotations } from './jsdoc.js';
import { collectExports, isExportish, isLinkableImport, mayLink } from './module-exports.js';
import { inlineRequire, inlineRequireLocal } from './inline-require.js';
import type { CodeScanContext } from './types.js';
import { askedOnce } from './asked-once.js';
import { lateBoundAlias } from './late-bound-client.js';
import { isOrElse, unwrap } from './unwrap.js';
import { ELEMENT_METHODS, perElementCallback } from './callback-per-element.js';
import { isUseRef, REF_MEMBER, refCurrentKey } from './react-ref.js';
import { CONVEX_ARGS_PARAM, CONVEX_JOB, convexHandlers, convexJobOf, convexModuleOf } from './convex-functions.js';
import { configuredBase, ownMethodInstance } from './vendor-subclass.js';
import { answerReadFrom } from './response-read.js';
import { loadedSchemaClass } from './schema-class.js';
import { wrappedFunction, wrappedFunctionCalled } from './wrapped-function.js';
import { isKeptHint } from '../../flows/capture-hint.js';
import { arrayBindingNames, destructuredElements } from './promise-all-elements.js';
import { expressionBody, returnedFunctionOf } from './expression-body.js';
import { declareLocal, localAt } from './block-locals.js';
import { spanCallbackParameter } from './span-callbacks.js';
import { enclosingFunctionId } from './sibling-functions.js';
import { ownObjectMethod } from './own-objects.js';
import { nestedMembers } from './nested-members.js';
import { promisifiedByOwnMethod, promisifiedMethod } from './promisified-method.js';
import { isAbstractMethod } from './abstract-method.js';
import { isOwnObjectMember, topLevelObjects } from './self-named-object.js';
import { opaqueCallee } from './flow-opaque.js';
import { listedValues, listRoot } from './list-elements.js';
import { functionGetter } from './function-getter.js';
import { onlyValue, ownMethodValue } from './field-url.js';
import { registryLookedUp, registryMadeWith, registryValueType } from './typed-registry.js';
import { isFilledLater, isNewSet } from './filled-objects.js';
import { LoggedRoleValues } from '../../flows/log-recipients.js';
import { loggedRecords, mayWriteOutRecord } from '../../flows/logged-records.js';
import { loggedKeyedValues } from '../../flows/log-keyed-values.js';
import { lazyInstanceClasses, madeByLocalFunction } from './lazy-instance.js';
import { CONVENTIONAL as CONVENTIONAL_LOGGER, isLoggerName, mayNameLogger, namedLoggerSink } from '../../flows/log-named-receiver.js';
import { chainedOnNew, recordSetter } from './builder-chains.js';
import { VENDOR_NAMED_CONFIDENCE, importedVendorSink, vendorNamedEvidence, vendorNamedSink } from '../../flows/vendor-named-receiver.js';
import { boundElementRef } from './rest-elements.js';
import { nestedKeyCategories } from './nested-parameters.js';
import { jobNameOf } from './named-jobs.js';
import { RETURNED_FUNCTION, returnedFunction } from './returned-function.js';
import { memberTypeOf, patternKeys, referencedName } from './typed-members.js';
import { keepShape, madeByOf, returnedObjects, returnWords } from './built-messages.js';
import { mayExportMailText, textCallsByKey, textCallsIn, textFactsOf } from './text-reads.js';
import { contextServiceCallee } from './context-service.js';
import { receiverNamedCallee } from './receiver-named-call.js';
import { defaultedObject, takesParameter } from './defaulted-param.js';
import { builderParameter, isMessageBuilder, senderCandidate, senderFacts, type SenderCandidate } from './sender-factory.js';
import { collectCommonJsExports, inlineCommonJsObject, inlineMembers } from './commonjs-exports.js';
import { namedCommonJsObject } from './commonjs-object.js';
import { commonJsInstance } from './commonjs-instance.js';
import { aliasedMethods } from './logger-alias.js';
import { requiredMember } from './required-member.js';
import { conciseInstance } from './concise-instance.js';
import { mayAutoImport, RUNTIME_FUNCTIONS } from './auto-import-calls.js';
import { importBindings } from './import-bindings.js';
import { declaredGlobals, globalAssignment, globalCallPath, GLOBAL_ROOT, isGlobalRoot } from './global-members.js';
import { declareUnset, declaresLocal } from './unset-locals.js';
import { appendedLocal } from './appended-text.js';
import { mayLookUpService, serviceCallPath, serviceRegistration } from './service-registry.js';
import { returnedClass } from './returned-class.js';
import { isThisAlias, throughThisAlias } from './this-alias.js';
import { anonymousModuleFunction, MODULE_FUNCTION } from './module-function.js';
import { pickedImplementations } from './picked-implementation.js';
import { REGISTRY_CLASSES, registryHolds } from './instance-registry.js';
import { methodResultPath } from './method-result-alias.js';
import { declaredResultTypeOfOwn, methodResultReceiverPath } from './declared-result.js';
import { startUpImplementations } from './start-up-binding.js';
import { formField } from './form-body.js';
import { dispatchedFrom, dispatchRoot, tableHandlers } from './dispatch-table.js';
import { deferredCalls } from './deferred-call.js';
import { isLocalThunk } from './local-thunk.js';
import { resolvedTextParameter } from './resolved-text.js';
import { LOG_FILE_SINK, writesLogFile } from '../../flows/log-file.js';

/** The name of the class method a scope is in (its nearest function), if that function is a method. */
function ownMethodName(scope: FlowScope): string | undefined {
  for (let s: FlowScope | undefined = scope; s; s = s.parent) {
    if (!s.fnNode) continue;
    return typescript.isMethodDeclaration(s.fnNode) && typescript.isIdentifier(s.fnNode.name) ? s.fnNode.name.text : undefined;
  }
  return undefined;
}

/** Keeps the object a parameter was defaulted to with the function taking it, unless a local of that name is nearer. */
function keepParamDefault(name: string, object: ts.ObjectLiteralExpression, scope: FlowScope): void {
  for (let s: FlowScope | undefined = scope; s; s = s.parent) {
    if (declaresLocal(s, name)) return;
    if (s.fnNode && takesParameter(s.fnNode, name)) return void (s.defaultedParams ??= new Map()).set(name, object);
  }
}

/** The object a parameter of the functions around was defaulted to (`options = options || {}`), if any. */
function paramDefault(name: string, scope: FlowScope): ts.ObjectLiteralExpression | undefined {
  for (let s: FlowScope | undefined = scope; s; s = s.parent) {
    if (declaresLocal(s, name)) return undefined;
    const defaulted = s.defaultedParams?.get(name);
    if (defaulted) return defaulted;
  }
  return undefined;
}

/** The functions a scope is in, innermost first. */
function functionsAround(scope: FlowScope): ts.SignatureDeclaration[] {
  const around: ts.SignatureDeclaration[] = [];
  for (let s: FlowScope | undefined = scope; s; s = s.parent) if (s.fnNode) around.push(s.fnNode);
  return around;
}

/** An argument that stays in the process (an event hint): it hands nothing on (capture-hint.ts). */
const keptArgument = (): ArgFact => ({ categories: [], expressions: [], isVariable: false, text: '' });

/** Where the walk is, as the flow collector sees it: the enclosing function or class and what it declares. */
export interface FlowScope {
  container: string;
  className?: string;
  purposes: string[];
  suppressed?: { reason: string };
  /** `const`/`let` initializers declared directly in this function, by name; made on the first. */
  locals?: Map<string, ts.Expression>;
  /** A name declared in two blocks of the function: every initializer (block-locals.ts). */
  redeclared?: Map<string, ts.Expression[]>;
  /** `const { subject, component } = this.render(data)`: what destructured locals were taken from, by name. */
  destructured?: Map<string, ts.Expression>;
  /** The local names of each such pattern, by each of its names (name-beside-destructured.ts). */
  destructuredNames?: Map<string, string[]>;
  /** `properties = { ...properties, ...extra }`: values its locals were given after their declaration, by name. */
  reassigned?: Map<string, ts.Expression[]>;
  /** `let html: string;`: names declared without a value, given theirs later (unset-locals.ts). */
  unset?: Set<string>;
  /** `options = options || {}`: the object a parameter of this function was defaulted to, by name (defaulted-param.ts). */
  defaultedParams?: Map<string, ts.ObjectLiteralExpression>;
  parent?: FlowScope;
  /** The nearest named function around: its id in the module facts and its parameters by name. */
  fn?: FunctionScope;
  /** The function (named or a callback) this scope is the body of: a record logged whole is read in it (logged-records.ts). */
  fnNode?: ts.SignatureDeclaration;
}

const NO_MEMBERS: ReadonlySet<string> = new Set();
/** The members of each plain name a function reads, and those it gives as a message's recipient, by name. */
interface MemberReads {
  read: Map<string, Set<string>>;
  recipients: Map<string, Set<string>>;
}
const membersReadBy = new WeakMap<ts.Node, MemberReads>();
/** Keys of an object literal that address a message to someone (`{ to: reservation.contact }`). */
const RECIPIENT_KEYS = new Set(['to', 'cc', 'bcc', 'recipient']);

/**
 * `data.name`, `data.email`: the members read of each plain name in a function, by name; and `reservation.contact` of
 * `{ to: reservation.contact }`, a member the function addresses a message to. Read once per function.
 */
function membersReadIn(fn: ts.SignatureDeclaration): MemberReads {
  let found = membersReadBy.get(fn);
  if (found) return found;
  const read = new Map<string, Set<string>>();
  const recipients = new Map<string, Set<string>>();
  const note = (into: Map<string, Set<string>>, root: string, member: string): void => {
    const members = into.get(root) ?? new Set<string>();
    members.add(member);
    into.set(root, members);
  };
  const visit = (node: ts.Node): void => {
    if (typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression)) note(read, node.expression.text, node.name.text);
    else if (typescript.isPropertyAssignment(node) && typescript.isIdentifier(node.name) && RECIPIENT_KEYS.has(node.name.text)) {
      const value = unwrap(node.initializer);
      if (typescript.isPropertyAccessExpression(value) && typescript.isIdentifier(value.expression)) note(recipients, value.expression.text, value.name.text);
    }
    typescript.forEachChild(node, visit);
  };
  const body = (fn as { body?: ts.Node }).body;
  if (body) visit(body);
  membersReadBy.set(fn, (found = { read, recipients }));
  return found;
}

/** A named function the walk is in; its parameters are read only when a call inside asks (most never do). */
class FunctionScope {
  private names: Map<string, ParamRef> | undefined;
  constructor(
    readonly id: string,
    readonly fact: FunctionFact,
    readonly node: ts.SignatureDeclaration,
    /** A method's class keeps these constructor arguments in fields: `this.props` is constructor parameter 0. */
    private readonly fields?: Record<string, number>,
  ) {}
  /** The names holding the rows of the queue table it reads, as its parameter 0 (outbox-table.ts). */
  tableRows: Map<string, ParamRef> | undefined;

  get params(): Map<string, ParamRef> {
    if (this.names) return this.names;
    this.names = paramNames(this.node);
    // An API route's handler: what it reads of the request's body is the caller's payload (own-api-route.ts);
    // a queue table's worker: the rows it reads are what the writer put there (outbox-table.ts).
    if (this.fact.handles?.startsWith(ROUTE_JOB)) for (const [name, ref] of routeBodyNames(this.node)) if (!this.names.has(name)) this.names.set(name, ref);
    for (const [name, ref] of this.tableRows ?? []) if (!this.names.has(name)) this.names.set(name, ref);
    for (const [field, index] of Object.entries(this.fields ?? {})) if (!this.names.has(`this.${field}`)) this.names.set(`this.${field}`, { param: -(index + 1) });
    return this.names;
  }
}

interface PendingCall {
  call: ts.CallExpression;
  scope: FlowScope;
}

/** Objects whose members are the page's globals (`window.Intercom`, `globalThis.Plain`). */
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);


export const IGNORE_COMMENT = 'privmap-ignore-next-line';
const IGNORE = new RegExp(`//\\s*${IGNORE_COMMENT}\\b[ \\t]*(.*)`);


/**
 * The flow collector of one file. The walk (walk.ts) calls one handler per node kind it reads, in file order;
 * `finish` then resolves the calls it kept.
 */
export class FlowExtractor {
  private readonly bindings: Bindings;
  private readonly pending: PendingCall[] = [];
  /** Calls kept for the module facts: rooted at a linkable import, a local function, or a sink reached from a parameter. */
  private readonly linkCalls: { call: ts.CallExpression | ts.NewExpression; scope: FlowScope }[] = [];
  /** JSX elements of components (`<Identify email={…} />`), linked like calls with one props argument. */
  private readonly jsxCalls: { element: ts.JsxSelfClosingElement | ts.JsxOpeningElement; scope: FlowScope }[] = [];
  /** Functions returning only object literals (message builders), their shapes kept at the end (built-messages.ts). */
  private readonly builders: { fact: FunctionFact; scope: FlowScope; objects: ts.ObjectLiteralExpression[] }[] = [];
  /** `export const notify = makeSend(notifyT)`: module-level values made by handing a function to another (sender-factory.ts). */
  private readonly senders: SenderCandidate[] = [];
  private readonly facts: ModuleFacts = emptyFacts();
  /** Local names imported from linkable modules. */
  private readonly linkable = new Set<string>();
  /** The catalogue's packages this file imports: an untraced client's method path is looked up among their sinks. */
  private readonly sinkPackages = new Set<string>();
  /** `const { identify } = useAnalytics()`: a local standing for a member of an imported call's result. */
  private readonly aliases = new Map<string, { root: string; path: string[] }>();
  /**
   * `mailer: Mailer`, `{ emails }: { emails: EmailsServices }`, `@Inject(MAILER) private mailer: Mailer`: a name typed
   * with a named type, as a value of it (`{ root: 'Mailer', path: [':'] }`); kept where the type is the project's.
   */
  private readonly typed = new Map<string, { root: string; path: string[] }>();
  /** `import type { Mailer } from './mailer'` of a linkable module: a type that may name what a value is. */
  private readonly typeImports = new Map<string, ImportFact>();
  /** Classes, interfaces and type aliases declared at the top level of this file. */
  private readonly localTypes = new Set<string>();
  /** Interfaces and type aliases of this file, by name: the types of a typed object's members (typed-members.ts). */
  private readonly declaredTypes = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>();
  /** `const { transporter } = deps` with `deps: Deps` and `type Deps = { transporter: Transporter }`: each element typed as its member. */
  private bindTypedMembers(pattern: ts.ObjectBindingPattern, typeName: string | undefined, literal?: ts.TypeLiteralNode): void {
    const declaration = literal ?? (typeName !== undefined ? this.declaredTypes.get(typeName) : undefined);
    if (!declaration) return;
    for (const { local, key } of patternKeys(pattern)) {
      const type = memberTypeOf(declaration, key);
      if (type) this.bindings.addCandidate(local, { type });
    }
  }
  private readonly types: TypeFact[] = [];
  private readonly functionIds = new Set<string>();
  /** The file's top-level objects of methods, read when a call on a name not bound yet is met (self-named-object.ts). */
  private topObjects: ReadonlyMap<string, ts.ObjectLiteralExpression> | undefined;
  /** The id each named function of the file was given, by its node (dispatch-table.ts). */
  private readonly functionNodes = new Map<ts.Node, string>();
  /** `this.handlers[job.name](job)`: calls of a handler picked from a table by a run-time key, with the table's name (dispatch-table.ts). */
  private readonly dispatched: { call: ts.CallExpression; scope: FlowScope; table: string }[] = [];
  /** `globalOf` answers, per depth and name (see there). */
  private readonly globals = new Map<string, string | null>();
  /** Classes of this file by name: the constructor arguments their fields keep (see `ClassFact`). */
  private readonly classFacts = new Map<string, ClassFact>();
  /** Callbacks of `.map`/`.forEach`/…: their first parameter and the array it is an element of. */
  private readonly elementOf = new Map<ts.SignatureDeclaration, { name: string; receiver: ts.Expression }>();
  /**
   * Callback parameters standing for an element of a receiver, by the function they are written in and their name
   * (`notifs.map((n) => …)` makes `n` an element of `notifs` in that function only: another function's local `n` is
   * its own). Null where one function names two callbacks' parameters alike.
   */
  private readonly elementNames = new Map<string, ts.Expression | null>();
  /** `const { boot } = useIntercom()`: locals destructured from a value, by name (made on the first). */
  private members: Map<string, { from: ts.Expression; key: string }> | undefined;
  private defaultExport: ts.Expression | undefined;
  /** The module's value, a function written without a name (module-function.ts). */
  private moduleFunction: ts.SignatureDeclaration | undefined;
  /** Module-level objects of functions and class instances, kept in the facts if exported. */
  private readonly objects: ObjectFact[] = [];
  /** Module variables by name: their initializer, then the values given to them outside functions (start-up-binding.ts). */
  private readonly startUpValues = new Map<string, ts.Expression[]>();
  private lineStarts?: readonly number[];
  /** Where the word `return` is in the file's text, for `returnedObjects` (made on the first function). */
  private returnWord?: (from: number, to: number) => boolean;
  /** The detector, each distinct question asked once per run. */
  private readonly detector: Detector;

  constructor(
    private readonly sourceFile: ts.SourceFile,
    private readonly context: CodeScanContext,
    private readonly compiled: CompiledCatalogue,
    private readonly notes: FileAnnotations,
  ) {
    this.bindings = new Bindings(compiled);
    this.detector = askedOnce(context.detector);
  }

  private annotations(node: ts.Node): Annotations | undefined {
    return this.notes.before(node);
  }

  /** The scope of the module's top-level statements. */
  moduleScope(): FlowScope {
    return { container: '<module>', purposes: this.notes.file?.purposes ?? [] };
  }

  /** After the walk has visited a top-level statement: what it exports. */
  /** Before a top-level statement is walked: `module.exports = (db, mailer) => { … }` is the module's function `default` (module-function.ts). */
  beforeTopLevel(statement: ts.Statement): void {
    // `app/api/send-email/route.ts`: its `POST` handles what the app's own calls of that path send (own-api-route.ts).
    if (statement === this.sourceFile.statements[0]) {
      const route = routePathOfFile(this.context.file);
      if (route !== undefined) routeHandlers(this.sourceFile, route, this.handlers);
      // `convex/emails.ts`: its exported functions handle what `ctx.runAction(internal.emails.…, args)` hands them (convex-functions.ts).
      const convexModule = convexModuleOf(this.context.file);
      if (convexModule !== undefined) convexHandlers(this.sourceFile, convexModule, this.handlers);
    }
    const moduleFunction = anonymousModuleFunction(statement);
    if (!moduleFunction) return;
    this.moduleFunction = moduleFunction.fn;
    if (moduleFunction.addsExport) this.facts.exports.push({ name: MODULE_FUNCTION, local: MODULE_FUNCTION });
  }

  topLevel(statement: ts.Statement): void {
    if (typescript.isInterfaceDeclaration(statement) || typescript.isTypeAliasDeclaration(statement) || (typescript.isClassDeclaration(statement) && statement.name)) {
      this.localTypes.add(statement.name!.text);
      if (!typescript.isClassDeclaration(statement)) this.declaredTypes.set(statement.name.text, statement);
      const fact = typeFactOf(statement);
      if (fact) this.types.push(fact);
    }
    if (isExportish(statement)) {
      collectExports(statement, this.facts, this.sourceFile);
      if (typescript.isExportAssignment(statement)) {
        this.defaultExport = statement.expression;
        this.recordObject('default', statement.expression);
      }
    } else {
      collectCommonJsExports(statement, this.facts);
      // `module.exports = { init() {…}, send(opts) {…} }`: the module's value, as `export default { … }` (commonjs-exports.ts).
      // `const Service = { async m() {…} }; module.exports = Service`: the same, named first (commonjs-object.ts).
      const inline = inlineCommonJsObject(statement) ?? namedCommonJsObject(statement, this.sourceFile);
      if (inline) {
        this.facts.exports.push({ name: 'default', local: 'default' }, ...inlineMembers(inline).map((name) => ({ name, local: name })));
        this.defaultExport = inline;
        this.recordObject('default', inline);
      }
      // `module.exports = new EmailService()`: the instance, as `export default new EmailService()` (commonjs-instance.ts).
      const instance = inline ? undefined : commonJsInstance(statement);
      if (instance) {
        this.facts.exports.push({ name: 'default', local: 'default' });
        this.defaultExport = instance;
        this.recordObject('default', instance);
      }
    }
  }

  /** After the walk: the flows of the calls kept, and the module's facts for the link stage. */
  finish(): { flows: FlowFinding[]; module: ModuleFacts } {
    const found = this.pending.map((pending) => this.flowOf(pending));
    // A log read before its function's send (`console.log(\`Sending to ${req.to}\`)`): read again with the send's roles (log-recipients.ts).
    if (!this.loggedRoles.isEmpty) this.pending.forEach((pending, i) => void (this.loggedRoles.revisit(pending.call) && (found[i] = this.flowOf(pending))));
    const flows = found.filter((flow): flow is FlowFinding => flow !== undefined);
    this.collectClients();
    this.keepSenders();
    const exported = new Set(this.facts.exports.map((e) => e.local));
    // `let sendEmail = fakeSendEmail; … sendEmail = emailer.sendEmail`: any value it was given (start-up-binding.ts).
    for (const [local, values] of this.startUpValues) {
      const oneOf = values.length > 1 && exported.has(local) ? startUpImplementations(values, (name) => this.bindings.initializerOf(name)) : undefined;
      if (!oneOf) continue;
      const earlier = this.objects.findIndex((o) => o.local === local);
      if (earlier >= 0) this.objects.splice(earlier, 1);
      this.objects.push({ local, oneOf });
    }
    const objects = this.objects.filter((o) => exported.has(o.local) || this.listRoots.has(o.local));
    if (objects.length) this.facts.objects = objects;
    // `const setUser = Sentry.setUser; export default { setUser }`: a member standing for a vendor's function is that client.
    for (const member of objects.flatMap((o) => Object.values(o.members ?? {}))) {
      const binding = this.facts.clients.some((c) => c.local === member) ? undefined : this.bindings.binding(member);
      if (binding) this.facts.clients.push({ local: member, ...binding });
    }
    for (const { fact, scope, objects } of this.builders) keepShape(fact, objects.map((o) => argFact(o, this.dataContext(scope, o.pos), scope.fn?.params)), this.dataContext(scope));
    for (const pending of this.linkCalls) {
      const fact = this.linkCallFact(pending);
      if (fact) this.facts.calls.push(fact);
    }
    for (const { call, scope, table } of this.dispatched) this.dispatchCall(call, scope, table);
    for (const pending of this.jsxCalls) {
      const fact = this.jsxCallFact(pending.element, pending.scope);
      if (fact) this.facts.calls.push(fact);
    }
    this.keepTypeFacts();
    return { flows, module: this.facts };
  }

  /** Whether a type name is one the link stage can follow: the project's (imported or of this file), not a vendor's or a framework's. */
  private isProjectType(name: string): boolean {
    return this.linkable.has(name) || this.typeImports.has(name) || this.localTypes.has(name);
  }

  /** A typed name's alias, where its type is the project's. */
  /** `sendEmailDirect` for `this.sendEmailDirect` called in a method of the object literal that has it (object-siblings.ts). */
  private siblingMethod(fn: FunctionScope | undefined, method: string): string | undefined {
    if (!fn || !hasObjectSibling(this.sourceFile, fn.node, method)) return undefined;
    // A method of an object literal is named by its own name, or after its enclosing function where nested (`outer/send`).
    const slash = fn.id.lastIndexOf('/');
    const sibling = slash > 0 ? `${fn.id.slice(0, slash)}/${method}` : method;
    return this.functionIds.has(sibling) ? sibling : undefined;
  }

  /** Whether a field (`this.challengeEmail`) holds a value of a project type: a service, whose methods make their results. */
  private readonly isServiceField = (key: string): boolean => this.typedAlias(key) !== undefined;

  /** An imported name, or a field typed by a project class (`this.mailer`) as its type's path (text-reads.ts `LinkedName`). */
  private readonly linkedName = (name: string): boolean | { root: string; path: string[] } => this.linkable.has(name) || (name.startsWith('this.') && this.typedAlias(name)) || false;

  private typedAlias(name: string): { root: string; path: string[] } | undefined {
    const typed = this.typed.get(name);
    return typed && this.isProjectType(typed.root) ? typed : undefined;
  }

  /** The types, declared return types and implemented types the link stage reads, with the type-only imports they name. */
  private keepTypeFacts(): void {
    const named = new Set<string>();
    for (const call of this.facts.calls) if (call.path[0] === ':') named.add(call.root);
    for (const fn of this.facts.functions) {
      if (fn.returnsType === undefined) continue;
      if (this.isProjectType(fn.returnsType)) named.add(fn.returnsType);
      else delete fn.returnsType;
    }
    for (const cls of this.facts.classes ?? []) for (const name of cls.implements ?? []) named.add(name);
    const types = this.types.filter((t) => t.returnOf !== undefined || t.instanceOf !== undefined || t.value !== undefined || Object.values(t.members ?? {}).some((m) => this.isProjectType(m)));
    for (const t of types) {
      for (const name of [t.returnOf, t.instanceOf, t.value, ...Object.values(t.members ?? {})]) if (name) named.add(name);
    }
    if (types.length) this.facts.types = types;
    for (const name of [...named].sort()) {
      const imported = this.typeImports.get(name);
      if (imported && !this.linkable.has(name)) this.facts.imports.push(imported);
    }
  }

  // ---- what the walk hands over, by node kind ----------------------------------------------------------------------------------------------

  importDeclaration(node: ts.ImportDeclaration): void {
    const clause = node.importClause;
    if (!clause || !typescript.isStringLiteral(node.moduleSpecifier)) return;
    // `npm:resend@2.0.0`, `https://esm.sh/resend`: the npm package a Deno file imports (package-specifier.ts).
    const pkg = packageOfSpecifier(node.moduleSpecifier.text);
    if (!this.compiled.packages.has(pkg)) {
      if (!isLinkableImport(pkg, this.compiled)) return;
      const record = (local: string, name: string, isType: boolean) => {
        // A type-only import names what a typed value is; kept in the facts only where one is called (`keepTypeFacts`).
        if (isType) return void this.typeImports.set(local, { local, from: pkg, name, isType: true });
        this.facts.imports.push({ local, from: pkg, name });
        this.linkable.add(local);
      };
      if (clause.name) record(clause.name.text, 'default', clause.isTypeOnly);
      const bindings = clause.namedBindings;
      if (bindings && typescript.isNamespaceImport(bindings)) record(bindings.name.text, '*', clause.isTypeOnly);
      if (bindings && typescript.isNamedImports(bindings)) for (const element of bindings.elements) record(element.name.text, (element.propertyName ?? element.name).text, clause.isTypeOnly || element.isTypeOnly);
      return;
    }
    this.sinkPackages.add(pkg);
    if (clause.name) this.bindings.addImport(clause.name.text, pkg, undefined);
    const bindings = clause.namedBindings;
    if (bindings && typescript.isNamespaceImport(bindings)) this.bindings.addImport(bindings.name.text, pkg, undefined);
    if (bindings && typescript.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const exported = (element.propertyName ?? element.name).text;
        this.bindings.addImport(element.name.text, pkg, exported === 'default' ? undefined : exported);
      }
    }
  }

  variable(node: ts.VariableDeclaration, scope: FlowScope): void {
    const init = node.initializer;
    if (typescript.isIdentifier(node.name)) {
      if (init) {
        const required = isRequire(init);
        const member = required ? undefined : requiredMember(init);
        if (required) {
          this.bindings.addImport(node.name.text, required, undefined);
          if (scope.fn) this.lateImports.add(node.name.text);
          this.linkRequire(node.name.text, required, '*');
        } else if (member && isLinkableImport(member.from, this.compiled)) {
          // `const Send = require('./mail').mailService.send`: that export's member (required-member.ts).
          this.linkRequire(node.name.text, member.from, member.name);
          this.aliases.set(node.name.text, { root: node.name.text, path: member.path });
          this.requiredMembers.add(node.name.text);
        } else this.bindLocal(node.name.text, init, scope);
      } else {
        // `let html: string;` given its value in branches later (unset-locals.ts).
        declareUnset(scope, node.name.text);
        if (node.type) this.bindings.addCandidate(node.name.text, { type: node.type });
      }
      if (node.type) this.addTyped(node.name.text, node.type);
    } else if (typescript.isArrayBindingPattern(node.name) && init) {
      // `const [stripe, order] = await Promise.all([this.getStripeClient(ctx), …])` (promise-all-elements.ts).
      const elements = destructuredElements(node.name, init);
      for (const { name, element } of elements) this.bindLocal(name, element, scope);
      // `const [firstName, ...rest] = data.name.trim().split(' ')`: each part holds what the whole value holds.
      if (elements.length === 0) for (const name of arrayBindingNames(node.name)) declareLocal(scope, name, init);
    } else if (typescript.isObjectBindingPattern(node.name) && init) {
      // `const { to, subject } = opts` where `opts` is a parameter: `to` is that parameter's `to`.
      const source = unwrap(init);
      if (typescript.isIdentifier(source)) this.bindTypedMembers(node.name, this.typed.get(source.text)?.root);
      const whole = scope.fn && typescript.isIdentifier(source) ? scope.fn.params.get(source.text) : undefined;
      if (whole && whole.key === undefined && scope.fn) {
        for (const element of node.name.elements) {
          const ref = boundElementRef(element, whole.param);
          if (ref) scope.fn.params.set((element.name as ts.Identifier).text, ref);
          if (ref?.key !== undefined) this.loggedRoles.noteTakenMember(scope.fn.id, (element.name as ts.Identifier).text, `${(source as ts.Identifier).text}.${ref.key}`);
        }
      }
      const required = isRequire(init);
      const made = required ? undefined : this.linkableCall(init);
      // `import pkg from 'whatsapp-web.js'; const { Client } = pkg`: a CommonJS package's export taken from its default
      // import, as ESM code must for such packages; the same as `import { Client } from 'whatsapp-web.js'`.
      const defaultImport = !required && typescript.isIdentifier(source) ? this.bindings.binding(source.text) : undefined;
      const fromPackage = defaultImport?.kind === 'import' && defaultImport.exportName === undefined ? defaultImport.package : undefined;
      for (const element of node.name.elements) {
        if (!typescript.isIdentifier(element.name)) continue;
        const exported = takenKey(element, element.name.text);
        if (fromPackage) this.bindings.addImport(element.name.text, fromPackage, exported);
        if (required) {
          this.bindings.addImport(element.name.text, required, exported === 'default' ? undefined : exported);
          if (scope.fn) this.lateImports.add(element.name.text);
          this.linkRequire(element.name.text, required, exported);
        } else if (made) this.aliases.set(element.name.text, { root: made.root, path: [...made.path, exported] });
        // `const { notificar } = gzappyService` of a module linked whole (a late import's parameter): that export.
        else if (typescript.isIdentifier(source) && this.linkable.has(source.text) && !scope.fn?.params.has(source.text)) this.aliases.set(element.name.text, { root: source.text, path: [exported] });
        else (this.members ??= new Map()).set(element.name.text, { from: init, key: exported });
        if (!required && !whole) (scope.destructured ??= new Map()).set(element.name.text, init);
      }
      const names = node.name.elements.flatMap((e) => (typescript.isIdentifier(e.name) ? [e.name.text] : []));
      // The names of one pattern say whose each is (name-beside-destructured.ts), from a parameter's record too: a route's
      // `const { name, email, phone } = body` where `body = await request.json()` is the request, read whole.
      if (!required) for (const name of names) (scope.destructuredNames ??= new Map()).set(name, names);
    }
  }

  /** `import('./x').then((mod) => mod.f(…))`, `.then(({ f }) => f(…))`: the callback's parameter linked as the module, or its members. */
  private linkLateImport(call: ts.CallExpression): void {
    const callee = unwrap(call.expression);
    if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'then') return;
    const required = isRequire(callee.expression);
    const callback = unwrap(call.arguments[0]!);
    const param = required !== undefined && isLinkableImport(required, this.compiled) && (typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback)) ? callback.parameters[0]?.name : undefined;
    if (!param || required === undefined) return;
    if (typescript.isIdentifier(param)) return this.linkRequire(param.text, required, '*');
    if (!typescript.isObjectBindingPattern(param)) return;
    for (const element of param.elements) {
      if (!typescript.isIdentifier(element.name)) continue;
      const exported = takenKey(element, element.name.text);
      this.linkRequire(element.name.text, required, exported);
    }
  }

  /** A local given a value: `const client = new Stripe(key)`, `const mailer = getMailer()`, `const message = { to }`. */
  private bindLocal(name: string, init: ts.Expression, scope: FlowScope): void {
    // `require('pino')()`, `require('dd-trace').init()`: a client made from the package.
    this.bindings.addCandidate(name, { initializer: init });
    declareLocal(scope, name, init);
    this.noteQueue(name, init);
    // `const client = getEmailClient()` of a function of this file making instances: those instances (lazy-instance.ts).
    const made =
      this.linkableCall(init, name) ??
      ownMethodInstance(init, this.classNodes.get(scope.className ?? ''), scope.className, (n) => this.linkable.has(n)) ??
      madeByLocalFunction(init, (n) => enclosingFunctionId(this.functionIds, scope.fn?.id, n), (id) => this.facts.functions.some((f) => f.name === id && f.instances?.length));
    if (made) this.aliases.set(name, made);
    // `const geocoder = useRef(new GoogleGeocoder())`: the ref's value (react-ref.ts).
    const refValue = isUseRef(init) ? init.arguments[0] : undefined;
    if (refValue) this.bindField(`${name}.${REF_MEMBER}`, refValue);
    // `const provider = this.getProviderFromGateway(gateway)` declared `: IGatewayProvider`: a value of that type (declared-result.ts).
    const declared = made || isLoggerName(name) ? undefined : declaredResultTypeOfOwn(init, { sourceFile: this.sourceFile, className: scope.className, classNode: (n) => this.classNodes.get(n) }, (n) => this.isProjectType(n));
    if (declared !== undefined && !this.typed.has(name)) this.typed.set(name, { root: declared, path: [':'] });
    // `const send = promisify(transporter.sendMail)`: that client's method (promisified-method.ts).
    const promisified = promisifiedMethod(init) ?? promisifiedByOwnMethod(init, this.sourceFile, (n) => isThisAlias(n, (m) => this.localValue(m, scope)));
    if (promisified) (this.members ??= new Map()).set(name, promisified);
    if (scope.container === '<module>') this.recordObject(name, init);
    const sender = scope.container === '<module>' ? senderCandidate(name, init, this.sourceFile) : undefined;
    if (sender) this.senders.push(sender);
    if (!scope.fn) this.startUpValues.set(name, [init]);
    this.noteRegistry(name, init);
  }

  /** Calls of a project module required in place (`require('./send')(to, data)`), with the callee they are linked as (inline-require.ts). */
  private readonly requiredInPlace = new Map<ts.CallExpression, { root: string; path: string[] }>();

  private inlineRequired(call: ts.CallExpression): boolean {
    const inline = inlineRequire(call.expression);
    if (!inline || !isLinkableImport(inline.from, this.compiled)) return false;
    const local = inlineRequireLocal(inline.from);
    if (!this.linkable.has(local)) this.linkRequire(local, inline.from, '*');
    this.requiredInPlace.set(call, { root: local, path: inline.path });
    return true;
  }

  /** `const { sendEmail } = await import('@/lib/email')`: an import of the project's module like a static one. */
  private linkRequire(local: string, from: string, name: string): void {
    if (!isLinkableImport(from, this.compiled)) return;
    this.facts.imports.push({ local, from, name });
    this.linkable.add(local);
  }

  /**
   * `const email = { sendWelcome, async sendReset() {…}, track: (e) => … }`, `export default { identify }`, `new Mailer()`:
   * a module-level value whose members other modules call. Methods written in the literal are functions of
   * this file named after their key (the walk names them so).
   */
  private recordObject(local: string, init: ts.Expression): void {
    let value = unwrap(factoryResult(init) ?? init);
    const oneOf = chosenImplementations(value, (name) => this.bindings.initializerOf(name));
    if (oneOf) return void this.objects.push({ local, oneOf });
    // `export default [mailPipe, contactPipe]`: a list whose elements are each called in turn (list-elements.ts).
    const listed = listedValues(value);
    if (listed) return void (this.lists.add(local), this.objects.push({ local, oneOf: listed }));
    // `export const createContact = throttle(createContactImmediate)`: that function, called later (wrapped-function.ts).
    const wrapped = wrappedFunction(value, (name) => name !== local && this.functionIds.has(name));
    if (wrapped) return void this.objects.push({ local, alias: wrapped });
    // `const User = mongoose.model('User', schema)` after `schema.loadClass(UserClass)`: the class's statics (schema-class.ts).
    const loaded = loadedSchemaClass(value, this.sourceFile);
    if (loaded) return void this.objects.push({ local, alias: loaded });
    // `env.RESEND_API_KEY ? new Mailer(key) : null`, `globalThis.mailer ?? new Mailer()`: the instance either way.
    if (typescript.isConditionalExpression(value)) value = [value.whenTrue, value.whenFalse].map(unwrap).find((v) => typescript.isNewExpression(v)) ?? value;
    else if (isOrElse(value)) value = [value.right, value.left].map(unwrap).find((v) => typescript.isNewExpression(v)) ?? value;
    if (typescript.isNewExpression(value)) {
      const callee = unwrap(value.expression);
      // `export const activeBots = new Map()` filled with `new BookingBot(…)`: what its `get` hands out (instance-registry.ts).
      const holds = typescript.isIdentifier(callee) && REGISTRY_CLASSES.has(callee.text) ? registryHolds(this.sourceFile, local) : undefined;
      if (typescript.isIdentifier(callee)) this.objects.push(holds ? { local, instanceOf: callee.text, holds } : { local, instanceOf: callee.text });
      return;
    }
    // `export const trackingServices = createTrackingServices()`: the object of functions that function returns.
    if (typescript.isCallExpression(value) && typescript.isIdentifier(unwrap(value.expression)) && !this.linkable.has((unwrap(value.expression) as ts.Identifier).text)) {
      this.objects.push({ local, madeBy: (unwrap(value.expression) as ts.Identifier).text });
      return;
    }
    // `export const paymentProcessor: PaymentProcessor = stripePaymentProcessor`: the strategy object it names.
    if (typescript.isIdentifier(value) && value.text !== local) {
      this.objects.push({ local, alias: value.text });
      return;
    }
    if (!typescript.isObjectLiteralExpression(value)) return;
    const members: Record<string, string> = {};
    for (const property of value.properties) {
      if (typescript.isShorthandPropertyAssignment(property)) members[property.name.text] = property.name.text;
      else if (typescript.isMethodDeclaration(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name))) members[property.name.text] = property.name.text;
      else if (typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name))) {
        const init = unwrap(property.initializer);
        if (typescript.isIdentifier(init)) members[property.name.text] = init.text;
        else if (typescript.isArrowFunction(init) || typescript.isFunctionExpression(init)) members[property.name.text] = property.name.text;
      }
    }
    // `MailUtils.usagers.authentication.sendX`: functions of the objects nested in it, by their dotted path (nested-members.ts).
    Object.assign(members, nestedMembers(value));
    if (Object.keys(members).length) this.objects.push({ local, members });
  }

  /**
   * `export const notify = makeSend(notifyT)` with `notifyT` a function of this file and `makeSend` an import or a
   * function of this file: a function of its own, `notify`, whose body is the factory's sender given the builder's
   * result (sender-factory.ts), in place of the value the call made.
   */
  private keepSenders(): void {
    for (const sender of this.senders) {
      const builder = this.functionIds.has(sender.builder) ? this.facts.functions.find((f) => f.name === sender.builder) : undefined;
      if (!isMessageBuilder(this.builders.find((b) => b.fact === builder)?.objects)) continue;
      const factory = this.linkable.has(sender.factory) || this.functionIds.has(sender.factory) ? sender.factory : undefined;
      if (!builder || builder.params.length === 0 || !factory || this.functionIds.has(sender.local)) continue;
      this.aliases.delete(sender.local);
      const earlier = this.objects.findIndex((o) => o.local === sender.local);
      if (earlier >= 0) this.objects.splice(earlier, 1);
      const { fn, calls } = senderFacts(sender, builder, factory, this.notes.file?.purposes ?? []);
      this.functionIds.add(sender.local);
      this.facts.functions.push(fn);
      this.facts.calls.push(...calls);
    }
  }

  /** `useAnalytics()`, `new MailService()`, `createClient(...)` of a linkable import: its result, as a path. */
  private linkableCall(init: ts.Expression, local?: string): { root: string; path: string[] } | undefined {
    const node = unwrap(init);
    if (!(typescript.isCallExpression(node) || typescript.isNewExpression(node))) return undefined;
    const callee = unwrap(node.expression);
    // `singleton('email-client', () => new EmailClient(…))`: what the memoised callback makes, the wrapper's own module aside.
    const made = factoryResult(node);
    const inner = made && this.linkableCall(made);
    if (inner) return inner;
    if (typescript.isIdentifier(callee)) return this.linkable.has(callee.text) ? { root: callee.text, path: ['()'] } : undefined;
    // `new (brevo('ContactsApi'))()`: an instance of the class an imported function hands out (flow-bindings.ts reads
    // such a class, picked from a package by key, as an instance's).
    const handedOut = typescript.isNewExpression(node) && typescript.isCallExpression(callee) ? unwrap(callee.expression) : undefined;
    if (handedOut && typescript.isIdentifier(handedOut) && this.linkable.has(handedOut.text)) return { root: handedOut.text, path: ['()'] };
    // `const openai = AiMailService.getOpenAIClient()`: the result of a member of an imported module or class (a static
    // method handing out a client, static-members.ts), linked through the import as `getClient()` is.
    // `const message = emails.getMessage('welcome')` on an alias: that call's result (method-result-alias.ts). A local
    // named for a logger (`const jobLogger = log.child(…)`) keeps its reading by name (log-named-receiver.ts).
    if (local === undefined || isLoggerName(local)) return undefined;
    return methodResultPath(node, (name) => (this.linkable.has(name) ? { root: name, path: [] } : (this.aliases.get(name) ?? (name.startsWith('this.') ? this.typedAlias(name) : undefined))));
  }

  private functionScope(scope: FlowScope, name: string | undefined, annotated: ts.Node, fn: ts.SignatureDeclaration): FlowScope {
    const own = this.annotations(annotated);
    // A named function is its own container (`CustomerService.register`); a callback belongs to its enclosing one.
    const isMember = scope.className !== undefined && scope.container === scope.className;
    const container = name ? (isMember ? `${scope.className}.${name}` : name) : scope.container;
    const child = this.childScope(scope, container, own);
    child.fnNode = fn;
    if (name) {
      // Ids are unique enough to link: a nested function is named after its enclosing one (`useAnalytics/track`).
      const id = isMember || !scope.fn ? container : `${scope.fn.id}/${name}`;
      const fact: FunctionFact = { name: id, params: fn.parameters.map((p) => (typescript.isIdentifier(p.name) ? p.name.text : '{}')) };
      // `createTrackingServices(): TrackingServices`: what it returns is a value of that type (kept if the type is the project's).
      const returned = typeNameOf(fn.type);
      if (returned) fact.returnsType = returned;
      const fields = isMember && !typescript.isConstructorDeclaration(fn) ? this.classFacts.get(scope.className!)?.fields : undefined;
      child.fn = new FunctionScope(id, fact, fn, fields);
      // `() => new AdaptateursRequeteBrevo()`: a factory with no `return` statement (concise-instance.ts).
      const made = conciseInstance(fn);
      if (made !== undefined && !this.bindings.binding(made)) fact.instances = [made];
      this.functionIds.add(id);
      this.functionNodes.set(fn, id);
      this.facts.functions.push(fact);
      // A top-level function returning a message's text or markup: what it reads of its parameters, for another module's calls (text-reads.ts).
      const text = !scope.fn && !isMember ? textFactsOf(fn, this.sourceFile, this.dataContext(child)) : undefined;
      if (text?.textReads) fact.textReads = text.textReads;
      if (text?.textKeys) fact.textKeys = text.textKeys;
      const objects = returnedObjects(fn, (this.returnWord ??= returnWords(this.sourceFile.text)));
      if (objects) this.builders.push({ fact, scope: child, objects });
    } else if (scope.fn) child.fn = scope.fn;
    return child;
  }

  private childScope(scope: FlowScope, container: string, own: Annotations | undefined, className?: string): FlowScope {
    const child: FlowScope = { container, purposes: own?.purposes.length ? own.purposes : scope.purposes, parent: scope };
    const cls = className ?? scope.className;
    if (cls) child.className = cls;
    const suppressed = own?.suppressed ?? scope.suppressed;
    if (suppressed) child.suppressed = suppressed;
    if (scope.fn) child.fn = scope.fn;
    return child;
  }

  private visitParameters(node: ts.SignatureDeclaration): void {
    for (const parameter of node.parameters) {
      if (typescript.isObjectBindingPattern(parameter.name) && parameter.type) this.addTypedElements(parameter.name, parameter.type);
      if (typescript.isObjectBindingPattern(parameter.name)) this.bindTypedMembers(parameter.name, referencedName(parameter.type), parameter.type && typescript.isTypeLiteralNode(parameter.type) ? parameter.type : undefined);
      if (!typescript.isIdentifier(parameter.name) || !parameter.type) continue;
      this.bindings.addCandidate(parameter.name.text, { type: parameter.type });
      this.addTyped(parameter.name.text, parameter.type);
      if (!typescript.isConstructorDeclaration(node)) continue;
      // `@InjectQueue(QueueName.EMAIL_QUEUE) private emailQueue: Queue`: the queue of that name.
      const injected = queueName(decoratorArgument(parameter, INJECT_QUEUE));
      if (injected !== undefined) this.queues.set(`this.${parameter.name.text}`, injected);
      if (!typescript.getModifiers(parameter)?.length) continue;
      // `constructor(private readonly stripe: Stripe)` is also `this.stripe`; `constructor(private mail: MailService)`,
      // `@Inject(TOKEN) private driver: MailDriver`: `this.mail.x()` is a method of a value of that type (the class, or
      // the classes implementing the interface).
      this.bindings.addCandidate(`this.${parameter.name.text}`, { type: parameter.type });
      this.addTyped(`this.${parameter.name.text}`, parameter.type);
    }
  }

  /** A name typed with a named type: a value of it (the first type a name is given in the file wins). */
  private addTyped(name: string, type: ts.TypeNode, path: readonly string[] = []): void {
    const registry = registryValueType(type);
    if (registry && !this.registries.has(name)) this.registries.set(name, registry);
    const root = typeNameOf(type);
    if (root && !this.typed.has(name)) this.typed.set(name, { root, path: [':', ...path] });
  }

  /** `{ emailsServices, user }: { emailsServices: EmailsServices; user: User }` or `{ emails }: Deps`: each element as a value of its member's type. */
  private addTypedElements(pattern: ts.ObjectBindingPattern, type: ts.TypeNode): void {
    const members = typescript.isTypeLiteralNode(type) ? memberTypes(type.members) : undefined;
    const named = members ? undefined : typeNameOf(type);
    if (!members && !named) return;
    for (const element of pattern.elements) {
      if (!typescript.isIdentifier(element.name) || element.dotDotDotToken) continue;
      const key = element.propertyName && (typescript.isIdentifier(element.propertyName) || typescript.isStringLiteral(element.propertyName)) ? element.propertyName.text : element.name.text;
      if (members?.[key] && !this.typed.has(element.name.text)) this.typed.set(element.name.text, { root: members[key]!, path: [':'] });
      else if (named && !this.typed.has(element.name.text)) this.typed.set(element.name.text, { root: named, path: [':', key] });
    }
  }

  /** A function's `return { track, identify: (…) => … }`: which of its functions each member is. */
  returnStatement(node: ts.ReturnStatement, scope: FlowScope): void {
    const value = node.expression && unwrap(node.expression);
    if (value) this.returnedValue(value, scope, returnedFunction(node));
  }

  /** What a function returns, from a `return` or an arrow's expression body (`() => new Stripe(key())`, expression-body.ts). */
  private returnedValue(value: ts.Expression, scope: FlowScope, returned: ts.ArrowFunction | ts.FunctionExpression | undefined): void {
    if (!scope.fn) return;
    // What a function returns may be a client (`return createTransport(...)`), resolved only if asked.
    this.bindings.addCandidate(`${scope.fn.id}()`, { initializer: value });
    // `this.transporter = this.createTransporter()` in the constructor: what the class's own method hands out, read
    // where it is called on `this` (a mail service choosing its transport by provider in a `switch`).
    const method = ownMethodName(scope);
    if (method) this.bindings.addCandidate(`this.${method}()`, { initializer: value });
    const fact = scope.fn.fact;
    // `init() { …; return this }`: a call of it is the object it is called on (global-members.ts).
    if (value.kind === typescript.SyntaxKind.ThisKeyword) fact.returnsThis = true;
    // `return async (job) => …`: the handler a factory makes is a function of its own (returned-function.ts).
    if (returned) (this.gotten.set(returned, RETURNED_FUNCTION), ((fact.returns ??= {})[RETURNED_FUNCTION] = RETURNED_FUNCTION));
    // `return async (...args) => send(await makeEmails(...args))`: a factory of senders from builders (sender-factory.ts).
    const builds = returned ? builderParameter(scope.fn.node, returned) : undefined;
    if (builds !== undefined) fact.buildsWith = builds;
    // `case 'resend': return new ResendMailTransport(options)`: the function makes instances of these classes.
    if (typescript.isNewExpression(value) && typescript.isIdentifier(value.expression) && !this.bindings.binding(value.expression.text)) {
      const made = (fact.instances ??= []);
      if (!made.includes(value.expression.text)) made.push(value.expression.text);
    }
    // `class MailService {…}; return MailService`: `new (setup(app))()` makes its instances (returned-class.ts).
    const declared = returnedClass(value, scope.fn.node);
    if (declared !== undefined && !(fact.instances ??= []).includes(declared)) fact.instances.push(declared);
    // `if (!client) client = new EmailClient(); return client`: the instance it made once (lazy-instance.ts).
    for (const name of lazyInstanceClasses(value, (n) => this.bindings.initializersOf(n), (n) => this.bindings.binding(n) !== undefined)) if (!(fact.instances ??= []).includes(name)) fact.instances.push(name);
    // `return templates.find((t) => t.name === name)`: one of the listed implementations (picked-implementation.ts).
    const picked = pickedImplementations(value, (name) => this.localValue(name, scope));
    if (picked) fact.picks = [...new Set([...(fact.picks ?? []), ...picked])];
    if (!typescript.isObjectLiteralExpression(value)) return;
    for (const property of value.properties) {
      if (typescript.isShorthandPropertyAssignment(property)) (fact.returns ??= {})[property.name.text] = property.name.text;
      else if (typescript.isPropertyAssignment(property) && typescript.isIdentifier(property.name)) {
        const init = unwrap(property.initializer);
        if (typescript.isIdentifier(init)) (fact.returns ??= {})[property.name.text] = init.text;
        else if (typescript.isArrowFunction(init) || typescript.isFunctionExpression(init)) (fact.returns ??= {})[property.name.text] = property.name.text;
      }
    }
  }

  /** `import mail = require('./mail')`: TypeScript's CommonJS import, a package's or the project's module as a `require` is. */
  importEquals(decl: ts.ImportEqualsDeclaration): void {
    const ref = decl.moduleReference;
    if (!typescript.isExternalModuleReference(ref) || !typescript.isStringLiteral(ref.expression)) return;
    this.bindings.addImport(decl.name.text, ref.expression.text, undefined);
    this.linkRequire(decl.name.text, ref.expression.text, '*');
  }

  /** A class: its own scope, named after the class, else the variable or property it is assigned to. */
  classScope(cls: ts.ClassLikeDeclaration, scope: FlowScope, annotated: ts.Node, name: string | undefined): FlowScope {
    const className = cls.name?.text ?? name ?? '<class>';
    this.recordClass(cls, className);
    this.classNodes.set(className, cls);
    // `class VendureStripeClient extends Stripe {}`: the vendor's client, configured (vendor-subclass.ts).
    const configured = cls.name ? configuredBase(cls) : undefined;
    if (configured) this.bindings.addCandidate(className, { initializer: configured });
    processorHandlers(cls, this.handlers);
    eventListeners(cls, this.handlers, this.jobName);
    return this.childScope(scope, className, this.annotations(annotated), className);
  }

  /** What the link stage needs of a class: its base and the constructor arguments it keeps in fields. */
  private recordClass(cls: ts.ClassLikeDeclaration, className: string): void {
    const fact: ClassFact = { name: className };
    const base = cls.heritageClauses?.find((c) => c.token === typescript.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    if (base && typescript.isIdentifier(base)) fact.extends = base.text;
    // `class SmtpMailer implements Mailer`: a value typed `Mailer` may be one of these.
    const implemented = cls.heritageClauses?.find((c) => c.token === typescript.SyntaxKind.ImplementsKeyword)?.types.map((t) => t.expression).filter(typescript.isIdentifier).map((e) => e.text);
    if (implemented?.length) fact.implements = implemented;
    const ctor = cls.members.find((m): m is ts.ConstructorDeclaration => typescript.isConstructorDeclaration(m) && m.body !== undefined);
    if (ctor) {
      fact.hasConstructor = true;
      const fields: Record<string, number> = {};
      const indexOf = new Map<string, number>();
      ctor.parameters.forEach((parameter, index) => {
        if (!typescript.isIdentifier(parameter.name)) return;
        indexOf.set(parameter.name.text, index);
        // `constructor(private props: Props)`: a parameter property is a field.
        if (typescript.getModifiers(parameter)?.length) fields[parameter.name.text] = index;
      });
      // `this.props = props` directly in the constructor's body.
      for (const statement of ctor.body!.statements) {
        if (!typescript.isExpressionStatement(statement) || !typescript.isBinaryExpression(statement.expression)) continue;
        const { left, operatorToken, right } = statement.expression;
        if (operatorToken.kind !== typescript.SyntaxKind.EqualsToken || !typescript.isPropertyAccessExpression(left) || left.expression.kind !== typescript.SyntaxKind.ThisKeyword) continue;
        const value = unwrap(right);
        const index = typescript.isIdentifier(value) ? indexOf.get(value.text) : undefined;
        if (index !== undefined) fields[left.name.text] = index;
      }
      if (Object.keys(fields).length) fact.fields = fields;
    }
    const fieldTypes = declaredFieldTypes(cls);
    if (fieldTypes) fact.fieldTypes = fieldTypes;
    this.classFacts.set(className, fact);
    if (fact.extends || fact.fields || fact.implements || fact.fieldTypes) (this.facts.classes ??= []).push(fact);
  }

  /** `new InviteEmail({ to: user.email })`: a class of the project made with arguments, judged by what its methods send. */
  newExpression(node: ts.NewExpression, scope: FlowScope): void {
    if (!node.arguments?.length) return;
    handlersIn(node, this.handlers, undefined, this.mayHoldMaps);
    workerHandler(node, this.handlers);
    const callee = unwrap(node.expression);
    // `new Task({ method: mail._send, args: [to] })`: the call the task will make (deferred-call.ts).
    for (const deferred of deferredCalls(node)) this.linkCalls.push({ call: deferred, scope });
    if (!typescript.isIdentifier(callee) || this.bindings.binding(callee.text)) return;
    this.linkCalls.push({ call: node, scope });
  }

  /** A class property: `this.x` is bound to its initializer or type. Returns a function initializer, which the walk visits as a function named after the property. */
  property(property: ts.PropertyDeclaration): ts.Expression | undefined {
    if (typescript.isIdentifier(property.name) || typescript.isPrivateIdentifier(property.name)) {
      const key = `this.${property.name.text}`;
      const injected = queueName(decoratorArgument(property, INJECT_QUEUE));
      if (injected !== undefined) this.queues.set(key, injected);
      if (property.initializer) this.bindField(key, property.initializer);
      else if (property.type) {
        this.bindings.addCandidate(key, { type: property.type });
        // `@Inject(MAILER) private readonly mailer: Mailer;`, `private mailService: MailService;`: a value of that type.
        this.addTyped(key, property.type);
      }
      if (property.initializer && (typescript.isArrowFunction(property.initializer) || typescript.isFunctionExpression(property.initializer))) return property.initializer;
    }
    return undefined;
  }

  binary(binary: ts.BinaryExpression, scope?: FlowScope): void {
    // `content += \`<p>${user.firstName}</p>\``: part of the local's value (appended-text.ts).
    const appended = appendedLocal(binary);
    if (appended !== undefined) this.keepReassigned(appended, binary.right, scope);
    // `userProperties = userProperties || {}` of a parameter: the object its keys are given to after (defaulted-param.ts).
    const defaulted = scope ? defaultedObject(binary) : undefined;
    if (defaulted) keepParamDefault(defaulted.name, defaulted.object, scope!);
    if (binary.operatorToken.kind === typescript.SyntaxKind.EqualsToken) {
      const left = binary.left;
      // `geocoder.current = new GoogleGeocoder()` on a React ref: what its calls reach (react-ref.ts).
      const refKey = scope ? refCurrentKey(left, (name) => this.localValue(name, scope)) : undefined;
      // `WIKI.mail = require('./core/mail').init()`: a global's member given a module (global-members.ts).
      const onGlobal = typescript.isPropertyAccessExpression(left) ? globalAssignment(binary, declaredGlobals(this.sourceFile), this.facts.imports) : undefined;
      if (onGlobal) (this.facts.globals ??= []).push(onGlobal);
      // `properties.firstName = user.firstName` on a local made as `{}` or `new CreateContact()`: a key of that object (filled-objects.ts).
      if (scope && (typescript.isPropertyAccessExpression(left) || (typescript.isElementAccessExpression(left) && typescript.isStringLiteralLike(left.argumentExpression))) && typescript.isIdentifier(left.expression)) {
        const object = this.localValue(left.expression.text, scope) ?? paramDefault(left.expression.text, scope);
        // …and on one a project function made (`const mail = createVerificationEmail(name, url); mail.to = user.email`).
        if (object && (isFilledLater(object) || typescript.isCallExpression(object))) {
          const key = typescript.isPropertyAccessExpression(left) ? left.name.text : (left.argumentExpression as ts.StringLiteralLike).text;
          const list = this.assigned.get(object);
          if (list) list.push({ key, value: binary.right });
          else this.assigned.set(object, [{ key, value: binary.right }]);
        }
      }
      if (typescript.isIdentifier(left)) {
        this.bindings.addCandidate(left.text, { initializer: binary.right });
        // `sendEmail = emailer.sendEmail` outside any function: a module variable given at start-up (start-up-binding.ts).
        const given = !scope?.fn ? this.startUpValues.get(left.text) : undefined;
        if (given) given.push(binary.right);
        // `let resend; try { resend = await resendHelper() } …`: the client the project's function makes (late-bound-client.ts).
        const late = lateBoundAlias(left.text, this.linkableCall(binary.right), this.aliases);
        if (late) this.aliases.set(left.text, late);
        this.keepReassigned(left.text, binary.right, scope);
      }
      else if (typescript.isPropertyAccessExpression(left) && left.expression.kind === typescript.SyntaxKind.ThisKeyword) this.bindField(`this.${left.name.text}`, binary.right);
      else if (refKey !== undefined) this.bindField(refKey, binary.right);
      // `PostHogSingleton.instance = new PostHog(key)` in the class's own static method: a singleton kept in a static field.
      else if (typescript.isPropertyAccessExpression(left) && typescript.isIdentifier(left.expression) && left.expression.text === scope?.className) this.bindings.addCandidate(`${left.expression.text}.${left.name.text}`, { initializer: binary.right });
    }
  }

  /** A local of an enclosing function given a new value (`name = value`, `name += value`): kept with the scope that declared it. */
  private keepReassigned(name: string, value: ts.Expression, scope?: FlowScope): void {
    for (let s: FlowScope | undefined = scope; s; s = s.parent) {
      if (!declaresLocal(s, name)) continue;
      const list = (s.reassigned ??= new Map()).get(name);
      // Given in a callback (`keys.forEach((key) => { const value = data[key]; html = html.replace(re, value) })`):
      // the callback's own locals it reads, as they were made, since they are not visible from `s`.
      const values = [value, ...(scope ? innerLocalsRead(value, scope, s) : [])];
      if (list) list.push(...values);
      else s.reassigned.set(name, values);
      break;
    }
  }

  /**
   * `service.updateSheet(…)` where `service` holds `new SheetsService(…)` of a class this file declares (above or below:
   * the walk may not have met it yet), whose method `instanceMethod` names when the call is linked (session 45, a Dutch
   * lead platform's Google Sheets rows written through its own class).
   */
  private onOwnInstance(callee: ts.Expression, scope: FlowScope): boolean {
    if (!typescript.isPropertyAccessExpression(callee) || !typescript.isIdentifier(callee.expression)) return false;
    const cls = instantiatedClass(this.localValue(callee.expression.text, scope));
    return cls !== undefined && (this.classNodes.has(cls) || this.sourceFile.text.includes(`class ${cls}`));
  }

  /** `Notifier.send` for `notifier.send` where `notifier` holds `new Notifier(…)` of a class declared in this file. */
  private instanceMethod(local: string, method: string, scope: FlowScope): string | undefined {
    const cls = instantiatedClass(this.localValue(local, scope) ?? this.bindings.initializerOf(local));
    if (cls === undefined || !this.classNodes.has(cls)) return undefined;
    const id = `${cls}.${method}`;
    return this.functionIds.has(id) ? id : undefined;
  }

  /** `this.x` given a value (a property's initializer or `this.x = …`): bound to it, and where the project's function makes it (`this.#transport = constructMailTransport(options)`), an alias of that call. */
  private bindField(key: string, value: ts.Expression): void {
    this.bindings.addCandidate(key, { initializer: value });
    this.noteRegistry(key, value);
    this.noteQueue(key, value);
    const made = this.linkableCall(value);
    if (made) this.aliases.set(key, made);
  }

  call(call: ts.CallExpression, scope: FlowScope): void {
    if (call.arguments.length === 0) return;
    // `import('@/lib/gzappyService').then((gzappy) => …)`: the callback's parameter is the module loaded late.
    this.linkLateImport(call);
    // `app.use('/mails', new MailService())`: a service registered by path, joined to `app.service('/mails')` calls (service-registry.ts).
    const registered = serviceRegistration(call, (name) => this.aliases.get(name));
    if (registered) (this.facts.globals ??= []).push(registered);
    // Only a call whose last name some pattern ends with can be a sink (`.map()`, `.push()` cannot).
    const callee = call.expression;
    this.noteLentClients(call, scope);
    // `emails.map((email) => ({ to: email }))`: the callback's parameter stands for an element of the receiver.
    if (typescript.isPropertyAccessExpression(callee) && ELEMENT_METHODS.has(callee.name.text)) {
      const callback = unwrap(call.arguments[0]!);
      const first = (typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback)) ? callback.parameters[0]?.name : undefined;
      if (first && typescript.isIdentifier(first)) this.bindElement(callback as ts.SignatureDeclaration, first.text, callee.expression, scope);
      // `Object.entries(data).forEach(([key, value]) => content.replace(…, String(value)))`: each value is one of the record's.
      const entryValue = first && typescript.isArrayBindingPattern(first) ? first.elements[1] : undefined;
      const record = entryValue && typescript.isBindingElement(entryValue) && typescript.isIdentifier(entryValue.name) ? entriesOf(callee.expression) : undefined;
      if (record) {
        const name = ((entryValue as ts.BindingElement).name as ts.Identifier).text;
        this.elementOf.set(callback as ts.SignatureDeclaration, { name, receiver: record });
        const key = elementKey(scope, name);
        this.elementNames.set(key, this.elementNames.has(key) ? null : record);
      }
    }
    // `this.sendToMany(emails, (address) => this.send(address))`: a helper calling it per element (callback-per-element.ts).
    const perElement = perElementCallback(call, this.sourceFile, scope.className ? this.classNodes.get(scope.className) : undefined);
    if (perElement) this.bindElement(perElement.callback, perElement.name, perElement.receiver, scope);
    // `renderMail(…).then((mail) => send({ html: mail.body }))`: the parameter is the rendered text (resolved-text.ts).
    const resolved = resolvedTextParameter(call);
    if (resolved) this.elementOf.set(resolved.callback, { name: resolved.name, receiver: resolved.value });
    // `recipients.push(user.email)` on a local made as `[]`: elements of that array; `sendTo.add(coordinator.email)` on
    // one made as `new Set()` (session 52, a sailing club's mail builders collecting their bcc list in a set).
    if (typescript.isPropertyAccessExpression(callee) && (callee.name.text === 'push' || callee.name.text === 'add') && typescript.isIdentifier(callee.expression)) {
      const value = this.localValue(callee.expression.text, scope);
      const array = value && (callee.name.text === 'push' ? (typescript.isArrayLiteralExpression(value) ? value : undefined) : isNewSet(value) ? value : undefined);
      if (array) {
        const list = this.pushed.get(array);
        const added = call.arguments.map((a) => (typescript.isSpreadElement(a) ? a.expression : a));
        if (list) list.push(...added);
        else this.pushed.set(array, added);
      }
    }
    // `form.append('to', email)` on `new FormData()` / `new URLSearchParams()`: a key of the body (form-body.ts).
    const field = formField(call, (name) => this.localValue(name, scope));
    if (field) (this.assigned.get(field.form) ?? this.assigned.set(field.form, []).get(field.form)!).push({ key: field.key, value: field.value });
    // `new Mail().setTo(user.email)`, `mail.setTo(…)`: a setter gives the model a key (builder-chains.ts).
    recordSetter(call, (name) => this.localValue(name, scope), (model, key, value) => (this.assigned.get(model) ?? this.assigned.set(model, []).get(model)!).push({ key, value }));
    // `tracer.startActiveSpan(name, (span) => …)`: the span is the tracer's client (span-callbacks.ts).
    const span = spanCallbackParameter(call);
    if (span) this.bindings.addCandidate(span, { initializer: call });
    // `Sentry.withScope((scope) => scope.setContext(…))` where `Sentry` is the app's own module that is the SDK: the
    // scope is that module's client as well (session 52, a Polish shop's `require('../utils/sentry')`).
    const tracer = span && typescript.isPropertyAccessExpression(callee) ? unwrap(callee.expression) : undefined;
    if (span && tracer && typescript.isIdentifier(tracer) && this.linkable.has(tracer.text)) this.aliases.set(span, { root: tracer.text, path: [] });
    // `this.handlers[job.name](job)`: whichever function of the table the key picks (dispatch-table.ts).
    const table = dispatchedFrom(call);
    if (table !== undefined) this.dispatched.push({ call, scope, table });
    // `sendEmail({ to, subject })`: a mail helper known by its name addresses its message by the recipient keys, as a
    // mailer's `to` does, so the same value logged in this function is an email address (log-recipients.ts).
    const named = call.arguments.length ? calleePath(callee, true) : undefined;
    if (named && recipientByName([named.root, ...named.path].join('.'))?.kind === 'email') this.loggedRoles.note(scope.fn?.id ?? scope.container, call, RECIPIENT_ROLES, this.dataContext(scope, call.pos));
    // `setDoc(doc(db, 'mail', id), { to, message })`: decided once here, read by resolveSink (trigger-email.ts).
    const writesMail = this.mayWriteMail && isTriggerEmailWrite(call, (name) => this.localValue(name, scope));
    if (writesMail) this.mailWrites.add(call);
    const isSinkCandidate = writesMail || !typescript.isPropertyAccessExpression(callee) || this.compiled.lastNames.has(callee.name.text);
    const entry: PendingCall | undefined = isSinkCandidate ? { call, scope } : undefined;
    if (entry) this.pending.push(entry);
    // A call may reach another module's wrapper only through an imported name, an alias of one, `this.x`
    // (an injected service) or a bare name (a function of this file); which are kept is decided after the walk.
    // `worker.enqueue({ job: 'sendEmail', payload })`: the job's handler, wherever it is, gets the payload.
    handlersIn(call, this.handlers, this.jobName, this.mayHoldMaps);
    const job = jobOf(call, this.readQueue, this.jobName) ?? convexJobOf(call) ?? this.ownRouteJob(call, scope) ?? (this.mayUseQueueTables ? queueTableWrite(call, this.context.file) : undefined);
    if (job) this.jobs.set(call, job);
    if (this.inlineRequired(call) || job || this.mayLink(callee) || this.onOwnInstance(callee, scope) || isOwnObjectMember(callee, (this.topObjects ??= topLevelObjects(this.sourceFile))) || serviceCallPath(callee, (name) => this.localValue(name, scope)) || this.onThisAlias(callee, scope) || (scope.fn && handedOnCallee(call, scope)) || this.contextService(call, scope) || this.receiverNamed(call, scope)) this.linkCalls.push(entry ?? { call, scope });
    // `setTimeout(send, 0, user.email)`, `queue.push({ fn: send, args: [user.email] })`: the call made later (deferred-call.ts).
    for (const deferred of deferredCalls(call)) this.linkCalls.push({ call: deferred, scope });
  }

  private readonly jobs = new Map<ts.CallExpression, JobFact>();
  /** The body a call of the app's own API route sends, kept as the call's last argument for the route's handler (own-api-route.ts). */
  private readonly routePayloads = new Map<ts.CallExpression, ts.Expression>();

  /** `fetch('/api/send-email', { body: JSON.stringify(message) })`: a job for the handler of that route, whose payload is `message`. */
  private ownRouteJob(call: ts.CallExpression, scope: FlowScope): JobFact | undefined {
    const route = ownRouteCall(call, this.baseNames(scope));
    if (!route) return undefined;
    // `fetch(\`${SUPABASE_URL}/rest/v1/notifications\`, { method: 'POST', body })`: a row inserted over Supabase's REST API.
    const isTableApi = route.path.startsWith(SUPABASE_REST);
    const table = isTableApi ? queueTableJob(route.path.slice(SUPABASE_REST.length).split('/')[0]!) : undefined;
    if (isTableApi && table === undefined) return undefined;
    this.routePayloads.set(call, route.payload);
    return { name: table ?? ROUTE_JOB + route.path, arg: call.arguments.length };
  }
  /** A job's name, literal or a constant (named-jobs.ts). */
  private readonly jobName = (node: ts.Expression): string | undefined => jobNameOf(node, (name) => this.bindings.initializerOf(name));
  /** Queues known by their name (`@InjectQueue(X) private q: Queue`, `const q = new Queue('email')`), by local name or `this.q`. */
  private readonly queues = new Map<string, string>();
  private readonly readQueue = (receiver: ts.Expression): string | undefined => {
    if (typescript.isIdentifier(receiver)) return this.queues.get(receiver.text);
    if (typescript.isPropertyAccessExpression(receiver) && receiver.expression.kind === typescript.SyntaxKind.ThisKeyword) return this.queues.get(`this.${receiver.name.text}`);
    return undefined;
  };

  /** `new Queue('email')` given to a name: that queue. */
  private noteQueue(key: string, value: ts.Expression): void {
    const node = unwrap(value);
    if (typescript.isNewExpression(node) && typescript.isIdentifier(unwrap(node.expression)) && (unwrap(node.expression) as ts.Identifier).text === 'Queue') {
      const name = queueName(node.arguments?.[0]);
      if (name !== undefined) this.queues.set(key, name);
    }
  }
  /** Whether the file's text names a queue table at all (outbox-table.ts): most files name none. */
  private get mayUseQueueTables(): boolean {
    return (this.queueTables ??= mayUseQueueTables(this.sourceFile.text));
  }
  private queueTables: boolean | undefined;
  /** Whether any call's arguments may hold a map of job handlers (`mayHoldHandlerMaps`): most files name none. */
  private get mayHoldMaps(): boolean {
    return (this.handlerMaps ??= mayHoldHandlerMaps(this.sourceFile.text));
  }
  private handlerMaps: boolean | undefined;
  /** Job handlers registered by the calls seen so far, by function node (see `handlersIn`). */
  private readonly handlers = new Map<ts.Node, string>();

  /** A callback's parameter `name` stands for an element of `receiver` (`emails.map((email) => …)`). */
  private bindElement(callback: ts.SignatureDeclaration, name: string, receiver: ts.Expression, scope: FlowScope): void {
    this.elementOf.set(callback, { name, receiver });
    this.aliasElement(name, receiver);
    // Read from outside the callback too (`send(emails.map((email) => ({ to: email })))`), when the name is unambiguous.
    const key = elementKey(scope, name);
    this.elementNames.set(key, this.elementNames.has(key) ? null : receiver);
  }

  /** `for (const recipient of recipients)`: the loop variable stands for an element of what it iterates. */
  forOf(loop: ts.ForOfStatement, scope: FlowScope): void {
    if (!typescript.isVariableDeclarationList(loop.initializer)) return;
    const declared = loop.initializer.declarations[0]?.name;
    // Declared as a local of its loop's block: a `const email` of another block of the function keeps its own value.
    if (declared && typescript.isIdentifier(declared)) declareLocal(scope, declared.text, loop.expression);
    if (declared && typescript.isIdentifier(declared)) this.aliasElement(declared.text, loop.expression);
  }

  /** Registries by name (`this.strategies`), with the project's type of their values (typed-registry.ts). */
  private readonly registries = new Map<string, string>();

  /** `new Map<K, PaymentStrategy>()` given to a name is a registry; `const strategy = this.strategies.get(key)` a value of its value type. */
  private noteRegistry(name: string, value: ts.Expression): void {
    const made = registryMadeWith(value);
    if (made && !this.registries.has(name)) this.registries.set(name, made);
    const looked = registryLookedUp(value);
    const type = looked !== undefined ? this.registries.get(looked) : undefined;
    if (type !== undefined && !this.typed.has(name)) this.typed.set(name, { root: type, path: [':'] });
  }

  /** Functions a getter returns (`function-getter.ts`), by the getter's name. */
  private readonly gotten = new Map<ts.Node, string>();
  /** Module-level lists of the project's values, and those an element is taken from (kept in the facts, exported or not). */
  private readonly lists = new Set<string>();
  private readonly listRoots = new Set<string>();

  /** `pipes.map((pipe) => pipe.notify(…))`, `for (const adapter of adapters)`: the element is any value of the list. */
  private aliasElement(name: string, receiver: ts.Expression): void {
    const root = listRoot(receiver, (n) => this.linkable.has(n) || this.lists.has(n), (key) => this.bindings.initializersOf(key));
    if (root === undefined || this.aliases.has(name)) return;
    this.aliases.set(name, { root, path: [] });
    this.listRoots.add(root);
  }

  /** `<PostHogIdentify email={user.email} />`: a component of the project, called with its props. */
  jsxElement(element: ts.JsxSelfClosingElement | ts.JsxOpeningElement, scope: FlowScope): void {
    if (typescript.isIdentifier(element.tagName) && /^[A-Z]/.test(element.tagName.text) && element.attributes.properties.length > 0) this.jsxCalls.push({ element, scope });
  }

  /** A function: its parameters' bindings and its scope (`name`: the variable or property it is assigned to). */
  functionScopeOf(fn: ts.SignatureDeclaration, scope: FlowScope, annotated: ts.Node, name: string | undefined): FlowScope {
    this.visitParameters(fn);
    // A worker reading a queue table handles the table's job, even where it is also a route's handler (outbox-table.ts).
    const tableRead = this.mayUseQueueTables ? queueTableRead(fn, this.context.file) : undefined;
    // `queue.process('sendEmail', async (job) => …)`: a job's handler is named after the job.
    const handles = tableRead?.job ?? this.handlers.get(fn);
    // `get notify() { return (type, data) => … }`: the returned function is the method `notify` (function-getter.ts).
    const getter = functionGetter(fn, this.sourceFile);
    if (getter) this.gotten.set(getter.returned, getter.name);
    // `const postMessage = async () => client.chat.postMessage(options)` in a wrapper: part of the wrapper (local-thunk.ts).
    const thunk = !this.gotten.has(fn) && isLocalThunk(fn, annotated, scope.fn !== undefined);
    // A Convex function's handler is named for its export (`sendWelcome`), not for its key `handler` shared by every one.
    const convexName = handles?.startsWith(CONVEX_JOB) ? handles.slice(handles.lastIndexOf('.') + 1) : undefined;
    const fnName = getter || thunk ? undefined : this.gotten.get(fn) ?? convexName ?? name ?? functionName(fn, this.sourceFile) ?? (fn === this.moduleFunction ? MODULE_FUNCTION : undefined) ?? (typescript.isConstructorDeclaration(fn) ? 'constructor' : undefined) ?? handles;
    const child = this.functionScope(scope, fnName, annotated, fn);
    if (handles && child.fn && child.fn !== scope.fn) {
      child.fn.fact.handles = handles;
      if (convexName !== undefined) child.fn.fact.handlesAt = CONVEX_ARGS_PARAM;
    }
    if (tableRead && child.fn && child.fn !== scope.fn) child.fn.tableRows = tableRead.names;
    // `sendEmail(to, template, data)`, `sendSms(to, body)`: its `to` is an address or a number wherever it is logged in it (log-recipients.ts).
    const ownName = fnName?.slice(fnName.lastIndexOf('.') + 1);
    const ownKind = ownName && child.fn && child.fn !== scope.fn ? recipientByName(ownName)?.kind : undefined;
    const recipientCategory = ownKind === 'email' ? 'email' : ownKind === 'sms' ? 'phone' : undefined;
    if (recipientCategory) this.loggedRoles.noteRecipientParameters(child.fn!.id, [...child.fn!.params.keys()], recipientCategory);
    // `handler: async ({ email, password, name }) => …`: a pattern's names, as a destructured local's (name-beside-destructured.ts).
    for (const parameter of fn.parameters) {
      if (!typescript.isObjectBindingPattern(parameter.name)) continue;
      const names = parameter.name.elements.flatMap((e) => (typescript.isIdentifier(e.name) && !e.dotDotDotToken ? [e.name.text] : []));
      for (const local of names) (child.destructuredNames ??= new Map()).set(local, names);
    }
    const element = this.elementOf.get(fn);
    if (element) (child.locals ??= new Map()).set(element.name, element.receiver);
    // `export const stripe = () => new Stripe(key())`: an arrow's expression body is what it returns (expression-body.ts).
    const body = child.fn !== scope.fn ? expressionBody(fn) : undefined;
    if (body) this.returnedValue(body, child, returnedFunctionOf(body));
    return child;
  }

  /** `that.deliver(…)` where `var that = this`: kept as a call on `this` would be (this-alias.ts). */
  private onThisAlias(callee: ts.Expression, scope: FlowScope): boolean {
    let node = callee;
    while (typescript.isPropertyAccessExpression(node) || typescript.isCallExpression(node)) node = node.expression;
    return node !== callee && typescript.isIdentifier(node) && scope.className !== undefined && isThisAlias(node.text, (name) => this.localValue(name, scope));
  }

  private mayLink(callee: ts.Expression): boolean {
    let node = callee;
    // `this.client!.crm.contacts.basicApi.create(…)`: a nullable field asserted in place is the same receiver (session 51,
    // a Dutch IT firm's HubSpot service handing a local copy of its parameter on).
    while (typescript.isPropertyAccessExpression(node) || typescript.isCallExpression(node) || typescript.isNonNullExpression(node) || typescript.isParenthesizedExpression(node) || typescript.isAsExpression(node)) node = node.expression;
    // `this.deliver(...)`: a method of the same class, linked by its id when the class has one of that name.
    if (node.kind === typescript.SyntaxKind.ThisKeyword) return this.aliases.size > 0 || this.typed.size > 0 || this.isSinkCall(callee) || (typescript.isPropertyAccessExpression(callee) && callee.expression.kind === typescript.SyntaxKind.ThisKeyword);
    // `new Resend(KEY).emails.send(…)`: a catalogue client made in place may be a sink, too (chainedSink).
    if (typescript.isNewExpression(node)) return newReceiverPath(callee, (name) => this.linkable.has(name)) !== undefined || this.isSinkCall(callee);
    if (!typescript.isIdentifier(node)) return false;
    // `traced('emails.send', safeSendCore)({ email })`: the wrapped function of this file, called in place.
    if (typescript.isCallExpression(callee) && wrappedFunction(callee, (name) => this.functionIds.has(name)) !== undefined) return true;
    return node === callee || this.linkable.has(node.text) || this.aliases.has(node.text) || this.typed.has(node.text) || this.isSinkCall(callee) || isGlobalRoot(node.text, declaredGlobals(this.sourceFile)) || ((node.text === 'exports' || node.text === 'module') && this.ownExportCalled(callee) !== undefined);
  }

  /**
   * `exports.getTransportInfo(…)`, `module.exports.info(…)`: a CommonJS module calling its own export through the
   * exports object (so that tests can stub it), the function it defined as `exports.getTransportInfo = …`.
   */
  private ownExportCalled(callee: ts.Expression): string | undefined {
    const path = calleePath(callee, true);
    if (!path || path.path.includes('()')) return undefined;
    const names = path.root === 'module' && path.path[0] === 'exports' ? path.path.slice(1) : path.root === 'exports' ? path.path : undefined;
    const id = names?.length === 1 ? `exports.${names[0]}` : undefined;
    return id !== undefined && this.functionIds.has(id) ? id : undefined;
  }

  /** A call that may be a catalogue sink: kept for the summary of its function when a parameter reaches it. */
  private isSinkCall(callee: ts.Expression): boolean {
    return !typescript.isPropertyAccessExpression(callee) || this.compiled.lastNames.has(callee.name.text);
  }

  // ---- resolution ----------------------------------------------------------------------------------------

  /**
   * `const twilio = await getTwilio()` in a function, where another function loads `twilio` late: the local's own
   * value decides, whatever it holds; undefined where the function has no such local of its own.
   */
  private shadowingLocal(root: string, scope: FlowScope | undefined): { binding: PackageBinding | undefined } | undefined {
    const local = this.lateImports.has(root) ? scope?.locals?.get(root) : undefined;
    return local && isRequire(local) === undefined ? { binding: this.bindings.fromExpression(local, new Set()) } : undefined;
  }

  private resolveSink(call: ts.CallExpression, scope?: FlowScope): { sink: SinkDef; callee: string; method?: string; binding?: PackageBinding; vendorNamed?: string; importedFrom?: string; at?: ts.Node } | undefined {
    // `setDoc(doc(db, 'mail', id), { to, message })`: a mail Firebase's Trigger Email extension sends (trigger-email.ts).
    const mail = this.mailWrites.has(call) ? this.context.sinks.byId(TRIGGER_EMAIL_SINK) : undefined;
    if (mail) return { sink: mail, callee: call.expression.getText(this.sourceFile).replace(/\s+/g, '') };
    const callee = calleePath(call.expression, true);
    if (!callee) return this.chainedSink(call);
    let { root, path } = callee;
    // `posthog()?.capture(...)` where `posthog()` hands out a client made in this file; `pino().info()` is pino's.
    const isCalled = path[0] === '()';
    if (isCalled) path = path.slice(1);
    let binding: PackageBinding | undefined = isCalled && !this.bindings.binding(root) ? this.bindings.binding(`${root}()`) : undefined;
    if (binding) {
      // The client the function returns.
    } else if (root === 'this' && path.length > 0) {
      binding = this.bindings.binding(`this.${path[0]}`);
      if (binding) {
        root = `this.${path[0]}`;
        path = path.slice(1);
      }
    } else if (root !== 'this') {
      const own = this.shadowingLocal(root, scope);
      binding = own ? own.binding : this.bindings.binding(root);
    }
    // `const { boot } = useIntercom(); boot({ email })`: a method taken from a client reads as the client's.
    const member = !binding ? this.members?.get(root) : undefined;
    if (member) {
      binding = this.bindings.fromExpression(member.from, new Set());
      if (binding) path = [member.key, ...path];
    }
    let sink = matchSink(this.compiled, root, path, binding);
    // A bare `logger(…)` the project defines (a function of this file, an import of its own module by a relative or
    // aliased path) is followed to what it writes, not taken for a package's level-first logger (`@vtfk/logger`).
    if (sink?.id === CONVENTIONAL_LOGGER && !binding && path.length === 0 && (this.functionIds.has(root) || this.importsOwnModule(root))) sink = undefined;
    if (!sink && !binding) {
      // `window.Plain.init(...)`, `(globalThis as any).Intercom(...)`, `const plain = getPlain()` returning
      // `window.Plain`: a vendor's script configured through a global is the vendor's global.
      const global = GLOBAL_OBJECTS.has(root) && path.length > 0 ? path[0] : this.globalOf(root, 0);
      if (global) {
        if (GLOBAL_OBJECTS.has(root)) path = path.slice(1);
        sink = matchSink(this.compiled, global, path, undefined);
        if (sink) root = global;
      }
    }
    // `jobLogger.info(…)`, `this.auditLogger.warn(…)`: a logger by its name's last word, unless followed elsewhere (log-named-receiver.ts).
    if (!sink && !binding && !member && !this.followed(root === 'this' ? `this.${path[0]}` : root)) sink = namedLoggerSink(this.compiled, root, path);
    // `const logVerbose = verbose ? console.log : () => {}`: a local standing for a logging method (logger-alias.ts).
    if (!sink && !binding && !member && path.length === 0 && scope) {
      const aliased = this.aliasedLogger(root, scope);
      if (aliased) return aliased;
    }
    // `emailClient.fetch('https://graph.microsoft.com/…', { body })`: the app's own client of `fetch` (own-fetch-client.ts).
    if (!sink && isOwnFetchOfVendor(call, path, this.context.sinks)) sink = matchSink(this.compiled, 'fetch', [], undefined);
    // `this.stripe.customers.create(…)` with `this.stripe` untraceable: the vendor its name names (vendor-named-receiver.ts).
    if (!sink && !binding && !member) return this.vendorNamed(root, path, scope);
    if (!sink) return undefined;
    // `Intercom('boot', { email })`: a global called as a function takes its method as the first argument.
    const command = !binding && path.length === 0 ? call.arguments[0] : undefined;
    const method = (command && typescript.isStringLiteralLike(command) ? command.text : undefined) ?? path[path.length - 1] ?? binding?.exportName ?? root;
    return { sink, callee: [root, ...path].join('.'), method, ...(binding ? { binding } : {}) };
  }

  /**
   * `new EmailEventListener('…').on(Event).setRecipient(fn)`: the catalogued client made in place and configured by a
   * chain (builder-chains.ts), reported `at` its method (`.setRecipient(…)` on its own line), not the chain's start.
   */
  private chainedSink(call: ts.CallExpression): ReturnType<FlowExtractor['resolveSink']> {
    const chained = chainedOnNew(call.expression);
    const binding = chained && this.bindings.fromExpression(chained.made, new Set());
    const sink = binding && matchSink(this.compiled, '', [chained.method], binding);
    if (sink) return { sink, callee: `${binding.exportName ?? binding.package}.${chained.method}`, method: chained.method, binding, at: chained.name };
    // `new Resend(API_KEY).emails.send(…)`: the client made in place, read as a local holding it (new-receiver.ts).
    const member = newMemberPath(call.expression);
    const made = member && this.bindings.fromExpression(member.made, new Set());
    const madeSink = made && matchSink(this.compiled, '', member.path, made);
    return madeSink ? { sink: madeSink, callee: [made.exportName ?? made.package, ...member.path].join('.'), method: member.path[member.path.length - 1], binding: made } : undefined;
  }

  private aliasedLogger(name: string, scope: FlowScope): ReturnType<FlowExtractor['resolveSink']> {
    for (const method of aliasedMethods(this.localValue(name, scope))) {
      const target = calleePath(method, true);
      if (!target || target.root === 'this') continue;
      const binding = this.bindings.binding(target.root);
      const sink = matchSink(this.compiled, target.root, target.path, binding) ?? (binding ? undefined : namedLoggerSink(this.compiled, target.root, target.path));
      if (sink?.kind !== 'logs') continue;
      return { sink, callee: [target.root, ...target.path].join('.'), method: target.path[target.path.length - 1] ?? target.root, ...(binding ? { binding } : {}) };
    }
    return undefined;
  }

  private vendorNamed(root: string, path: string[], scope: FlowScope | undefined): ReturnType<FlowExtractor['resolveSink']> {
    const [receiver, key, rest] = root === 'this' ? [path[0], `this.${path[0]}`, path.slice(1)] : [root, root, path];
    if (receiver === undefined) return undefined;
    // A callback's own parameter is the client handed to it, whatever other functions of the file call a local so.
    const isClientParam = root !== 'this' && scope !== undefined && this.isSdkParam(root, scope);
    if (!isClientParam && (this.resolvesElsewhere(key) || (scope && root !== 'this' && this.localValue(root, scope)))) return undefined;
    const sink = vendorNamedSink(this.compiled, receiver, rest);
    if (sink) return { sink, callee: [root, ...path].join('.'), method: rest[rest.length - 1]!, vendorNamed: receiver };
    // `async (calendar) => calendar.events.insert(…)` beside `import { google } from 'googleapis'` (vendor-named-receiver.ts).
    const imported = importedVendorSink(this.compiled, this.sinkPackages, rest);
    return imported && { sink: imported.sink, callee: [root, ...path].join('.'), method: rest[rest.length - 1]!, vendorNamed: receiver, importedFrom: imported.pkg };
  }

  /**
   * Whether `name` is a parameter of the function around (the nearest one declaring it), untyped or typed by an
   * import of a catalogued SDK (`calendar: calendar_v3.Calendar`): a client handed in, not the project's own value.
   */
  private isSdkParam(name: string, scope: FlowScope): boolean {
    if (this.localValue(name, scope)) return false;
    for (let s: FlowScope | undefined = scope; s; s = s.parent) {
      const param = s.fnNode?.parameters.find((p) => typescript.isIdentifier(p.name) && p.name.text === name);
      if (!param) continue;
      const type = param.type;
      if (!type) return true;
      if (!typescript.isTypeReferenceNode(type)) return false;
      let root: ts.EntityName = type.typeName;
      while (typescript.isQualifiedName(root)) root = root.left;
      return this.bindings.binding(root.text) !== undefined;
    }
    return false;
  }

  /** Whether `local` is imported from a module of the project written as a path (`./logger`, `@/lib/log`, `~/log`, `#log`). */
  private importsOwnModule(local: string): boolean {
    const from = this.facts.imports.find((i) => i.local === local)?.from;
    return from !== undefined && /^(?:\.|@\/|~\/|#)/.test(from);
  }

  /** A name the link stage follows to the project's own code: an import of the project, a value made by one, a value of a project type. */
  private followed(key: string): boolean {
    return this.linkable.has(key) || this.aliases.has(key) || this.typedAlias(key) !== undefined;
  }

  /** A name this file gives a value privmap follows: the project's type, import or function's result, or a value of its own. */
  private resolvesElsewhere(key: string): boolean {
    const typed = this.typed.get(key);
    if (typed && this.isProjectType(typed.root)) return true;
    return this.linkable.has(key) || this.aliases.has(key) || this.bindings.initializersOf(key).length > 0;
  }

  private lineText(line: number): string {
    this.lineStarts ??= this.sourceFile.getLineStarts();
    const start = this.lineStarts[line];
    if (start === undefined) return '';
    const end = this.lineStarts[line + 1] ?? this.sourceFile.text.length;
    return this.sourceFile.text.slice(start, end);
  }

  /** The global a local or a function's result stands for (`const plain = getPlain()`, `getPlain = () => window.Plain ?? null`). */
  private globalOf(name: string, depth: number): string | undefined {
    if (depth > 3) return undefined;
    // Asked after the walk, when every value is known, so the answer per (name, depth) can be kept: a bundle's
    // `e` asked at each of its thousands of calls, each time through all of its values, is what made it slow.
    const key = `${depth}\u0000${name}`;
    const known = this.globals.get(key);
    if (known !== undefined) return known ?? undefined;
    let found: string | undefined;
    for (const value of this.bindings.initializersOf(name)) {
      found = this.globalIn(value, depth);
      if (found) break;
    }
    this.globals.set(key, found ?? null);
    return found;
  }

  private globalIn(expression: ts.Expression, depth: number): string | undefined {
    const node = unwrap(expression);
    if (typescript.isBinaryExpression(node)) return this.globalIn(node.left, depth + 1) ?? this.globalIn(node.right, depth + 1);
    if (typescript.isConditionalExpression(node)) return this.globalIn(node.whenTrue, depth + 1) ?? this.globalIn(node.whenFalse, depth + 1);
    if (typescript.isPropertyAccessExpression(node)) {
      const object = unwrap(node.expression);
      return typescript.isIdentifier(object) && GLOBAL_OBJECTS.has(object.text) && this.compiled.globalByRoot.has(node.name.text) ? node.name.text : undefined;
    }
    if (typescript.isCallExpression(node) && node.arguments.length === 0) {
      const callee = unwrap(node.expression);
      if (!typescript.isIdentifier(callee)) return undefined;
      const returned = this.globalOf(`${callee.text}()`, depth + 1);
      if (returned) return returned;
      // `const getPlain = () => window.Plain ?? null`: an arrow whose body is the value.
      for (const fn of this.bindings.initializersOf(callee.text)) {
        const body = unwrap(fn);
        if (typescript.isArrowFunction(body) && !typescript.isBlock(body.body)) return this.globalIn(body.body, depth + 1);
      }
    }
    if (typescript.isIdentifier(node)) return this.globalOf(node.text, depth + 1);
    return undefined;
  }

  /** How a URL's base is read from `scope`: constants, locals, fields and destructured settings. */
  private baseNames(scope: FlowScope): BaseNames {
    // `private readonly crmUrl: string` then `this.crmUrl = config.get('CRM_URL')`: the one value it was given, its type aside.
    const single = (name: string) => (this.bindings.initializersOf(name).length === 1 ? this.bindings.initializersOf(name)[0] : undefined);
    return {
      value: (name) => this.localValue(name, scope) ?? single(name),
      destructuredFrom: (name) => this.dataContext(scope).destructuredFrom?.(name),
      imported: (name) => importBindings(this.sourceFile).some((b) => b.local === name && b.imported !== '*' && b.imported !== 'default'),
    };
  }

  /** The value a local was declared with, seen from `scope` (unwrapped), if it has one. */
  /** `const { email } = c.get('ctx'); email.sendEmailTemplate(…)`: a delivery-named service of a request's context (context-service.ts). */
  /** A call on a value the file cannot follow, named like an instance of a class (receiver-named-call.ts). */
  private receiverNamed(call: ts.CallExpression, scope: FlowScope): string | undefined {
    return receiverNamedCallee(call, (root) => this.linkable.has(root) || this.functionIds.has(root) || this.classNodes.has(root), scope.fn?.id);
  }

  private contextService(call: ts.CallExpression, scope: FlowScope): string | undefined {
    return contextServiceCallee(call, (name) => this.localValue(name, scope), (name) => {
      for (let s: FlowScope | undefined = scope; s; s = s.parent) if (s.destructured?.has(name)) return s.destructured.get(name);
      return undefined;
    });
  }

  /** Whether the file may call functions its framework imports by itself; asked on the first call of a free name. */
  private autoImports: boolean | undefined;

  /** A name the file binds nowhere (no import, declaration, local or parameter), in a file of such a framework. */
  private autoImported(root: string, scope: FlowScope): boolean {
    if (!(this.autoImports ??= mayAutoImport(this.sourceFile))) return false;
    if (RUNTIME_FUNCTIONS.has(root) || this.linkable.has(root) || this.functionIds.has(root) || this.classNodes.has(root) || this.aliases.has(root)) return false;
    if (this.bindings.initializersOf(root).length > 0 || this.localValue(root, scope) !== undefined || importBindings(this.sourceFile).some((b) => b.local === root)) return false;
    return !functionsAround(scope).some((fn) => fn.parameters.some((p) => typescript.isIdentifier(p.name) && p.name.text === root));
  }

  private localValue(name: string, scope: FlowScope): ts.Expression | undefined {
    for (let s: FlowScope | undefined = scope; s; s = s.parent) {
      const found = s.locals?.get(name);
      if (found) return unwrap(found);
    }
    return undefined;
  }

  private readonly assigned = new Map<ts.ObjectLiteralExpression | ts.NewExpression | ts.CallExpression, AssignedProperty[]>();
  private readonly pushed = new Map<ts.ArrayLiteralExpression | ts.NewExpression, ts.Expression[]>();
  private readonly loggedRoles = new LoggedRoleValues();

  /** Test, seed and mock code's calls are never judged: their arguments' facts hold only what the summaries read (`FactDepth`). */
  private depth: FactDepth | undefined;
  private get factDepth(): FactDepth {
    return (this.depth ??= isTestCode(this.context.file) ? 'shape' : 'all');
  }
  /** Whether the file writes a record out anywhere (`JSON.stringify`, `inspect`): asked once, not sliced per argument of every call. */
  private writesOut: boolean | undefined;
  private get mayWriteOut(): boolean {
    return (this.writesOut ??= mayWriteOutRecord(this.sourceFile.text));
  }
  private readonly readAssigned = (object: ts.Expression) => this.assigned.get(object as ts.NewExpression);
  private readonly readPushed = (array: ts.ArrayLiteralExpression | ts.NewExpression) => this.pushed.get(array);
  private readonly readFieldValues = (key: string) => this.bindings.initializersOf(key);

  private dataContext(scope: FlowScope, at?: number): DataContext {
    const dataContext: DataContext = {
      sourceFile: this.sourceFile,
      detector: this.detector,
      resolveLocal: (name) => {
        for (let s: FlowScope | undefined = scope; s; s = s.parent) {
          const found = localAt(s, name, at, this.sourceFile);
          if (found) return found;
        }
        return undefined;
      },
      // `const { component } = this.render(data)`: what a destructured local was taken from.
      destructuredFrom: (name) => {
        for (let s: FlowScope | undefined = scope; s; s = s.parent) {
          const found = s.destructured?.get(name);
          if (found) return found;
        }
        return undefined;
      },
      parametersBeside: (name) => {
        for (let s: FlowScope | undefined = scope; s; s = s.parent) {
          if (declaresLocal(s, name)) return undefined;
          const params = s.fnNode?.parameters.map((p) => (typescript.isIdentifier(p.name) ? p.name.text : '{}'));
          if (params?.includes(name)) return params;
        }
        return undefined;
      },
      destructuredBeside: (name) => {
        for (let s: FlowScope | undefined = scope; s; s = s.parent) {
          const found = s.destructuredNames?.get(name);
          if (found) return found;
        }
        return undefined;
      },
      reassigned: (name) => {
        for (let s: FlowScope | undefined = scope; s; s = s.parent) {
          if (declaresLocal(s, name)) return s.reassigned?.get(name);
          const defaulted = s.defaultedParams?.get(name);
          if (defaulted) return [defaulted];
        }
        return undefined;
      },
      fieldValues: this.readFieldValues,
      serviceField: this.isServiceField,
      membersRead: (root) => {
        for (let s: FlowScope | undefined = scope; s; s = s.parent) if (s.fnNode) return membersReadIn(s.fnNode).read.get(root) ?? NO_MEMBERS;
        return NO_MEMBERS;
      },
      recipientMembers: (root) => {
        for (let s: FlowScope | undefined = scope; s; s = s.parent) if (s.fnNode) return membersReadIn(s.fnNode).recipients.get(root) ?? NO_MEMBERS;
        return NO_MEMBERS;
      },
    };
    if (this.elementNames.size) dataContext.elementOf = (name) => this.elementNames.get(elementKey(scope, name)) ?? undefined;
    if (this.assigned.size) dataContext.assigned = this.readAssigned;
    if (this.pushed.size) dataContext.pushed = this.readPushed;
    if (this.context.checker) dataContext.checker = this.context.checker;
    if (scope.className) dataContext.className = scope.className;
    return dataContext;
  }

  /** Whether the file's text holds the ignore comment at all: most files do not, and then no line is sliced and searched per call. */
  private mayIgnore: boolean | undefined;

  private suppression(line: number, scope: FlowScope): { reason: string } | undefined {
    this.mayIgnore ??= this.sourceFile.text.includes(IGNORE_COMMENT);
    const ignore = this.mayIgnore && line > 0 ? IGNORE.exec(this.lineText(line - 1)) : null;
    if (ignore) return { reason: ignore[1]!.trim() };
    return scope.suppressed;
  }

  private flowOf({ call, scope }: PendingCall): FlowFinding | undefined {
    const resolved = this.resolveSink(call, scope);
    if (!resolved) return undefined;
    let sink = resolved.sink;
    let pkg = resolved.binding?.package;
    // `fs.appendFileSync(path.join(cwd, 'logs', 'security.log'), …)`: a log file, not an export (log-file.ts).
    if (sink.kind === 'file' && resolved.binding?.kind === 'import' && writesLogFile(call.arguments[0], (name) => this.localValue(name, scope))) sink = this.context.sinks.byId(LOG_FILE_SINK) ?? sink;
    // Only an HTTP call's own arguments name where it goes; other sinks keep the host their client was made with.
    // A field declared with its type and given a URL once (`private readonly apiUrl: string` then `this.apiUrl = '…'`): that one value (field-url.ts).
    const resolveUrl = (name: string) => this.localValue(name, scope) ?? this.bindings.initializerOf(name) ?? onlyValue(this.bindings.initializersOf(name)) ?? ownMethodValue(name, scope.className, (key) => this.bindings.initializersOf(key)) ?? urlGivenToHelper(name, call, this.sourceFile, (constant) => this.bindings.initializerOf(constant) ?? onlyValue(this.bindings.initializersOf(constant)));
    const written = sink.kind === 'http' ? (hostOfArguments(call.arguments, resolveUrl) ?? resolved.binding?.host) : resolved.binding?.host;
    // `https://${sub}.zendesk.com`: a tenant's host counts only where a vendor's host covers it (tenant-host.ts).
    const host = written && isTenantHost(written) && !sinkForHost(this.context.sinks, written) ? undefined : written;
    let mailPost: MailPost | undefined;
    if (sink.kind === 'http') {
      // A generic HTTP call is a flow only to a known host, or to a base URL set for someone else's server; a relative URL is the app's own backend.
      // A URL kept on a record naming a webhook (`clinic.webhooks[state].url`), also through the file's request helper (webhook-url.ts).
      // `fetch(\`${this.baseUrl}${endpoint}\`)` in a helper given a vendor's well-known paths (helper-path.ts); a field
      // naming nothing in a class named for a vendor (`AsaasAccEntity`: vendor-class-url.ts); a helper's URL parameter
      // every call of it gives as a setting naming one vendor (helper-setting.ts).
      let configured = host ? undefined : (configuredTarget(call.arguments, resolved.binding?.base, this.baseNames(scope), this.context.sinks, this.sourceFile) ?? webhookTarget(call.arguments, this.context.sinks, this.sourceFile) ?? helperPathTarget(call, (name) => this.localValue(name, scope), this.context.sinks, this.sourceFile) ?? vendorClassTarget(call.arguments, scope.className, this.baseNames(scope), this.context.sinks) ?? settingGivenToHelper(call.arguments, call, this.baseNames(scope), this.context.sinks, this.sourceFile));
      // `fetch(env.SPAM_URL, { body: JSON.stringify({ to, subject, html }) })`: a mail handed to a service of no known owner (mail-shaped-post.ts).
      mailPost = host || configured ? undefined : mailShapedPost(call.arguments, resolved.binding?.base, this.baseNames(scope), this.context.sinks, this.sourceFile, (name) => this.localValue(name, scope));
      if (mailPost) configured = { vendor: mailPost.sink };
      if ((!host && !configured) || (host && isLocalHost(host))) return undefined;
      // `https://graph.facebook.com/${VERSION}/${PHONE_ID}/messages`: a path naming the vendor on a shared host (http-targets.ts).
      const known = host ? (vendorOfHostPath(this.context.sinks, host, urlEndOfArguments(call.arguments, resolveUrl)) ?? sinkForHost(this.context.sinks, host)) : configured!.vendor;
      if (!known && host && isInfrastructureHost(this.context.sinks, host)) return undefined;
      if (known) {
        // `axios.post('https://api.mixpanel.com/...')` reaches Mixpanel, not "axios".
        sink = known;
        pkg = undefined;
      }
    }
    // `Sentry.captureException(error, { data })`: an event hint stays in the process (capture-hint.ts).
    const sinkId = sink.id;
    const kept = call.arguments.map((arg, index) => isKeptHint(sinkId, resolved.method, arg, index));
    const roles = rolesFor(sink, resolved.method, resolved.callee);
    this.sinkCalls.set(call, { sinkId, roles, package: pkg, ...(kept.some(Boolean) ? { kept } : {}) });
    if (sink.kind === 'logs') this.logCalls.add(call);
    // A test, seed or mock file's people are made up and its senders mocked: no flow is reported there (test-code.ts),
    // and what its sink calls carry is read by nothing else (the summaries read the call's facts, `linkCallFact`).
    if (this.factDepth === 'shape') return undefined;
    const carried: Carried = { categories: new Set(), expressions: new Set() };
    const dataContext = this.dataContext(scope, call.pos);
    call.arguments.forEach((arg, index) => kept[index] || inArgument(arg, index, roles, dataContext, carried));
    // A value this function hands a mailer's `to` is an email where it logs it too (log-recipients.ts).
    if (sink.kind === 'logs') {
      this.loggedRoles.carriedIn(scope.fn?.id ?? scope.container, call, dataContext, carried);
      // `console.log(req.body)` beside `const { email } = req.body`, `log.d({ user })`: a record logged whole (logged-records.ts).
      loggedRecords(call.arguments, functionsAround(scope), dataContext, carried);
      // `{ email: params.to }` posted or stored by the same function: `params.to` is an email where it is logged (log-keyed-values.ts).
      loggedKeyedValues(call.arguments, functionsAround(scope), dataContext, carried);
    } else if (roles) this.loggedRoles.note(scope.fn?.id ?? scope.container, call, roles, dataContext);
    // Inside `createCompany(input)` the company's name, address and phone are its own (organisation-call.ts).
    if (sink.kind !== 'logs' && scope.fn && callNamesOrganisation(scope.fn.id, dataContext)) carried.categories = new Set(organisationCategories(carried.categories, carried.expressions, dataContext));
    if (carried.categories.size === 0) return undefined;

    const start = (resolved.at ?? call).getStart(this.sourceFile);
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
    if (resolved.vendorNamed) flow.inferred = { name: resolved.vendorNamed, evidence: vendorNamedEvidence(resolved.vendorNamed, sink, resolved.importedFrom), confidence: VENDOR_NAMED_CONFIDENCE };
    else if (mailPost) flow.inferred = { name: mailPost.setting, evidence: mailPost.evidence, confidence: mailPost.confidence };
    const suppressed = this.suppression(line, scope);
    if (suppressed) flow.suppressed = suppressed;
    return flow;
  }

  // ---- module facts --------------------------------------------------------------------------------------

  /** The file's class declarations by name, for a method's own siblings (vendor-subclass.ts). */
  private readonly classNodes = new Map<string, ts.ClassLikeDeclaration>();

  /** Sink calls that only log: no hand-off of an own object's method (own-object-handoff.ts), a side note beside it. */
  private readonly logCalls = new Set<ts.CallExpression>();
  /** Locals holding a required module's member (`const Send = require('./mail').mailService.send`): shown as written. */
  private readonly requiredMembers = new Set<string>();
  /**
   * Names a function binds to a package it loads late (`const { default: twilio } = await import('twilio')` in a lazy
   * getter): the binding is the file's, so another function's own local of that name (`const twilio = await
   * getTwilio()`) is read from its value instead (resolveSink).
   */
  private readonly lateImports = new Set<string>();
  /** Whether the file's text may write a document for Firebase's Trigger Email extension at all (trigger-email.ts); asked on the first call. */
  private mayWriteMailText: boolean | undefined;
  private get mayWriteMail(): boolean {
    return (this.mayWriteMailText ??= mayWriteTriggerEmail(this.sourceFile.text));
  }
  /** The calls that write such a document, found during the walk. */
  private readonly mailWrites = new Set<ts.CallExpression>();
  private readonly sinkCalls = new Map<ts.CallExpression, { sinkId: string; roles: Record<string, Role> | undefined; package: string | undefined; kept?: boolean[] }>();

  /** What the file's helpers hand their callbacks (`fn(client)` in `withPostHog(fn)`), by function, parameter and local. */
  private readonly lentClients: { fn: string; param: number; local: string }[] = [];

  /**
   * `withPostHog(async (client) => client.capture(…))`: the callback's parameter stands for the client the helper lends
   * it; and in the helper, `fn(client)` of its own parameter `fn` lends that client (callback-client.ts).
   */
  private noteLentClients(call: ts.CallExpression, scope: FlowScope): void {
    const callee = unwrap(call.expression);
    if (!typescript.isIdentifier(callee)) return;
    const helper = this.linkable.has(callee.text) ? callee.text : this.functionIds.has(callee.text) ? callee.text : undefined;
    if (helper !== undefined) {
      for (const { param, name } of callbackParameters(call)) if (!this.aliases.has(name) && !this.linkable.has(name)) this.aliases.set(name, { root: helper, path: [lentClientStep(param)] });
    }
    const fn = scope.fn;
    if (!fn) return;
    const lent = lentToParameter(call, (name) => {
      const index = fn.node.parameters.findIndex((p) => typescript.isIdentifier(p.name) && p.name.text === name);
      return index >= 0 ? index : undefined;
    });
    if (lent) this.lentClients.push({ fn: fn.id, ...lent });
  }

  /** Module-level values made from a catalogue package that the module exports (`export const mailer = …`). */
  private collectClients(): void {
    for (const { fn, param, local } of this.lentClients) {
      const binding = this.bindings.binding(local);
      if (binding && !this.facts.clients.some((c) => c.local === lentClientName(fn, param))) this.facts.clients.push({ local: lentClientName(fn, param), ...binding });
    }
    for (const exported of this.facts.exports) {
      if (!exported.local || exported.from) continue;
      // `export default new IntercomClient(...)`: the expression itself, under the name `default`.
      const binding = exported.local === 'default' && this.defaultExport ? this.bindings.fromExpression(this.defaultExport, new Set()) : this.bindings.binding(exported.local);
      if (binding) this.facts.clients.push({ local: exported.local, ...binding });
      else if (this.functionIds.has(exported.local)) this.collectFactory(exported.local);
    }
    // `static getOpenAIClient() { return new OpenAI({ apiKey }) }` of a class another module requires and calls
    // (`AiMailService.getOpenAIClient().chat.completions.create(…)`): a method handing out a client is a factory as an
    // exported function is; the link reaches it through the class (static-members.ts).
    for (const id of this.functionIds) {
      const dot = id.indexOf('.');
      if (dot > 0 && id.indexOf('.', dot + 1) < 0 && this.classNodes.has(id.slice(0, dot)) && this.bindings.initializersOf(`${id}()`).length) this.collectFactory(id);
    }
  }

  /** `export function getTransport() { return cached ??= createTransport(...) }`: a function that hands out a client. */
  private collectFactory(name: string): void {
    const returned = this.bindings.initializersOf(`${name}()`);
    // `return resend.emails.send(...)`, `const res = await transport.sendMail(…); return res`: a sink call's result, not a client: a wrapper, summarised.
    if (returned.some((e) => this.isSinkResult(e, 0) || isResourceAnswer(e, this.bindings))) return;
    const made = this.bindings.binding(`${name}()`);
    // `let html = readFileSync(path); … return html.replace(…)`: a function handing out text hands out no client.
    const own = topLevelFunctions(this.sourceFile).get(name);
    if (made && !(own && readKeys(own, this.sourceFile))) {
      this.facts.clients.push({ local: name, ...made, factory: true });
      return;
    }
    // `return stripeClient` where `stripeClient = createStripeClient(...)` of the project: resolved when linked.
    const from = returned.map((e) => this.returnedImportCall(e, 0)).find((x) => x !== undefined);
    // Looked up only then: every class method with a `return` comes here, and most return no client.
    const fact = from === undefined ? undefined : this.facts.functions.find((f) => f.name === name);
    if (from && fact) fact.returnsFrom = from;
  }

  /** A sink call's result, directly or through locals (`const res = await resend.emails.send(…)`, `res.data`). */
  private isSinkResult(expression: ts.Expression, depth: number): boolean {
    let node = unwrap(expression);
    while (typescript.isPropertyAccessExpression(node)) node = unwrap(node.expression);
    if (typescript.isCallExpression(node) && this.sinkCalls.has(node)) return true;
    if (depth > 3) return false;
    // `return response.data.id || null` where `response = await calendar.events.insert(…)`: the answer with a
    // fallback is still the answer; read as a client, the wrapper's callers lost their flows (a Google Calendar helper).
    if (isOrElse(node)) return this.isSinkResult(node.left, depth + 1) || this.isSinkResult(node.right, depth + 1);
    // `return await res.json()` where `res = await fetch(…)`: the vendor's answer read, not a client (response-read.ts).
    const answered = answerReadFrom(node);
    if (answered && this.isSinkResult(answered, depth + 1)) return true;
    // `return sendEmail({ email, … })` where this file's `sendEmail` returns `brevo.post(…)`: what a wrapper of the
    // file answers is the vendor's answer too, not a client; read as a client, every caller's data was lost
    // (nosgestesclimat-server's Brevo helpers all return the local `sendEmail`'s post).
    if (typescript.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      return typescript.isIdentifier(callee) && this.functionIds.has(callee.text) && this.bindings.initializersOf(`${callee.text}()`).some((e) => this.isSinkResult(e, depth + 1));
    }
    if (!typescript.isIdentifier(node)) return false;
    return this.bindings.initializersOf(node.text).some((e) => this.isSinkResult(e, depth + 1));
  }

  private returnedImportCall(expression: ts.Expression, depth: number): string | undefined {
    if (depth > 3) return undefined;
    const node = unwrap(expression);
    if (typescript.isCallExpression(node) || typescript.isNewExpression(node)) {
      const callee = unwrap(node.expression);
      return typescript.isIdentifier(callee) && this.linkable.has(callee.text) ? callee.text : undefined;
    }
    if (typescript.isBinaryExpression(node)) return this.returnedImportCall(node.right, depth + 1) ?? this.returnedImportCall(node.left, depth + 1);
    if (typescript.isIdentifier(node)) return this.bindings.initializersOf(node.text).map((e) => this.returnedImportCall(e, depth + 1)).find((x) => x !== undefined);
    return undefined;
  }

  /** Records what the names of the parameters these arguments read say they hold (`FunctionFact.named`). */
  private nameParams(fn: FunctionScope, args: readonly ArgFact[], context: DataContext): void {
    // Each argument's own references, then its properties': in that order, without a list made per call. The
    // properties' references are read beside every reference of the call: that list is made once, at the first.
    // `sendSMS(\`+${applicant.phone}\`, message)` with `message` reading `applicant.name`: a positional argument's keys are
    // read beside the other arguments' as well (the name and the phone of one parameter are one person's).
    let all: ParamRef[] | undefined;
    const every = () => (all ??= args.flatMap((a) => [...(a.params ?? []), ...Object.values(a.props ?? {}).flatMap((p) => p.params ?? [])]));
    for (const arg of args) {
      if (arg.params) for (const ref of arg.params) this.nameParam(fn, ref, context, args.length > 1 && ref.key === 'name' ? every() : arg.params);
      if (arg.props) for (const key in arg.props) if (Object.hasOwn(arg.props, key)) for (const ref of arg.props[key]!.params ?? []) this.nameParam(fn, ref, context, every());
    }
  }

  private nameParam(fn: FunctionScope, ref: ParamRef, context: DataContext, others: readonly ParamRef[] = []): void {
    const name = ref.key ?? fn.fact.params[ref.param];
    if (!name || name === '{}') return;
    const key = ref.key === undefined ? `${ref.param}` : `${ref.param}.${ref.key}`;
    if (fn.fact.named?.[key]) return;
    // `({ administrator: { name, email } })`: the inner names say what the key holds (nested-parameters.ts).
    const nested = ref.key !== undefined ? nestedKeyCategories(fn.node, ref, context) : [];
    let categories = nested.length ? nested : classify(name, [], context);
    // `sendWelcomeEmail(email, name)`: beside the person's address, `name` is theirs (name-beside-address-param.ts).
    if (categories.length === 0 && ref.key === undefined) categories = nameBesideAddressParam(fn.fact.params, ref.param, (other) => classify(other, [], context), (word) => isBareNameWord(word, context));
    // `recipient.name` beside `recipient.email` of the same parameter: the person's name (list-parameter-element.ts).
    else if (categories.length === 0) categories = nameBesideAddressKey(ref, others, (other) => classify(other, [], context));
    if (categories.length) (fn.fact.named ??= {})[key] = categories;
  }

  private jsxCallFact(element: ts.JsxSelfClosingElement | ts.JsxOpeningElement, scope: FlowScope): CallFact | undefined {
    const name = (element.tagName as ts.Identifier).text;
    const nested = scope.fn ? `${scope.fn.id}/${name}` : undefined;
    const root = this.linkable.has(name) ? name : nested && this.functionIds.has(nested) ? nested : this.functionIds.has(name) ? name : undefined;
    if (!root) return undefined;
    const start = element.getStart(this.sourceFile);
    const { line, character } = this.sourceFile.getLineAndCharacterOfPosition(start);
    const context = this.dataContext(scope, element.pos);
    const args = [jsxArgFact(element.attributes, context, scope.fn?.params, this.factDepth)];
    if (scope.fn) this.nameParams(scope.fn, args, context);
    const fact: CallFact = { root, path: [], args, line: line + 1, col: character + 1, container: scope.container, purposes: scope.purposes };
    const suppressed = this.suppression(line, scope);
    if (suppressed) fact.suppressed = suppressed;
    if (scope.fn) fact.fn = scope.fn.id;
    return fact;
  }

  /** `this.handlers[job.name](job)` over a table of functions: a call of any of them, kept as a choice among them (dispatch-table.ts). */
  private dispatchCall(call: ts.CallExpression, scope: FlowScope, table: string): void {
    const literal = table.startsWith('this.') ? this.bindings.initializersOf(table).find((v) => typescript.isObjectLiteralExpression(unwrap(v))) : (this.localValue(table, scope) ?? this.bindings.initializerOf(table));
    const named = (name: string) => (this.linkable.has(name) ? name : enclosingFunctionId(this.functionIds, scope.fn?.id, name));
    const handlers = tableHandlers(literal, (fn) => this.functionNodes.get(fn), named);
    if (!handlers) return;
    const root = dispatchRoot(table);
    if (!this.facts.objects?.some((o) => o.local === root)) (this.facts.objects ??= []).push({ local: root, oneOf: handlers });
    const fact = this.linkCallFact({ call, scope }, { root, path: [] });
    if (fact) this.facts.calls.push(fact);
  }

  private linkCallFact({ call, scope }: { call: ts.CallExpression | ts.NewExpression; scope: FlowScope }, dispatched?: { root: string; path: string[] }): CallFact | undefined {
    const sink = typescript.isCallExpression(call) ? this.sinkCalls.get(call) : undefined;
    let target: { root: string; path: string[] } | undefined;
    let written: string | undefined;
    let spelled: string | undefined;
    let byReceiverName = false;
    let service: string[] | undefined;
    let made: { root: string; path: string[] } | undefined;
    let wrapped: string | undefined;
    if (dispatched) target = dispatched;
    else if (sink) target = calleePath(call.expression);
    else if (typescript.isCallExpression(call) && this.requiredInPlace.has(call)) {
      // `require('./send')(to, data)`: the required module's value (inline-require.ts).
      target = this.requiredInPlace.get(call)!;
      written = call.expression.getText(this.sourceFile).replace(/\s+/g, '');
    } else if (typescript.isNewExpression(call)) {
      const name = (unwrap(call.expression) as ts.Identifier).text;
      // Only a class another module may summarise (an import) or one of this file that keeps or inherits fields.
      if (!this.linkable.has(name) && !this.classFacts.get(name)?.fields && !this.classFacts.get(name)?.extends) return undefined;
      target = { root: name, path: ['new'] };
    } else if ((service = serviceCallPath(call.expression, (name) => this.localValue(name, scope)))) {
      // `app.service('/mails').create(…)`: the method of the service registered at that path (service-registry.ts).
      target = { root: GLOBAL_ROOT, path: service };
      written = call.expression.getText(this.sourceFile).replace(/\s+/g, '');
    } else if ((made = newReceiverPath(call.expression, (name) => this.linkable.has(name)))) {
      // `new EmailService().verifyEmail(…)`: the method of the class's instance (new-receiver.ts).
      target = made;
    } else if ((made = methodResultReceiverPath(call.expression, (name) => (this.linkable.has(name) && !isLoggerName(name) ? { root: name, path: [] } : undefined)))) {
      // `GatewayFactory.getProvider(name).createCustomer(…)`: a method of what the imported value's method returns (declared-result.ts).
      target = made;
    } else if ((wrapped = wrappedFunctionCalled(call, (name) => enclosingFunctionId(this.functionIds, scope.fn?.id, name) !== undefined)) !== undefined) {
      // `traced('emails.send', safeSendCore)({ email })`: the function the wrapper made in place calls (wrapped-function.ts).
      target = { root: enclosingFunctionId(this.functionIds, scope.fn?.id, wrapped)!, path: [] };
    } else {
      const asWritten = calleePath(call.expression, true);
      if (!asWritten) return undefined;
      // `var that = this; that.deliver(user.email)`: a call on the object itself (this-alias.ts).
      const callee = throughThisAlias(asWritten, (name) => this.localValue(name, scope));
      // `WIKI.mail.send(…)` on a global the file declares: joined to the member's module when linked (global-members.ts).
      const onGlobal = this.linkable.has(callee.root) ? undefined : globalCallPath(callee.root, callee.path, declaredGlobals(this.sourceFile));
      // `geocoder.current.geocode(…)` on a React ref given a value (react-ref.ts): a member called on that value.
      const refKey = callee.path[0] === REF_MEMBER && callee.path.length > 1 ? `${callee.root}.${REF_MEMBER}` : undefined;
      const isOnRef = refKey !== undefined && this.aliases.has(refKey);
      const aliasKey = isOnRef ? refKey : callee.root === 'this' && callee.path.length ? `this.${callee.path[0]}` : callee.root;
      let instanceMethod: string | undefined;
      let ownExport: string | undefined;
      // A value of a type of the project (`this.mailer.send`, `emailsServices.sendEmail`) only with a member called on it.
      const alias = this.aliases.get(aliasKey) ?? (callee.path.length > (callee.root === 'this' ? 1 : 0) ? this.typedAlias(aliasKey) : undefined);
      if (alias) target = { root: alias.root, path: [...alias.path, ...callee.path.slice(callee.root === 'this' || isOnRef ? 1 : 0)] };
      if (alias?.path[0] === ':' || this.requiredMembers.has(callee.root)) written = [callee.root, ...callee.path.filter((p) => p !== '()')].join('.');
      // `emailQueue.add(…)` where `emailQueue = new Queue('emails')`: its own name says where it delivers (named-recipient.ts).
      else if (alias) spelled = [callee.root, ...callee.path.filter((p) => p !== '()')].join('.');
      else if (this.linkable.has(callee.root)) target = callee;
      else if (onGlobal) (target = { root: GLOBAL_ROOT, path: onGlobal }), (written = onGlobal.join('.'));
      // `this.sendRawEmail(…)` declared abstract: each subclass's method, as on a value of the class's type (abstract-method.ts).
      else if (callee.root === 'this' && callee.path.length === 1 && scope.className && isAbstractMethod(this.classNodes.get(scope.className), callee.path[0]!)) (target = { root: scope.className, path: [':', callee.path[0]!] }), (written = `this.${callee.path[0]}`);
      else if (callee.root === 'this' && callee.path.length === 1 && scope.className && this.functionIds.has(`${scope.className}.${callee.path[0]}`)) target = { root: `${scope.className}.${callee.path[0]}`, path: [] };
      else if ((ownExport = this.ownExportCalled(call.expression)) !== undefined) target = { root: ownExport, path: [] };
      // `export const notificationService = { sendEmailDirect(to) {…}, remind() { this.sendEmailDirect(client.email) } }`:
      // a method of an object literal calling its sibling through `this` (an Italian clinic app's notification service).
      else if (callee.root === 'this' && callee.path.length === 1 && !scope.className && this.siblingMethod(scope.fn, callee.path[0]!)) target = { root: this.siblingMethod(scope.fn, callee.path[0]!)!, path: [] };
      // `GestoreEmail.inviaEmail(…)` of a class of this file: its static method (a mailer class of static methods).
      else if (callee.path.length === 1 && this.classNodes.has(callee.root) && this.functionIds.has(`${callee.root}.${callee.path[0]}`)) target = { root: `${callee.root}.${callee.path[0]}`, path: [] };
      // `const notifier = new Notifier(); … notifier.send(user.email, text)` with the class in this file: its method.
      else if (callee.path.length === 1 && (instanceMethod = this.instanceMethod(callee.root, callee.path[0]!, scope)) !== undefined) target = { root: instanceMethod, path: [] };
      else if (callee.path.length === 0 || (callee.path[0] === '()' && this.compiled.lastNames.has(callee.path[callee.path.length - 1]!))) {
        // A function of this file (`notify(user.email)` where `notify` wraps a sink), by its id; or the client
        // one hands out (`posthog()?.capture(...)`), resolved when linked.
        const id = enclosingFunctionId(this.functionIds, scope.fn?.id, callee.root);
        if (id) target = { root: id, path: callee.path };
      }
      // `sendReservationConfirmation(…)` bound nowhere in a Nuxt server route: a function the framework imports by itself (auto-import-calls.ts).
      if (!target && callee.path.length === 0 && this.autoImported(callee.root, scope)) target = { root: callee.root, path: [] };
      // `const analytics = { track(…) {…} }; analytics.track(…)`: the method of the app's own object (own-objects.ts).
      const own = target ? undefined : ownObjectMethod(call.expression, (name) => this.localValue(name, scope), (c) => this.sinkCalls.has(c) && !this.logCalls.has(c));
      if (own !== undefined) target = { root: enclosingFunctionId(this.functionIds, scope.fn?.id, own) ?? '', path: [] };
      if (target?.root === '') return undefined;
      if (!target && typescript.isCallExpression(call) && this.jobs.has(call)) target = calleePath(call.expression) ?? { root: '', path: [] };
      // A call privmap cannot follow that hands a parameter on: the function's body ends there (flow-opaque.ts).
      const opaque = !target && typescript.isCallExpression(call) ? (handedOnCallee(call, scope) ?? this.contextService(call, scope)) : undefined;
      if (opaque !== undefined) (target = { root: '', path: [] }), (written = opaque);
      // `notifyClient.sendX(email, …)` on a value the file cannot type: the own class the name ends, if the link finds one.
      else if (!target && typescript.isCallExpression(call) && (written = this.receiverNamed(call, scope)) !== undefined) (target = { root: '', path: [] }), (byReceiverName = true);
      if (!target) return undefined;
    }
    const params = scope.fn?.params;
    // A sink call feeds a summary only when a parameter reaches it: ask the cheap question first.
    const context = this.dataContext(scope, call.pos);
    const depth = this.factDepth;
    // `html: render(AdminNotificationEmail(booking))` with the component imported: its summary says what the text holds (text-reads.ts).
    const textCalls = sink && this.linkable.size ? (call.arguments ?? []).flatMap((arg) => textCallsIn(arg, (name) => this.localValue(name, scope), this.linkedName, (a) => argFact(a, context, params, depth), 0, context.reassigned)) : [];
    if (sink && !textCalls.length && (!params || params.size === 0 || !call.arguments!.some((arg, i) => !sink.kept?.[i] && paramsIn(arg, params, [], context).length > 0))) return undefined;
    let args = (call.arguments ?? []).map((arg, i) => (sink?.kept?.[i] ? keptArgument() : argFact(arg, context, params, depth)));
    // `createCompany({ name: naam, address: adres })`: an organisation's own data (organisation-call.ts).
    // Also a call inside such a function (`hsFetch(…)` in `createCompany(input)`): it sends the organisation's record.
    const isOrganisation = !sink && target !== undefined && (callNamesOrganisation(written ?? [target.root, ...target.path].join('.'), context) || (scope.fn !== undefined && callNamesOrganisation(scope.fn.id, context)));
    if (isOrganisation) args = args.map((arg) => organisationArgument(arg, context));
    // The body sent to the app's own route, as one more argument: the route's handler reads it as its parameter 0.
    const routePayload = typescript.isCallExpression(call) ? this.routePayloads.get(call) : undefined;
    if (routePayload) args.push(argFact(routePayload, context, params, depth));
    // What an argument writes out where the project's function it is handed to logs it as it came, kept on the call's
    // facts and used only where the link finds it logged whole (link.ts): what a record serialised in it holds
    // (`logDebug(\`missing ${JSON.stringify(item)}\`)` beside `const { email } = item`, logged-records.ts; only an
    // argument whose text names a serialiser: reading every argument of every call as a logged record took half again
    // the scan's time on a 270-file project), and the values the function hands a sender's role that it shows
    // (`logDebug('Sending SMS', { to })` beside `twilio.messages.create({ to })`, log-recipients.ts).
    if (!sink && depth === 'all' && (this.mayWriteOut || !this.loggedRoles.isEmpty)) (call.arguments ?? []).forEach((arg, i) => {
      const logged: Carried = { categories: new Set(), expressions: new Set() };
      if (this.mayWriteOut && mayWriteOutRecord(this.sourceFile.text.slice(arg.pos, arg.end))) loggedRecords([arg], functionsAround(scope), context, logged);
      this.loggedRoles.showIn(scope.fn?.id ?? scope.container, arg, context, logged);
      if (logged.categories.size) args[i]!.logged = { categories: [...logged.categories].sort(), expressions: [...logged.expressions].sort() };
    });
    // `sendNewMemberEmail(req.name, req.email)`: an open name beside the same value's email (person-record-args.ts).
    if (depth === 'all') nameBesideContactArgument(call.arguments ?? [], args, context);
    // `sendEmail(INVITE_EMAIL(email, org.name))`: the call of a project function whose result is handed on (built-messages.ts),
    // also through a local given keys after it was made (`mail.to = user.email; sendEmail(mail)`: `filledProps`, flow-facts.ts).
    (call.arguments ?? []).forEach((arg, i) => {
      // Only such a local: another one made by a call (`const applicant = await createApplicant(body)`) is read as the record it holds.
      args[i] = withFilledProps(args[i]!, arg, context, params, depth);
      const filled = args[i]!.filledProps !== undefined;
      const made = args[i]!.props && !filled ? undefined : madeByOf(arg, (name) => (this.linkable.has(name) ? name : enclosingFunctionId(this.functionIds, scope.fn?.id, name)), (a) => argFact(a, context, params, depth), filled ? context.resolveLocal : undefined, (key) => this.typedAlias(key));
      if (made) args[i]!.madeBy = made;
    });
    if (scope.fn) this.nameParams(scope.fn, args, context);
    // A sink call feeds a summary only when a parameter reaches it; the flow itself is reported already.
    if (sink && !textCalls.length && !args.some((a) => a.params || (a.props && Object.values(a.props).some((p) => p.params)))) return undefined;
    const start = call.getStart(this.sourceFile);
    const { line, character } = this.sourceFile.getLineAndCharacterOfPosition(start);
    const fact: CallFact = {
      root: target?.root ?? '',
      path: target?.path ?? [],
      args,
      line: line + 1,
      col: character + 1,
      container: scope.container,
      purposes: scope.purposes,
    };
    if (written !== undefined) fact.written = written;
    if (byReceiverName) fact.byReceiverName = true;
    if (spelled !== undefined) fact.spelled = spelled;
    if (textCalls.length) fact.textCalls = textCalls;
    if (isOrganisation) fact.isOrganisation = true;
    // `sendEmail({ to, html: template.html })` with the template imported: what its text holds, by key (text-reads.ts).
    // `const { subject, html } = probeEinladungEmail({ vorname })` then `{ subject, html }`: a text taken out of the call is the call's (text-result-member.ts).
    // A local read where the call is (`const html = …` declared in two blocks of one function: the one around the call).
    const localHere = (name: string) => {
      const value = context.resolveLocal(name);
      return value && unwrap(value);
    };
    const keyedTextCalls = !sink && this.linkable.size && call.arguments ? textCallsByKey(call.arguments, (name) => localHere(name) ?? destructuredTextResult(name, context.destructuredFrom?.(name), anyCall), this.linkedName, (a) => argFact(a, context, params, depth), context.reassigned) : undefined;
    if (keyedTextCalls) fact.keyedTextCalls = keyedTextCalls;
    if (sink) {
      fact.sinkId = sink.sinkId;
      if (sink.roles) fact.roles = sink.roles;
      if (sink.package) fact.package = sink.package;
    }
    const job = typescript.isCallExpression(call) ? this.jobs.get(call) : undefined;
    if (job) fact.job = job;
    if (!target && !sink && !job) return undefined;
    const suppressed = this.suppression(line, scope);
    if (suppressed) fact.suppressed = suppressed;
    if (scope.fn) fact.fn = scope.fn.id;
    return fact;
  }
}

/** The values of the locals of the scopes from `inner` up to (not including) `outer` that `expression` reads by name. */
function innerLocalsRead(expression: ts.Expression, inner: FlowScope, outer: FlowScope): ts.Expression[] {
  if (inner === outer) return [];
  const out: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (typescript.isIdentifier(node)) {
      for (let s: FlowScope | undefined = inner; s && s !== outer; s = s.parent) {
        const value = s.locals?.get(node.text);
        if (value) {
          out.push(value);
          break;
        }
      }
    } else if (!typescript.isFunctionLike(node)) typescript.forEachChild(node, visit);
  };
  visit(expression);
  return out;
}

/** `Notifier` of a value `new Notifier(…)`, else undefined. */
function instantiatedClass(value: ts.Expression | undefined): string | undefined {
  const made = value && unwrap(value);
  const cls = made && typescript.isNewExpression(made) ? unwrap(made.expression) : undefined;
  return cls && typescript.isIdentifier(cls) ? cls.text : undefined;
}

/**
 * Whether a file needs the flow collector: one that names no catalogue package, no global sink and imports
 * nothing a wrapper can come from has no flow and nothing to link.
 */
export function mayHoldFlows(sourceFile: ts.SourceFile, compiled: CompiledCatalogue): boolean {
  // The import test first: it reads the top-level statements and searches for a few names, and answers for most
  // files; the sink hint searches the whole text for every global sink's and vendor's name.
  return mayLink(sourceFile, compiled) || mayAutoImport(sourceFile) || mayReachSink(compiled, sourceFile.text) || mayNameLogger(sourceFile.text) || mayCallParameterService(sourceFile.text) || mayCallInjectedAdapter(sourceFile.text) || declaredGlobals(sourceFile).size > 0 || mayLookUpService(sourceFile.text) || mayExportMailText(sourceFile.text, sourceFile.fileName) || mayWriteTriggerEmail(sourceFile.text);
}

/** The key a destructuring element takes (`{ send: mail }` takes `send`), its bound name where it names none. */
function takenKey(element: ts.BindingElement, name: string): string {
  return element.propertyName && typescript.isIdentifier(element.propertyName) ? element.propertyName.text : name;
}

/** `Object.entries(data)`: the record whose entries are listed. */
function entriesOf(node: ts.Expression): ts.Expression | undefined {
  const call = unwrap(node);
  if (!typescript.isCallExpression(call) || call.arguments.length !== 1) return undefined;
  const callee = unwrap(call.expression);
  return typescript.isPropertyAccessExpression(callee) && callee.name.text === 'entries' && typescript.isIdentifier(callee.expression) && callee.expression.text === 'Object' ? call.arguments[0] : undefined;
}

/** The module facts worth keeping: none when the file imports, exports and calls nothing the link stage reads. */
export function keptFacts(module: ModuleFacts): ModuleFacts | undefined {
  return module.imports.length === 0 && module.exports.length === 0 && module.calls.length === 0 && !module.globals ? undefined : module;
}

/**
 * The parameter a call hands its data on to where privmap cannot follow it (flow-opaque.ts), a service passed in as a
 * parameter (parameter-service.ts) or a mail port injected as a function (injected-service.ts); else undefined.
 */
function handedOnCallee(call: ts.CallExpression, scope: FlowScope): string | undefined {
  return opaqueCallee(call, () => scope.fn?.params, scope.fn?.id) ?? parameterServiceCallee(call, () => scope.fn?.params) ?? injectedServiceCallee(call, () => enclosingParams(scope)) ?? injectedAdapterCallee(call, () => enclosingParams(scope));
}

/** The parameters of the function a scope is in and of each one enclosing it, nearest first (injected-service.ts). */
function* enclosingParams(scope: FlowScope): Generator<ParamNames> {
  let last: FunctionScope | undefined;
  for (let s: FlowScope | undefined = scope; s; s = s.parent) if (s.fn && s.fn !== last) yield (last = s.fn).params;
}

/** The key of a callback parameter among `elementNames`: the function it is written in (a callback belongs to it) and its name. */
function elementKey(scope: FlowScope, name: string): string {
  return `${scope.fn?.id ?? ''}\0${name}`;
}
