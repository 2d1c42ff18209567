/**
 * What one file tells the cross-module flow stage (`link.ts`), as plain JSON data: its imports and exports,
 * the sink clients it exports, and every call that may reach a sink through another module, with what each
 * argument carries and which of the enclosing function's parameters reach it. Made by the per-file pass
 * (`scanSourceFile`), cached with it, and linked after all files are read, so no file is parsed twice.
 */
import type { Category } from '../detect/types.js';

/** A role an argument of a sink holds (catalogue `roles`): a category, or `person` (traits describing one). */
export type Role = Category | 'person';

export interface ImportFact {
  /** The local name (`mailer`, `sendEmail`). */
  local: string;
  /** `import type { Mailer }`: a type only, which names what a typed value is (kept only where one is called). */
  isType?: true;
  /** The module specifier as written (`./mailer`, `@/lib/email`, `@acme/email`). */
  from: string;
  /** The imported name: an export, `default`, or `*` for a namespace import. */
  name: string;
}

export interface ExportFact {
  /** The exported name (`default` for a default export, `*` for `export * from`). */
  name: string;
  /** The local binding it exports, when declared or imported in this file. */
  local?: string;
  /** `export { x } from './y'` / `export * from './y'`: where it comes from, and its name there. */
  from?: string;
  importName?: string;
}

/** A module-level value made from a catalogue package (`export const mailer = nodemailer.createTransport()`). */
export interface ClientFact {
  local: string;
  package: string;
  kind: 'import' | 'instance';
  exportName?: string;
  host?: string;
  /** Else the base URL it was made with, relative or a setting (an HTTP client's `baseURL`): linked-http-client.ts. */
  base?: { relative: true } | { setting: string; path: string };
  /** An exported function that returns the client (`getTransport().sendMail()`, `const stripe = getStripe()`). */
  factory?: true;
}

/** One parameter (or one property of a destructured or dotted parameter) of the enclosing function. */
export interface ParamRef {
  /** Negative for what a method reads of a field its class's constructor keeps: `-(N+1)` is constructor parameter N. */
  param: number;
  key?: string;
}

/** What personal data an expression carries by its own names, and which parameters reach it. */
export interface ValueFact {
  categories: Category[];
  expressions: string[];
  /** The same keys read as describing a person (`{ name }` in analytics traits): only when it adds something. */
  asPerson?: Category[];
  /** A person's record read whole (`req.user`, `currentUser`): what it carries where a sink takes it as a person (whole-person-record.ts). */
  wholeRecord?: Category[];
  /** A value a person supplies, as opposed to a literal, the environment or a constant (`process.env.MAIL_FROM`, `FROM_EMAIL`). */
  isVariable: boolean;
  /** Text of the value, shortened, for evidence (`notification.to`). */
  text: string;
  params?: ParamRef[];
  /** The value is a parameter as it came (`to`, `options.to`): its callers say what it holds. */
  isParam?: true;
  /** A person's whole record written in the call's object literal, itself or one level down (`data: { groupMember }`): what it carries where it fills a message's text (record-in-message.ts). */
  inText?: { categories: Category[]; text: string };
  /** What the value writes out where a callee logs it as it came: a record serialised or handed whole, read as at a logging call (logged-records.ts). */
  logged?: { categories: Category[]; expressions: string[] };
  /** A record the function loaded itself (`const invite = doc.data()`), handed whole: its members a wrapper reads leave here (loaded-record.ts). */
  isLoaded?: true;
  /** Link stage only: what the parameter of a message builder it fills is named for (built-messages.ts). */
  named?: Category[];
  /** Link stage only: the same for each of this function's parameters handed on as they came (`1` -> [name]). */
  namedParams?: Record<string, Category[]>;
  /**
   * A request body written out whole (`body: JSON.stringify({ to, html })`): the parameters reaching each key of the
   * object serialised, so the vendor's role for that key (`to`: an email) holds for them (serialised-body.ts).
   */
  bodyParams?: Record<string, ParamRef[]>;
}

