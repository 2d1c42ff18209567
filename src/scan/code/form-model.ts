/**
 * A class member that holds a form's values: `aluno: Alunos = { nome: '', email: '', telefoneResponsavel: '' }` (an
 * Angular component's model bound to its form), `editarForm = new FormGroup({ nombre: new FormControl(''), correo: new
 * FormControl('') })`, `form = this.fb.group({ email: ['', Validators.email] })`. The member holds whatever the
 * person types into each key, so each key is a field of its own, read by its name as an interface's member is. Only
 * where every value is an empty default or a form control: an object of texts (`labels = { name: 'Nome' }`) or
 * settings is no one's data and stays one member, as before.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** Fewer keys than this is not a form's model (`state = { open: false }`). */
const MIN_KEYS = 2;

const FORM_GROUPS = new Set(['FormGroup', 'UntypedFormGroup']);
const FORM_CONTROLS = new Set(['FormControl', 'UntypedFormControl']);

/** The object literal of keys a member's initializer is a form model of, if it is one. */
export function formModelShape(initializer: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  if (!initializer) return undefined;
  const node = unwrap(initializer);
  const object = typescript.isObjectLiteralExpression(node) ? node : groupArgument(node);
  if (!object || object.properties.length < MIN_KEYS) return undefined;
  const isModel = object.properties.every((p) => typescript.isPropertyAssignment(p) && isEmptyOrControl(p.initializer));
  return isModel ? object : undefined;
}

/** `new FormGroup({ … })`, `this.fb.group({ … })`, `formBuilder.group({ … })`: the controls' object. */
function groupArgument(node: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (!typescript.isNewExpression(node) && !typescript.isCallExpression(node)) return undefined;
  const arg = node.arguments?.[0];
  if (!arg || !typescript.isObjectLiteralExpression(unwrap(arg))) return undefined;
  const callee = unwrap(node.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const isGroup = typescript.isNewExpression(node) ? name !== undefined && FORM_GROUPS.has(name) : name === 'group' && typescript.isPropertyAccessExpression(callee);
  return isGroup ? (unwrap(arg) as ts.ObjectLiteralExpression) : undefined;
}

/** `''`, `null`, `0`, `false`, `[]`, `{}`, `new FormControl('')`, `['', Validators.required]`. */
function isEmptyOrControl(value: ts.Expression): boolean {
  const node = unwrap(value);
  if (typescript.isStringLiteralLike(node)) return node.text === '';
  if (typescript.isNumericLiteral(node)) return node.text === '0';
  if (node.kind === typescript.SyntaxKind.NullKeyword || node.kind === typescript.SyntaxKind.FalseKeyword) return true;
  if (typescript.isIdentifier(node)) return node.text === 'undefined';
  if (typescript.isObjectLiteralExpression(node)) return node.properties.length === 0;
  if (typescript.isArrayLiteralExpression(node)) return node.elements.length === 0 || isEmptyOrControl(node.elements[0]!);
  if (typescript.isNewExpression(node)) {
    const callee = unwrap(node.expression);
    return typescript.isIdentifier(callee) && FORM_CONTROLS.has(callee.text);
  }
  return false;
}
