/**
 * A key that says the name it holds is an organisation's (session 15, seen in a Spanish shift-staffing back end:
 * `generarLinkPago({ empresaId: emp.id, nombreEmpresa: emp.nombre, plan })`, `{ companyName: org.name }`). The value's
 * own reading can be wrong where its record's name is an abbreviation (`emp` read as an employee); the key is the
 * writer's word for what the value is, and the detector excludes it as an organisation's name (`qualifier:empresa`,
 * `name-of:company`). Only the name is dropped, and only under such a key: an email or phone under it keep their
 * reading, and a key that says nothing (`nombre`, `name`) leaves the value's reading alone.
 */
import type { DataContext } from './personal-data.js';
import type { ValueFact } from './module-facts.js';

/** Whether the detector excludes `key` as an organisation's name (`nombreEmpresa`, `companyName`, `orgName`). */
function namesOrganisationName(key: string, ctx: DataContext): boolean {
  return ctx.detector.classifyField({ name: key, container: [] }).excluded?.some((e) => e.category === 'name' && /^(?:qualifier|name-of|container:organisation)/.test(e.reason)) ?? false;
}

/** The property's fact without `name` when its key says the name is an organisation's. */
export function withoutOrganisationName(key: string, prop: ValueFact, ctx: DataContext): ValueFact {
  if (!prop.categories.includes('name') || !namesOrganisationName(key, ctx)) return prop;
  return { ...prop, categories: prop.categories.filter((c) => c !== 'name') };
}
