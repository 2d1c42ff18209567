/**
 * The one traversal of a file's tree. Each node is read once; what happens to it is looked up by its kind in
 * one table and handed to the collectors that read that kind:
 * - declarations (declarations.ts, db-writes.ts): types, classes, schema builders, database writes;
 * - flows (flows.ts): bindings, calls that may reach a sink or another module's wrapper, returns, exports.
 *
 * Each collector has its own scope, carried down the walk; `undefined` means the collector reads nothing in
 * that subtree (no flow can start in a file that names no sink; declarations are not looked for in
 * function-body statements a text search ruled out), and a subtree neither reads is not entered at all.
 * A new kind of node a collector reads is one entry in the table and one case here calling its handler.
 */
import type ts from 'typescript';
import { perTypeScript, typescript } from './typescript-api.js';
import type { DeclarationCollector, DeclarationScope, MemberScopes } from './declarations.js';
import type { FlowExtractor, FlowScope } from './flows.js';
import { unwrap } from './unwrap.js';
import { computedKeyName } from './dispatch-table.js';
import { inlineExportedFunction } from './commonjs-exports.js';

// What the walk does with a node, by kind, in one array read instead of a chain of `case SyntaxKind.X`
// comparisons (each a property load) for every node; 0, the default, is to descend.
const SKIP = 1;
const INTERFACE = 2;
const TYPE_ALIAS = 3;
const IMPORT = 4;
const IMPORT_EQUALS = 5;
const CLASS = 6;
const PROPERTY = 7;
const VARIABLE_STATEMENT = 8;
const VARIABLE = 9;
const PROPERTY_ASSIGNMENT = 10;
const BINARY = 11;
const CALL = 12;
const FUNCTION = 13;
const RETURN = 14;
const BLOCK = 15;
const JSX = 16;
const FOR_OF = 17;
const NEW = 18;
const PROPERTY_ACCESS = 19;

const steps = perTypeScript(() => {
  const K = typescript.SyntaxKind;
  const STEP = new Uint8Array(K.Count);
  // Tokens (identifiers, literals, keywords) are leaves, and types hold no calls nor declarations worth
  // reading; skipping them is most of what keeps the walk cheap.
  STEP.fill(SKIP, K.FirstToken, K.LastToken + 1);
  STEP.fill(SKIP, K.FirstTypeNode, K.LastTypeNode + 1);
  for (const kind of [K.EnumDeclaration, K.Decorator, K.JSDoc]) STEP[kind] = SKIP;
  STEP[K.InterfaceDeclaration] = INTERFACE;
  STEP[K.TypeAliasDeclaration] = TYPE_ALIAS;
  STEP[K.ImportDeclaration] = IMPORT;
  STEP[K.ImportEqualsDeclaration] = IMPORT_EQUALS;
  STEP[K.ClassDeclaration] = CLASS;
  STEP[K.ClassExpression] = CLASS;
  STEP[K.PropertyDeclaration] = PROPERTY;
  STEP[K.VariableStatement] = VARIABLE_STATEMENT;
  STEP[K.VariableDeclaration] = VARIABLE;
  STEP[K.PropertyAssignment] = PROPERTY_ASSIGNMENT;
  STEP[K.BinaryExpression] = BINARY;
  STEP[K.CallExpression] = CALL;
  STEP[K.NewExpression] = NEW;
  STEP[K.ReturnStatement] = RETURN;
  STEP[K.Block] = BLOCK;
  STEP[K.JsxSelfClosingElement] = JSX;
  STEP[K.JsxOpeningElement] = JSX;
  STEP[K.ForOfStatement] = FOR_OF;
  STEP[K.PropertyAccessExpression] = PROPERTY_ACCESS;
  for (const kind of [K.FunctionDeclaration, K.MethodDeclaration, K.Constructor, K.GetAccessor, K.SetAccessor, K.FunctionExpression, K.ArrowFunction]) STEP[kind] = FUNCTION;
  return STEP;
});

type FunctionNode = ts.FunctionLikeDeclaration & { body?: ts.Node };

export class FileWalk {
  private readonly step = steps();
  // The scopes of the children being visited by `forEachChild`: fields rather than a closure per scope, so
  // descending allocates nothing. `descend` saves and restores them around each call.
  private flowScope: FlowScope | undefined;
  private declarationScope: DeclarationScope | undefined;
  private readonly visitChild = (child: ts.Node): void => this.visit(child, this.flowScope, this.declarationScope);

