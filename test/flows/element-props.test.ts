/**
 * A sign-up mail rendered from `createElement(EmailVerificacion, { nombre, urlVerificacion })` by a helper taking
 * `(to, nombre, urlVerificacion)` (fixtures/flows/element-props; expectations.test.ts checks ESLint reports the same):
 * - `createElement` makes an element of its props, so the helper's parameters it is given reach the mail's text
 *   (flow-facts.ts: a `create…` call is otherwise read as storing a record, whose result is not its arguments);
 * - a bare name word in any language the name rules know it in (`nombre`, as `name`) beside a parameter named for
 *   the addressee (`to`) is the name of the person written to (name-beside-address-param.ts), so the caller's form
 *   `name` reaches the mail as a name; a helper's `proyecto` stays a project's.
 */
import { describe, expect, it } from 'vitest';
import { flowsAt } from '../helpers/flow-fixture.js';

const callers = await flowsAt('element-props', 'src/actions/registro.ts');

describe('a mail element made with createElement', () => {
  it('carries the name its caller hands to the helper\'s `nombre` beside the addressee', () => {
    expect(callers(8)).toEqual([['resend', ['email', 'name']]]);
  });

  it('leaves a parameter named for a thing to the thing', () => {
    expect(callers(16)).toEqual([['resend', ['email']]]);
  });
});
