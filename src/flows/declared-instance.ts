/**
 * A function declaring the project's type it returns (`getCalendarService(): CalendarService | null`) whose instance
 * it does not make with `new` itself: it keeps one made by another factory (`instance = createCalendarService()`),
 * takes it from a container or gets it by a call privmap cannot follow (planning's calendar service, a lazy getter
 * over a factory reading its settings). `getCalendarService().createEvent(…)` and `const service =
 * getCalendarService(); service.createEvent(…)` call that type's method: the classes of that type (the class itself,
 * its subclasses, the classes implementing an interface) and what other factories of it make.
 */
import type { FunctionRef, TypedValue } from './project-indexes.js';

/** The methods a call of the declared type's member may be, one each (none: the call stays unresolved). */
export function declaredInstanceMethod(values: readonly TypedValue[], memberOf: (value: TypedValue) => FunctionRef[]): { target: { kind: 'functions'; list: FunctionRef[] }; path: string[] } | undefined {
  const list: FunctionRef[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    for (const ref of memberOf(value)) {
      const id = `${ref.file}\0${ref.fn}`;
      if (!seen.has(id)) (seen.add(id), list.push(ref));
    }
  }
  return list.length ? { target: { kind: 'functions', list }, path: [] } : undefined;
}
