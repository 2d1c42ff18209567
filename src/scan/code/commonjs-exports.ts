/**
 * CommonJS exports, as Node projects in JavaScript write them (seen in mano's Express API, `module.exports = {
 * sendEmail }` required as `const mailservice = require('../utils/mailservice')`): `module.exports = { a, b: c }`,
 * `module.exports.a = a` and `exports.a = a` export the local functions or values named, so `mailservice.sendEmail(…)`
 * in a requiring module reaches that function's summary, as an ES import of a named export does. A value written
 * inline as a function (`exports.sendSMS = async (phone, body) => …`, session 24, seen in a hospital's Express server
 * whose Twilio and nodemailer helpers are all written so) is a function of the file named after the export, so the
 * walk summarises it and a caller's `const { sendSMS } = require('../utils/sendSMS')` reaches it
 * (`inlineExportedFunction`); any other value written inline (`module.exports = new Mailer()`) names no local and is
 * left out here. A module exported
 * as one value (`module.exports = emailService`, `module.exports = function setup(app) {…}`) has it as its default
 * export, and the link stage reads a required module that is called (`setup(app)`) as that function (session 11); an
 * object written inline with functions of its own is the module's value (`inlineCommonJsObject`, below).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import type { ModuleFacts } from '../../flows/module-facts.js';

function isModuleExports(node: ts.Expression): boolean {
  return typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression) && node.expression.text === 'module' && node.name.text === 'exports';
}

/** Adds the exports one top-level `module.exports = …` / `exports.x = …` statement makes to `facts`. */
export function collectCommonJsExports(statement: ts.Statement, facts: ModuleFacts): void {
  if (!typescript.isExpressionStatement(statement)) return;
  const assignment = statement.expression;
  if (!typescript.isBinaryExpression(assignment) || assignment.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return;
  const target = assignment.left;
  const value = assignment.right;
  if (isModuleExports(target)) {
    // `module.exports = emailService`, `module.exports = function setup(app) {…}`: the module's value is that one
    // value, as a default export is; a requiring module calls it (`setup(app)`) or its members (`emailService.send`).
    const whole = typescript.isIdentifier(value) ? value.text : typescript.isFunctionExpression(value) ? value.name?.text : undefined;
    if (whole !== undefined) return void facts.exports.push({ name: 'default', local: whole });
    if (!typescript.isObjectLiteralExpression(value)) return;
    for (const property of value.properties) {
      if (typescript.isShorthandPropertyAssignment(property)) facts.exports.push({ name: property.name.text, local: property.name.text });
      else if (typescript.isPropertyAssignment(property) && typescript.isIdentifier(property.name) && typescript.isIdentifier(property.initializer)) facts.exports.push({ name: property.name.text, local: property.initializer.text });
    }
    return;
  }
  // `module.exports.sendEmail = sendEmail`, `exports.sendEmail = sendEmail`.
  if (!typescript.isPropertyAccessExpression(target) || !isExportsObject(target.expression)) return;
  if (typescript.isIdentifier(value)) return void facts.exports.push({ name: target.name.text, local: value.text });
  // `exports.sendSMS = async (phone, body) => …`: the function the walk names after the export.
  const inline = inlineExportedFunction(assignment);
  if (inline) facts.exports.push({ name: target.name.text, local: inline.name });
}

/** `exports` or `module.exports`: the object a CommonJS module's named exports are written on. */
function isExportsObject(node: ts.Expression): boolean {
  return isModuleExports(node) || (typescript.isIdentifier(node) && node.text === 'exports');
}

/**
 * `exports.sendSMS = async (phone, body) => …`, `module.exports.notify = function (…) {…}`: the function, and the name
 * the walk gives it. That name is `exports.sendSMS`, not `sendSMS`: the assignment declares no local, so a bare
 * `sendSMS(…)` in the same file throws (a reminder helper in the hospital's server does) and must not reach it.
 */
export function inlineExportedFunction(assignment: ts.BinaryExpression): { name: string; fn: ts.ArrowFunction | ts.FunctionExpression } | undefined {
  if (assignment.operatorToken.kind !== typescript.SyntaxKind.EqualsToken) return undefined;
  const target = assignment.left;
  if (!typescript.isPropertyAccessExpression(target) || !isExportsObject(target.expression)) return undefined;
  let value: ts.Expression = assignment.right;
  while (typescript.isParenthesizedExpression(value)) value = value.expression;
  return typescript.isArrowFunction(value) || typescript.isFunctionExpression(value) ? { name: `exports.${target.name.text}`, fn: value } : undefined;
}

/**
 * `module.exports = { transport: null, init() {…}, async send(opts) {…} }` (wiki.js's mailer): an object written inline
 * with functions of its own is the module's value, as `export default { … }` is, so a requiring module's `mail.send(…)`
 * reaches the method (and `this.transport` in it the client `init` made). An object naming only locals stays the
 * named exports above.
 */
export function inlineCommonJsObject(statement: ts.Statement): ts.ObjectLiteralExpression | undefined {
  if (!typescript.isExpressionStatement(statement)) return undefined;
  const assignment = statement.expression;
  if (!typescript.isBinaryExpression(assignment) || assignment.operatorToken.kind !== typescript.SyntaxKind.EqualsToken || !isModuleExports(assignment.left)) return undefined;
  const value = assignment.right;
  if (!typescript.isObjectLiteralExpression(value)) return undefined;
  const hasOwnFunction = value.properties.some((p) => typescript.isMethodDeclaration(p) || (typescript.isPropertyAssignment(p) && (typescript.isArrowFunction(p.initializer) || typescript.isFunctionExpression(p.initializer))));
  return hasOwnFunction ? value : undefined;
}


/** The functions written in such an object, by key: each is a function of the file named so (`require('./mail').send`). */
export function inlineMembers(value: ts.ObjectLiteralExpression): string[] {
  const names: string[] = [];
  for (const p of value.properties) {
    const isFunction = typescript.isMethodDeclaration(p) || (typescript.isPropertyAssignment(p) && (typescript.isArrowFunction(p.initializer) || typescript.isFunctionExpression(p.initializer)));
    if (isFunction && (typescript.isIdentifier(p.name) || typescript.isStringLiteral(p.name))) names.push(p.name.text);
  }
  return names;
}