export interface ArgFact extends ValueFact {
  /** An object literal argument's properties by key (one level; nested objects fold into their key). */
  props?: Record<string, ValueFact>;
  /** Person-supplied objects spread into the literal (`{ ...parsedInput, logoUrl }`): they may hold any key the callee reads. */
  spreads?: string[];
  /** The props are those of the objects the value is built from (`Promise.all(xs.map(…))`), not written here: its names count too. */
  isBuilt?: true;
  /** A model made with `new` and given its keys after (`email.to = …`, `.setTo(…)`): a key a callee reads that it was not given is a view of it. */
  isModel?: true;
  /**
   * Keys given after it was made to a local a call made (`mail.to = user.email`): added to what that call returns
   * where the link stage reads it (`madeBy`, built-messages.ts), else not read.
   */
  filledProps?: Record<string, ValueFact>;
  /** The value is what a project function returns for these arguments (`INVITE_EMAIL(user.email, org.name)`): read through its `shape` when linked. */
  madeBy?: MadeByFact;
}

/** A call of a project function whose result is handed on (built-messages.ts). */
export interface MadeByFact {
  root: string;
  path: string[];
  args: ArgFact[];
  /** The member of the result that is handed on (`template.html`), where a builder's `shape` says what each member holds. */
  member?: string;
}

/** A parameter reference as a key of `named` maps: `1`, `0.email`. */
export const paramKey = (ref: ParamRef): string => (ref.key === undefined ? `${ref.param}` : `${ref.param}.${ref.key}`);

/** One key of the object a message builder returns: the parameters that fill it and what their names say they hold. */
export interface ShapeEntry {
  params: ParamRef[];
  /** By parameter (`1`, `0.email`, as `FunctionFact.named`). */
  named?: Record<string, Category[]>;
}

/**
 * A call whose callee may be another module's sink or wrapper: rooted at an imported name (`mailer.sendMail`,
 * `sendEmail`, `analytics.track`), or a sink already recognised in this file (for function summaries).
 */
export interface CallFact {
  root: string;
  /**
   * Members after the root; `()` a call of what comes before, `new` a construction, `:` a value of the type the
   * root names (`mailer: Mailer` -> root `Mailer`, path [`:`, `send`]).
   */
  path: string[];
  /** The callee as written, where root and path name a type instead (`this.mailer.send` for `Mailer` [`:`, `send`]). */
  written?: string;
  /** Kept only because the receiver is named like an instance (`notifyClient.sendX`): the link resolves it to the own class so named, or drops it (receiver-named-class.ts). */
  byReceiverName?: true;
  /** The callee as written where root and path name what an alias was made from (`emailQueue.add` for `Queue` [`()`, `add`]): read for its name only. */
  spelled?: string;
  /** A sink recognised in this file (the per-file flow is reported already; this feeds summaries). */
  sinkId?: string;
  /** The role of each argument position and key for that sink, resolved here (`0.to` -> email). */
  roles?: Record<string, Role>;
  /** The package that identified that sink (`nodemailer`). */
  package?: string;
  args: ArgFact[];
  line: number;
  col: number;
  container: string;
  purposes: string[];
  suppressed?: { reason: string };
  /** The enclosing function, when it is one a summary may be made of (`sendEmail`, `useAnalytics`). */
  fn?: string;
  /** A job put on a queue (`worker.enqueue({ job: 'sendEmail', payload })`, `queue.add('sendEmail', data)`): its handler gets the payload. */
  job?: JobFact;
  /** A sender's body (`makeSend()(builder(…))`, sender-factory.ts): holds only where the factory's `buildsWith` is this argument position. */
  builtWith?: number;
  /** Written for a sender's body (sender-factory.ts), not in the code: it feeds the sender's summary; its callers are where data enters. */
  isSenderBody?: true;
  /** At a sink: calls of imported functions whose returned text fills the message (`html: render(Email(booking))`), read through their `textReads` when linked (text-reads.ts). */
  textCalls?: MadeByFact[];
  /** At a call of the app's own wrapper: the same, by argument position and key (`0` -> `html` -> [made]), read where the wrapper takes that key to a sink (text-reads.ts). */
  keyedTextCalls?: Record<string, Record<string, MadeByFact[]>>;
  /** Named for writing or finding an organisation (`createCompany(…)`): what the callee's parameters are named for is the organisation's (organisation-call.ts). */
  isOrganisation?: true;
}

