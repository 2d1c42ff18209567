/**
 * Store schema version 3: what a scan could not read or found out of step, kept per scan so the organisation's
 * record shows it as a project's own report does.
 * - `drift`: a column documented by one source and missing from another (`missing-column`), or present in the
 *   live database and documented nowhere (`undocumented-column`).
 * - `skipped_files`: files and statements the scan went on without (unparsable, minified, too large, ...).
 * - `scan_warnings`: errors that did not stop the scan (a table the role may not read, a timeout).
 * Scans pushed before version 3 never kept these lists, so they have none; the next push of a commit after the
 * upgrade replaces its scan with the lists filled (the stored content gains them, so it is not "unchanged").
 */
export const name = 'drift-skipped-warnings';

export const sql = `
CREATE TABLE privmap.drift (
  scan_id bigint NOT NULL REFERENCES privmap.scans (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  kind text NOT NULL,
  table_name text NOT NULL,
  column_name text NOT NULL,
  source text,
  file text,
  line integer,
  PRIMARY KEY (scan_id, ordinal)
);

CREATE TABLE privmap.skipped_files (
  scan_id bigint NOT NULL REFERENCES privmap.scans (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  file text NOT NULL,
  reason text NOT NULL,
  line integer,
  detail text,
  PRIMARY KEY (scan_id, ordinal)
);

CREATE TABLE privmap.scan_warnings (
  scan_id bigint NOT NULL REFERENCES privmap.scans (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  message text NOT NULL,
  PRIMARY KEY (scan_id, ordinal)
);

CREATE VIEW privmap.drift_current AS
SELECT c.repository, d.kind, d.table_name, d.column_name, d.source, d.file, d.line
FROM privmap.current_scans c JOIN privmap.drift d ON d.scan_id = c.scan_id;

CREATE VIEW privmap.skipped_current AS
SELECT c.repository, k.file, k.reason, k.line, k.detail
FROM privmap.current_scans c JOIN privmap.skipped_files k ON k.scan_id = c.scan_id;

CREATE VIEW privmap.warnings_current AS
SELECT c.repository, w.message
FROM privmap.current_scans c JOIN privmap.scan_warnings w ON w.scan_id = c.scan_id;
`;