  constructor(
    private readonly declarations: DeclarationCollector,
    private readonly flows: FlowExtractor | undefined,
  ) {}

  /** Walks the file; the collectors hold what was found. */
  walk(sourceFile: ts.SourceFile): void {
    const flows = this.flows;
    const flowScope = flows?.moduleScope();
    const declarationScope = this.declarations.moduleScope();
    for (const statement of sourceFile.statements) {
      flows?.beforeTopLevel(statement);
      this.visit(statement, flowScope, declarationScope);
      flows?.topLevel(statement);
    }
  }

  private descend(node: ts.Node, flow: FlowScope | undefined, declaration: DeclarationScope | undefined): void {
    const outerFlow = this.flowScope;
    const outerDeclaration = this.declarationScope;
    this.flowScope = flow;
    this.declarationScope = declaration;
    typescript.forEachChild(node, this.visitChild);
    this.flowScope = outerFlow;
    this.declarationScope = outerDeclaration;
  }

  /**
   * `annotated`: the node whose JSDoc speaks for this one (a variable statement for the function assigned in
   * it); `name`: the name a function or class gets from what it is assigned to; `body`: for a class member, the
   * declaration scope of its body or initializer only.
   */
  private visit(node: ts.Node, flow: FlowScope | undefined, declaration: DeclarationScope | undefined, annotated?: ts.Node, name?: string, body?: DeclarationScope): void {
    if (flow === undefined && declaration === undefined && body === undefined) return;
    switch (this.step[node.kind]) {
      case SKIP:
        return;
      case INTERFACE:
        if (declaration) this.declarations.interfaceDeclaration(node as ts.InterfaceDeclaration, declaration);
        return;
      case TYPE_ALIAS:
        if (declaration) this.declarations.typeAlias(node as ts.TypeAliasDeclaration, declaration);
        return;
      case IMPORT:
        if (flow) this.flows!.importDeclaration(node as ts.ImportDeclaration);
        return;
      case IMPORT_EQUALS:
        if (flow) this.flows!.importEquals(node as ts.ImportEqualsDeclaration);
        return;
      case CLASS:
        this.visitClass(node as ts.ClassLikeDeclaration, flow, declaration, annotated ?? node, name);
        return;
      case PROPERTY: {
        const property = node as ts.PropertyDeclaration;
        const fn = flow && this.flows!.property(property);
        if (fn) {
          this.visit(fn, flow, body ?? declaration, node, (property.name as ts.Identifier).text);
          return;
        }
        this.visit(property.name, flow, declaration);
        if (property.initializer) this.visit(property.initializer, flow, body ?? declaration);
        return;
      }
      case VARIABLE_STATEMENT: {
        const statement = node as ts.VariableStatement;
        const inner = declaration && this.declarations.variableStatementScope(statement, declaration);
        for (const variable of statement.declarationList.declarations) {
          // A schema or class the collector read whole is not read again below, but a class's member bodies are.
          let initializer: DeclarationScope | undefined;
          if (inner && variable.initializer) {
            if (!this.declarations.variable(variable, inner)) initializer = inner;
            else if (!flow) {
              const init = unwrap(variable.initializer);
              if (typescript.isClassExpression(init)) {
                this.visitClass(init, undefined, undefined, node, undefined);
                continue;
              }
            }
          }
          this.visitVariable(variable, flow, undefined, initializer, node);
        }
        return;
      }
      case VARIABLE:
        this.visitVariable(node as ts.VariableDeclaration, flow, declaration, declaration, annotated);
        return;
      case PROPERTY_ASSIGNMENT: {
        const property = node as ts.PropertyAssignment;
        if (flow) {
          const init = unwrap(property.initializer);
          // `[MessageType.EMAIL]: async (job) => …`: a table's handler is named after its key (dispatch-table.ts).
          const key = typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name) ? property.name.text : computedKeyName(property.name);
          if ((typescript.isArrowFunction(init) || typescript.isFunctionExpression(init)) && key !== undefined) {
            this.visit(init, flow, declaration, node, key);
            return;
          }
        }
        break;
      }
      case BINARY: {
        if (!flow) break;
        this.flows!.binary(node as ts.BinaryExpression, flow);
        // `exports.sendSMS = async (phone, body) => …`: the function is named after the export (commonjs-exports.ts).
        const exported = inlineExportedFunction(node as ts.BinaryExpression);
        if (exported) {
          this.visit((node as ts.BinaryExpression).left, flow, declaration);
          this.visit(exported.fn, flow, declaration, node, exported.name);
          return;
        }
        break;
      }
      case CALL:
        // Below a model definition (`Customer.init({...})`) the collector has read all there is.
        if (declaration && this.declarations.call(node as ts.CallExpression, declaration)) declaration = undefined;
        if (flow) this.flows!.call(node as ts.CallExpression, flow);
        break;
      case NEW:
        if (flow) this.flows!.newExpression(node as ts.NewExpression, flow);
        break;
      case RETURN:
        if (flow) this.flows!.returnStatement(node as ts.ReturnStatement, flow);
        break;
      case FOR_OF:
        if (flow) this.flows!.forOf(node as ts.ForOfStatement, flow);
        break;
      case JSX:
        if (flow) this.flows!.jsxElement(node as ts.JsxSelfClosingElement | ts.JsxOpeningElement, flow);
        break;
      case PROPERTY_ACCESS: {
        // `user.profile.email`: a chain of names down to a name or `this` holds nothing either collector reads (its
        // tokens are skipped), so it is not entered; one over a call or anything else is.
        let object = (node as ts.PropertyAccessExpression).expression;
        while (object.kind === typescript.SyntaxKind.PropertyAccessExpression) object = (object as ts.PropertyAccessExpression).expression;
        if (object.kind === typescript.SyntaxKind.Identifier || object.kind === typescript.SyntaxKind.ThisKeyword) return;
        break;
      }
      case FUNCTION:
        this.visitFunction(node as FunctionNode, flow, declaration, annotated ?? node, name, body);
        return;
      case BLOCK:
        // Most of a function body is logic, not data: declarations are looked for only in the statements that may hold one.
        for (const statement of (node as ts.Block).statements) this.visit(statement, flow, declaration && this.declarations.worthVisiting(statement) ? declaration : undefined);
        return;
    }
    this.descend(node, flow, declaration);
  }

  private visitClass(cls: ts.ClassLikeDeclaration, flow: FlowScope | undefined, declaration: DeclarationScope | undefined, annotated: ts.Node, name: string | undefined): void {
    const bodies: MemberScopes | undefined = declaration ? this.declarations.classDeclaration(cls, declaration) : this.declarations.classExpressionBodies(cls);
    const inner = flow && this.flows!.classScope(cls, flow, annotated, name);
    if (!inner && !bodies) return;
    // In the order of `forEachChild`; modifiers (decorators) and the name hold nothing either collector reads.
    if (cls.typeParameters) for (const parameter of cls.typeParameters) this.visit(parameter, inner, undefined);
    if (cls.heritageClauses) for (const clause of cls.heritageClauses) this.visit(clause, inner, undefined);
    for (const member of cls.members) this.visit(member, inner, undefined, undefined, undefined, bodies?.get(member));
  }

  /** `initializer`: the declaration scope of the initializer; `name`: of the name (a destructuring pattern). */
  private visitVariable(node: ts.VariableDeclaration, flow: FlowScope | undefined, name: DeclarationScope | undefined, initializer: DeclarationScope | undefined, annotated: ts.Node | undefined): void {
    if (flow) {
      this.flows!.variable(node, flow);
      const init = node.initializer && unwrap(node.initializer);
      if (init && (typescript.isArrowFunction(init) || typescript.isFunctionExpression(init) || typescript.isClassExpression(init)) && typescript.isIdentifier(node.name)) {
        this.visit(init, flow, initializer, annotated ?? node, node.name.text);
        return;
      }
    }
    this.visit(node.name, flow, name);
    if (node.initializer) this.visit(node.initializer, flow, initializer);
  }

  private visitFunction(fn: FunctionNode, flow: FlowScope | undefined, declaration: DeclarationScope | undefined, annotated: ts.Node, name: string | undefined, body: DeclarationScope | undefined): void {
    const kind = fn.kind;
    const inner = declaration && (kind === typescript.SyntaxKind.FunctionDeclaration || kind === typescript.SyntaxKind.MethodDeclaration) ? this.declarations.functionScope(fn as ts.FunctionDeclaration, declaration) : declaration;
    const fnScope = flow && this.flows!.functionScopeOf(fn, flow, annotated, name);
    // In the order of `forEachChild`; modifiers, tokens and types hold nothing either collector reads.
    if (fn.name) this.visit(fn.name, fnScope, inner);
    if (fn.typeParameters) for (const parameter of fn.typeParameters) this.visit(parameter, fnScope, inner);
    for (const parameter of fn.parameters) this.visit(parameter, fnScope, inner);
    if (fn.body) this.visit(fn.body, fnScope, body ?? inner);
  }
}