/** Keys holding a job's data, in the call that queues it and in its handler's parameter (`({ payload })`, `job.data`). */
export const PAYLOAD_KEYS: ReadonlySet<string> = new Set(['payload', 'data']);

/** Which job a call queues and where its payload is: argument `arg`, or its property `key`. */
export interface JobFact {
  name: string;
  arg: number;
  key?: string;
}

/** A function another module may call: its parameters by name, for summaries. */
export interface FunctionFact {
  name: string;
  params: string[];
  /** A hook or factory returning an object of functions (`useAnalytics() { return { track } }`): member -> local function. */
  returns?: Record<string, string>;
  /**
   * What a parameter's own name says it holds, for the parameters that reach a call of interest (`1` ->
   * [name] for `createContact(email, firstName)`, `0.email` for `{ email }` or `options.email`): the
   * function's contract, so a caller's `name?.split(' ')[0]` handed there is a name.
   */
  named?: Record<string, Category[]>;
  /** What it returns is made by calling this import (`return createStripeClient(...)`, a lazily cached one): a factory if that is. */
  returnsFrom?: string;
  /** The job it handles (`jobs: { sendEmail: async ({ payload }) => … }`, `queue.process('sendEmail', (job) => …)`): its parameter 0 is the job. */
  handles?: string;
  /** The parameter the job's payload is, where not 0 (a Convex function's arguments follow `ctx`: convex-functions.ts). */
  handlesAt?: number;
  /** The classes it returns instances of (`return new ResendMailTransport(options)` in one case of a switch): `f().send` is any of theirs. */
  instances?: string[];
  /** Its declared return type (`createTrackingServices(): TrackingServices`, `Promise<Mailer>`): it makes a value of that type. */
  returnsType?: string;
  /** Every `return` is text or markup: the members of its parameters written there and what their names say (`0.customerName` -> [name], text-reads.ts). */
  textReads?: Record<string, Category[]>;
  /**
   * The same function's parameter members written into its text whatever their names say (`0.mensaje`): the value a
   * caller writes there is in the text (`notificacion({ mensaje: \`Email: ${email}\` })`, text-reads.ts).
   */
  textKeys?: string[];
  /** Every `return` is an object literal (a message builder): its keys and the parameters filling them (built-messages.ts). */
  shape?: Record<string, ShapeEntry>;
  /** It returns `this` (`init() { …; return this }`): a call of it is the object it is called on (global-members.ts). */
  returnsThis?: true;
  /** It returns one of these values, looked up in a list or record of them (`list.find(…)`, `templates[name]`), as link roots (picked-implementation.ts). */
  picks?: string[];
  /** The function it returns calls its parameter N with its own arguments (`makeSend(makeEmails)` -> `makeEmails(...args)`): a sender factory (sender-factory.ts). */
  buildsWith?: number;
  /** A sender made from a message builder (`makeSend(notifyT)`, sender-factory.ts): a parameter whose member is the mail's recipient is the addressee. */
  isSender?: true;
}

/**
 * A type of this module that says where its values come from (`type EmailsServices = ReturnType<typeof
 * createEmailsServices>`), or what its members are (`type Deps = { emails: EmailsServices }`): a value typed with it
 * (`emailsServices.sendEmail(…)`, `deps.emails.sendEmail(…)`) calls what that function's result or member holds.
 */
