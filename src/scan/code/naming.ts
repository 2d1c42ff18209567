/**
 * How ORMs turn class and property names into table and column names when the code does not say, so a
 * finding in an entity lands on the same `storage` as the migration and the live database.
 */

/**
 * TypeORM's `snakeCase` (DefaultNamingStrategy.tableName, MikroORM's UnderscoreNamingStrategy):
 * `CustomerEntity` -> `customer_entity`, `HTTPRequestLog` -> `http_request_log`.
 */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

const IRREGULAR: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women', staff: 'staff', data: 'data' };

/**
 * Sequelize names a model's table with its plural (`Customer` -> `Customers`, `Person` -> `People`) unless
 * `freezeTableName` or `tableName` says otherwise. It uses the `inflection` package; the rules below agree
 * with it on the regular and common irregular nouns and keep the model's casing.
 */
export function pluralize(name: string): string {
  const match = /^(.*?)([A-Z]?[a-z]+|[A-Z]+)$/.exec(name);
  const head = match?.[1] ?? '';
  const last = match?.[2] ?? name;
  const lower = last.toLowerCase();
  const irregular = IRREGULAR[lower];
  let plural: string;
  if (irregular) plural = last[0] === last[0]!.toUpperCase() ? irregular[0]!.toUpperCase() + irregular.slice(1) : irregular;
  else if (/[^aeiou]y$/i.test(last)) plural = `${last.slice(0, -1)}ies`;
  else if (/(s|x|z|ch|sh)$/i.test(last)) plural = `${last}es`;
  else plural = `${last}s`;
  return head + plural;
}

/**
 * `CustomerSchema`, `customerValidator`, `UserModel` -> the thing they describe, for the container. An API before the
 * suffix is the transport the shape is for (`contactApiSchema`: a contact as the API sends it), not the thing.
 */
export function withoutSchemaSuffix(name: string): string {
  return name.replace(/(?:Api|API)?(Schema|Validator|Validation|Model|Table|Definition|Shape)$/, '') || name;
}

/** Prisma's client accessor is the model name with a lower-case first letter: `prisma.customerAddress`. */
export function prismaModelName(accessor: string): string {
  return accessor.charAt(0).toUpperCase() + accessor.slice(1);
}
