/**
 * A time budget for reading types, per sink call. Reading what a value's type holds walks its properties
 * through the checker; over a large zod union (`console.error(data.error)`) that took 1–2 s, on every
 * keystroke. The scanner gets a checker that counts time from the first type read for a call (the call that
 * passes the value, found from the node) and, once the budget is spent, throws instead of answering: the
 * walk stops, the value carries no type-based category, and the call is recorded so the rule can name the
 * truncation in its message.
 *
 * Time is the process's CPU time, so a loaded machine does not cut short walks that did little.
 *
 * The type walk memoises per checker; a stopped walk leaves placeholders for the types it was in. This
 * checker is made per linted file, so nothing leaks into other files, and within the file any later walk that
 * meets a type the stopped walk touched stops too, rather than reading a placeholder as "no personal data".
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';

export const DEFAULT_TYPE_WALK_BUDGET_MS = 20;

/** A call whose type walk was stopped, by where the call starts (as flows are located). */
export interface StoppedWalk {
  /** Where the outermost call of the statement starts (1-based line and column). */
  line: number;
  column: number;
  /** `line:column` of every call around the value: a flow is located at one of them (its sink call). */
  calls: string[];
  /** The call's callee as written (`console.error`). */
  callee: string;
  /** The arguments whose types were not read to the end, as written. */
  expressions: string[];
  budgetMs: number;
}

class WalkStopped extends Error {}

/**
 * The process's CPU time in milliseconds: on a busy machine (a CI runner, an editor beside a build) wall-clock
 * time would stop walks that did little work; CPU time counts only the work.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const MAX_TEXT = 60;

function shortText(node: ts.Node, sourceFile: ts.SourceFile): string {
  const text = node.getText(sourceFile).replace(/\s+/g, ' ');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** The calls around `node` within its statement, innermost first: the sink call that passes it is one of them. */
function enclosingCalls(node: ts.Node): (ts.CallExpression | ts.NewExpression)[] {
  const found: (ts.CallExpression | ts.NewExpression)[] = [];
  for (let n: ts.Node | undefined = node.parent; n && !typescript.isFunctionLike(n) && !typescript.isBlock(n) && !typescript.isSourceFile(n); n = n.parent) {
    if (typescript.isCallExpression(n) || typescript.isNewExpression(n)) found.push(n);
  }
  return found;
}

export class TypeWalkBudget {
  readonly stopped: StoppedWalk[] = [];
  private readonly byCall = new Map<ts.Node, StoppedWalk>();
  private readonly tainted = new Set<ts.Type>();
  private touched: ts.Type[] = [];
  private call: ts.Node | undefined;
  private calls: (ts.CallExpression | ts.NewExpression)[] = [];
  private deadline = Infinity;
  private root: ts.Node | undefined;

  constructor(
    private readonly sourceFile: ts.SourceFile,
    readonly budgetMs: number,
  ) {}

  /** A checker for the scanner: `real`'s methods, with the ones a type walk uses counted against the budget. */
  checker(real: ts.TypeChecker): ts.TypeChecker {
    const budget = this;
    const wrapped = Object.create(real) as ts.TypeChecker;
    Object.assign(wrapped, {
      getTypeAtLocation(node: ts.Node): ts.Type {
        const isNewCall = budget.startWalk(node);
        const type = real.getTypeAtLocation(node);
        // The clock starts once the value's type is known: checking the file up to that point is the checker's
        // work that typescript-eslint's own typed rules share, not the walk through the type.
        if (isNewCall) budget.startClock();
        return budget.seen(type);
      },
      getTypeOfSymbol(symbol: ts.Symbol): ts.Type {
        budget.tick();
        return budget.seen(real.getTypeOfSymbol(symbol));
      },
      getPropertiesOfType(type: ts.Type): ts.Symbol[] {
        budget.tick(type);
        return real.getPropertiesOfType(type);
      },
      getTypeArguments(type: ts.TypeReference): readonly ts.Type[] {
        budget.tick(type);
        const args = real.getTypeArguments(type);
        for (const arg of args) budget.seen(arg);
        return args;
      },
      isArrayType(type: ts.Type): boolean {
        budget.tick(type);
        return real.isArrayType(type);
      },
      isTupleType(type: ts.Type): boolean {
        budget.tick(type);
        return real.isTupleType(type);
      },
      typeToString(type: ts.Type, enclosing?: ts.Node, flags?: ts.TypeFormatFlags): string {
        budget.tick(type);
        return real.typeToString(type, enclosing, flags);
      },
    });
    return wrapped;
  }

  /** Starts reading the type of `node`; true when it is the first value of a new call. */
  private startWalk(node: ts.Node): boolean {
    const calls = enclosingCalls(node);
    // One budget per statement-level call: `logger.info(JSON.stringify(a), b)` reads a and b within it.
    const call = calls[calls.length - 1] ?? node;
    this.root = node;
    this.touched = [];
    if (call === this.call) {
      this.tick();
      return false;
    }
    this.call = call;
    this.calls = calls;
    this.deadline = Infinity;
    return true;
  }

  private startClock(): void {
    this.deadline = cpuMs() + this.budgetMs;
  }

  private seen(type: ts.Type): ts.Type {
    this.tick(type);
    // A union's members are read from the memo without the checker; a stopped walk may have left them partial.
    if (type.isUnionOrIntersection()) for (const member of type.types) if (this.tainted.has(member)) this.stop();
    return type;
  }

  private tick(type?: ts.Type): void {
    if (type) {
      if (this.tainted.has(type)) this.stop();
      this.touched.push(type);
    }
    if (cpuMs() >= this.deadline) this.stop();
  }

  private stop(): never {
    for (const type of this.touched) this.tainted.add(type);
    this.touched = [];
    const call = this.call;
    if (call && this.root) {
      let record = this.byCall.get(call);
      if (!record) {
        const position = (node: ts.Node): { line: number; column: number } => {
          const { line, character } = this.sourceFile.getLineAndCharacterOfPosition(node.getStart(this.sourceFile));
          return { line: line + 1, column: character + 1 };
        };
        const calls = this.calls.map((c) => position(c)).map((p) => `${p.line}:${p.column}`);
        const callee = typescript.isCallExpression(call) || typescript.isNewExpression(call) ? shortText(call.expression, this.sourceFile) : shortText(call, this.sourceFile);
        record = { ...position(call), calls, callee, expressions: [], budgetMs: this.budgetMs };
        this.byCall.set(call, record);
        this.stopped.push(record);
      }
      const text = shortText(this.root, this.sourceFile);
      if (!record.expressions.includes(text)) record.expressions.push(text);
    }
    throw new WalkStopped(`type walk stopped after ${this.budgetMs} ms`);
  }
}