export interface TypeFact {
  name: string;
  /** `ReturnType<typeof createX>` (also under `Awaited<…>`): what that function returns. */
  returnOf?: string;
  /** `InstanceType<typeof X>`: an instance of that class; `typeof x`: that value. */
  instanceOf?: string;
  value?: string;
  /** Members typed by a named type (`{ mailer: MailService }`): member -> type name, as written here. */
  members?: Record<string, string>;
}

/**
 * A module-level value other modules call methods of: an object of functions (`export const email = { sendWelcome }`,
 * `export default { identify, track }`), or an instance of a class (`export const mailer = new Mailer()`).
 */
export interface ObjectFact {
  /** The local name (`default` for `export default { … }`). */
  local: string;
  /** Member -> the local function or imported name it is (`sendWelcome` -> `sendWelcome`). */
  members?: Record<string, string>;
  /** The class it is made from (a class of this file or an imported one). */
  instanceOf?: string;
  /** The function of this file that made it (`createTrackingServices()`): its members are what that function returns. */
  madeBy?: string;
  /** Another name it is (`export const paymentProcessor: PaymentProcessor = stripePaymentProcessor`): a strategy chosen in code. */
  alias?: string;
  /**
   * One of several implementations chosen at start-up (`backends[process.env.EMAIL_BACKEND]`, `cond ? createA() : new B()`),
   * as link roots: a value or class (`smtpBackend`, `Mailer`) or what a function makes (`createMailer()`).
   */
  oneOf?: string[];
  /** A registry (`new Map()`) the module fills with instances of this class: what its `get` hands out (instance-registry.ts). */
  holds?: string;
}

/**
 * A class that keeps constructor arguments in fields (`this.props = props`, `constructor(private props: P)`) or
 * extends another: its methods read those fields as constructor parameters `-(N+1)` (see `ParamRef`).
 */
export interface ClassFact {
  name: string;
  /** The class it extends, by its local name here (`BaseEmail`, imported or of this file). */
  extends?: string;
  /** Field -> the constructor parameter it holds (`props` -> 0). */
  fields?: Record<string, number>;
  /** It declares its own constructor (then what its base keeps is not known to come from its arguments). */
  hasConstructor?: true;
  /** The types it implements (`implements Mailer`), by local name: a value typed with one may be this class's instance. */
  implements?: string[];
  /**
   * Public fields by the class they are declared as (`public charge: AsaasChargeEntity`, `constructor(readonly mail:
   * MailService)`): `service.charge.create(…)` on a value of this class calls that class's method (field-types.ts).
   */
  fieldTypes?: Record<string, string>;
}

export interface ModuleFacts {
  imports: ImportFact[];
  exports: ExportFact[];
  clients: ClientFact[];
  functions: FunctionFact[];
  calls: CallFact[];
  /** Exported objects of functions and class instances (absent when none). */
  objects?: ObjectFact[];
  /** Classes that keep constructor arguments, extend another or implement a type (absent when none). */
  classes?: ClassFact[];
  /** Types that say where their values come from or what their members are (absent when none). */
  types?: TypeFact[];
  /** Members of a global given a module of the project (`WIKI.mail = require('./core/mail').init()`; absent when none). */
  globals?: GlobalMemberFact[];
}

/** `WIKI.mail = require('./core/mail').init()`: the member's dotted name and the module it holds (global-members.ts). */
export interface GlobalMemberFact {
  name: string;
  from: string;
  /** The export it holds; `*` for the whole module (`require('./core/mail')`). */
  importName: string;
  /** The assigning file's local name of that import (`global.app.mailer = mailer`). */
  local?: string;
  /** A method of it called to make the value (`init`): the value is the module where that method returns `this`. */
  call?: string;
  /** Members after `local` that make the value (`()` where a project function made it): a registered service (service-registry.ts). */
  path?: string[];
}

export function emptyFacts(): ModuleFacts {
  return { imports: [], exports: [], clients: [], functions: [], calls: [] };
}

/** The key of `keyedTextCalls` spread into the object handed over (`{ to, ...emailContent }`): any key the callee takes. */
export const SPREAD_KEY = '...';
