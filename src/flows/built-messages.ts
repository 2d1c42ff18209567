/**
 * Messages built by a function of the project, read where they are handed on (the per-file side is
 * src/scan/code/built-messages.ts): `sendEmail(LIMITED_EMAIL(user.email, user.name))` with `LIMITED_EMAIL(email, name)`
 * returning `{ to: email, text: \`Hi ${name}\` }` is read as `sendEmail({ to: user.email, text: … user.name … })`, so
 * the wrapper's summary (its parameter's `to` is a mail's recipient) judges the caller's own values. A parameter
 * filled as it came (`CONFIRM_EMAIL(email, name)` inside `sendVerifyEmail(email, name)`) keeps what the builder's
 * parameter is named for, so the wrapper's callers are judged by it (`namedParams`).
 */
import type { Category } from '../detect/types.js';
import { paramKey, type ArgFact, type MadeByFact, type ParamRef, type ShapeEntry, type ValueFact } from './module-facts.js';

/** The value a builder's parameter (or its member `key`) takes from the caller's argument, with what that parameter is named for. */
function filledBy(arg: ArgFact | undefined, key: string | undefined, named: readonly Category[] | undefined): ValueFact | undefined {
  if (!arg) return undefined;
  const withNamed = (value: ValueFact): ValueFact => (named?.length && value.isVariable ? { ...value, named: [...named] } : value);
  if (key === undefined) return withNamed(arg);
  const prop = arg.props && Object.hasOwn(arg.props, key) ? arg.props[key] : undefined;
  if (prop) return withNamed(prop);
  if (arg.props || !arg.isVariable) return undefined;
  // `toMailAddress(order.customer)` reading `customer.emailAddress`: the caller's value's member of that name.
  const text = `${arg.text}.${key}`;
  const value: ValueFact = { categories: [...(named ?? [])], expressions: named?.length ? [text] : [], isVariable: true, text };
  const params = arg.params?.map((p) => (p.key === undefined ? { param: p.param, key } : p));
  if (params?.length) value.params = params;
  // A member of the caller's own parameter handed on as it came (`recipient.email` of a sender's `recipient`, sender-factory.ts) is still that parameter's.
  if (arg.isParam && params?.length) {
    value.isParam = true;
    if (named?.length) value.named = [...named];
  }
  return value;
}

function union(values: readonly ValueFact[]): ValueFact {
  const categories = new Set<Category>();
  const expressions = new Set<string>();
  const params = new Map<string, ParamRef>();
  const named = new Set<Category>();
  const namedParams: Record<string, Category[]> = {};
  for (const value of values) {
    value.categories.forEach((c) => categories.add(c));
    value.expressions.forEach((e) => expressions.add(e));
    for (const p of value.params ?? []) params.set(paramKey(p), p);
    value.named?.forEach((c) => named.add(c));
    // A parameter of the caller's function handed on as it came: what the builder's parameter is named for is its contract too.
    if (value.isParam && value.named) for (const p of value.params ?? []) namedParams[paramKey(p)] = value.named;
    Object.assign(namedParams, value.namedParams);
  }
  const text = (values.find((v) => v.named) ?? values.find((v) => v.isVariable))?.text;
  const out: ValueFact = { categories: [...categories].sort(), expressions: [...expressions].sort(), isVariable: text !== undefined, text: text ?? '' };
  if (params.size) out.params = [...params.values()];
  if (values.length === 1 && values[0]!.isParam) out.isParam = true;
  if (named.size) out.named = [...named].sort();
  if (Object.keys(namedParams).length) out.namedParams = namedParams;
  return out;
}

/** The argument read as the object the builder returns for the caller's arguments. */
export function builtArgument(arg: ArgFact, made: MadeByFact, shape: Readonly<Record<string, ShapeEntry>>): ArgFact {
  const props: Record<string, ValueFact> = {};
  for (const [key, entry] of Object.entries(shape)) {
    const values = entry.params.map((ref) => filledBy(made.args[ref.param], ref.key, entry.named?.[paramKey(ref)])).filter((v): v is ValueFact => v !== undefined);
    if (values.length) props[key] = union(values);
  }
  // Keys the caller gave the built object after it was made (`mail.to = user.email`) go out with it.
  for (const [key, value] of Object.entries(arg.filledProps ?? {})) props[key] = Object.hasOwn(props, key) ? union([props[key]!, value]) : value;
  if (Object.keys(props).length === 0) return arg;
  const { madeBy: _made, filledProps: _filled, ...rest } = arg;
  const whole = union([rest, ...Object.values(props)]);
  const out: ArgFact = { ...rest, categories: whole.categories, expressions: whole.expressions, props };
  if (whole.params) out.params = whole.params;
  return out;
}

/** What a builder's parameter is named for, where `prop` hands on the caller's own parameter `ref` as it came. */
export function namedParam(prop: ValueFact, ref: ParamRef): { named: Category[] } | undefined {
  const named = prop.namedParams?.[paramKey(ref)];
  return named ? { named } : undefined;
}
