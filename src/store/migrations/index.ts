/**
 * The store's migrations, in order. Each is applied once, in its own step of one transaction, and recorded in
 * `privmap.schema_migrations`; a released migration is never edited, only followed by a new one.
 */
import * as v1 from './v1-initial.js';
import * as v2 from './v2-history-and-views.js';
import * as v3 from './v3-drift-skipped-warnings.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: v1.name, sql: v1.sql },
  { version: 2, name: v2.name, sql: v2.sql },
  { version: 3, name: v3.name, sql: v3.sql },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
