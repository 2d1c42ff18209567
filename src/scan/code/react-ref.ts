/**
 * A React ref holding a service (session 54, a Polish repair service's booking pages: `const geocoder = useRef(null);
 * useEffect(() => { geocoder.current = new GoogleGeocoder() }, []); … geocoder.current.geocode(fullAddress)`). What
 * the ref's `current` is given, at `useRef(value)` or by an assignment, is what its calls reach: the key
 * `geocoder.current` is bound as a class field's `this.x` is.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The member of a ref that holds its value. */
export const REF_MEMBER = 'current';

/** `useRef(…)`, `React.useRef(…)`: a ref made by React's hook. */
export function isUseRef(value: ts.Expression | undefined): value is ts.CallExpression {
  const node = value && unwrap(value);
  if (!node || !typescript.isCallExpression(node)) return false;
  const callee = unwrap(node.expression);
  return (typescript.isIdentifier(callee) && callee.text === 'useRef') || (typescript.isPropertyAccessExpression(callee) && callee.name.text === 'useRef');
}

/** `ref.current` written on a local `ref` made by `useRef`: the key its value is bound under (`geocoder.current`). */
export function refCurrentKey(target: ts.Expression, localValue: (name: string) => ts.Expression | undefined): string | undefined {
  const node = unwrap(target);
  if (!typescript.isPropertyAccessExpression(node) || node.name.text !== REF_MEMBER || !typescript.isIdentifier(node.expression)) return undefined;
  return isUseRef(localValue(node.expression.text)) ? `${node.expression.text}.${REF_MEMBER}` : undefined;
}
