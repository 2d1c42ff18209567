/**
 * A package's value loaded in place, where a client is made from it (session 17, seen in a shop's checkout route:
 * `const Stripe = (await import('stripe')).default; const stripe = new Stripe(key)`, and the CommonJS idiom `const
 * stripe = require('stripe')(process.env.STRIPE_SECRET_KEY)`). `require('x')` and `await import('x')` are the module
 * itself and `.default` of either is its default export, which for a package written in CommonJS is the same value;
 * the binding walk (flow-bindings.ts) read the loading call as a call MADE from something and went past it, so a client
 * made from it was bound to nothing and its calls reached no vendor. Only the loading call and its `.default`: any
 * other member (`require('x').init()`, `(await import('x')).Resend`) is read as a member of the module, as before.
 */
import type ts from 'typescript';
import { isRequire } from './flow-literals.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The specifier of `require('x')`, `await import('x')` or their `.default`; else undefined. */
export function loadedModule(node: ts.Expression): string | undefined {
  const n = unwrap(node);
  if (typescript.isPropertyAccessExpression(n) && n.name.text === 'default') return isRequire(n.expression);
  return isRequire(n) ?? loadedLater(n);
}

/** Steps of a promise chain that hand on what the chain resolves to. */
const PROMISE_STEPS = new Set(['then', 'catch', 'finally']);

/**
 * `import('web-push').then((module) => module.default ?? module)`: the module, loaded late and cached by a loader
 * function (session 54, a German fitness app's push service: `loadPromise = import('web-push').then(…)`, `return
 * loadPromise`, `const webpush = await loadWebPush()`). The chain's steps resolve to the module or to nothing.
 */
function loadedLater(node: ts.Expression): string | undefined {
  let at = node;
  for (let step = 0; step < 4 && typescript.isCallExpression(at) && typescript.isPropertyAccessExpression(at.expression) && PROMISE_STEPS.has(at.expression.name.text); step++) at = unwrap(at.expression.expression);
  return at === node ? undefined : isRequire(at);
}
