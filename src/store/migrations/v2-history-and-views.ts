/**
 * Store schema version 2: what a privacy team asks of the store from psql or a BI tool.
 * - `repositories.current_scan_id`: the newest scan of each repository, kept by `push` (views read it instead of
 *   sorting every scan).
 * - sink columns on `elements`, and the policy's purposes and recipients as tables (with `outside_eea`), so
 *   flows and transfers are plain joins.
 * - `element_events`: which element appeared or disappeared at which scan (history).
 * - the documented views (docs/store.md).
 * Everything a version-1 store holds is carried over: the new columns and tables are filled from the JSON kept
 * since version 1, and the history from the order of the scans already pushed.
 */
export const name = 'history-and-views';

// Frozen with the migration: the EEA as it was when this version shipped (src/report/eea.ts is the live copy).
const EEA = `'AT','BE','BG','CY','CZ','DE','DK','EE','ES','FI','FR','GR','EL','HR','HU','IE','IS','IT','LI','LT','LU','LV','MT','NL','NO','PL','PT','RO','SE','SI','SK'`;

export const sql = `
ALTER TABLE privmap.repositories ADD COLUMN current_scan_id bigint REFERENCES privmap.scans (id) ON DELETE SET NULL;
UPDATE privmap.repositories r SET current_scan_id = (
  SELECT s.id FROM privmap.scans s WHERE s.repository_id = r.id ORDER BY s.scanned_at DESC, s.id DESC LIMIT 1);

ALTER TABLE privmap.scans ADD COLUMN pushed_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX scans_repository_time ON privmap.scans (repository_id, scanned_at, id);

ALTER TABLE privmap.elements
  ADD COLUMN sink_id text,
  ADD COLUMN sink_kind text,
  ADD COLUMN sink_host text,
  ADD COLUMN sink_package text;
UPDATE privmap.elements
SET sink_id = data->'sink'->>'id', sink_kind = data->'sink'->>'kind', sink_host = data->'sink'->>'host', sink_package = data->'sink'->>'package'
WHERE data ? 'sink';
CREATE INDEX locations_column ON privmap.locations (lower(table_name), lower(column_name)) WHERE table_name IS NOT NULL;

CREATE TABLE privmap.purposes (
  scan_id bigint NOT NULL REFERENCES privmap.scans (id) ON DELETE CASCADE,
  purpose_id text NOT NULL,
  title text NOT NULL,
  legal_basis text,
  erasure_exempt boolean NOT NULL,
  categories text[] NOT NULL,
  subjects text[] NOT NULL,
  retention text,
  PRIMARY KEY (scan_id, purpose_id)
);
INSERT INTO privmap.purposes
SELECT s.id, p.key, p.value->>'title', p.value->>'legalBasis',
       coalesce((p.value->>'erasureExempt')::boolean, false) OR p.value->>'legalBasis' = 'legal-obligation',
       ARRAY(SELECT jsonb_array_elements_text(coalesce(p.value->'categories', '[]'))),
       ARRAY(SELECT jsonb_array_elements_text(coalesce(p.value->'subjects', '[]'))),
       p.value->>'retention'
FROM privmap.scans s, jsonb_each(s.policy->'purposes') p;

CREATE TABLE privmap.recipients (
  scan_id bigint NOT NULL REFERENCES privmap.scans (id) ON DELETE CASCADE,
  recipient_id text NOT NULL,
  title text NOT NULL,
  kind text NOT NULL,
  purposes text[] NOT NULL,
  categories text[] NOT NULL,
  country text,
  safeguard text,
  outside_eea boolean NOT NULL,
  PRIMARY KEY (scan_id, recipient_id)
);
INSERT INTO privmap.recipients
SELECT s.id, r.key, r.value->>'title', coalesce(r.value->>'kind', 'processor'),
       ARRAY(SELECT jsonb_array_elements_text(coalesce(r.value->'purposes', '[]'))),
       ARRAY(SELECT jsonb_array_elements_text(coalesce(r.value->'categories', '[]'))),
       r.value->'transfer'->>'country', r.value->'transfer'->>'safeguard',
       r.value ? 'transfer' AND upper(trim(r.value->'transfer'->>'country')) NOT IN (${EEA})
FROM privmap.scans s, jsonb_each(s.policy->'recipients') r;

CREATE TABLE privmap.element_events (
  repository_id bigint NOT NULL REFERENCES privmap.repositories (id) ON DELETE CASCADE,
  scan_id bigint NOT NULL REFERENCES privmap.scans (id) ON DELETE CASCADE,
  element_id text NOT NULL,
  event text NOT NULL CHECK (event IN ('appeared', 'disappeared')),
  kind text NOT NULL,
  category text NOT NULL,
  container text NOT NULL,
  field text NOT NULL,
  PRIMARY KEY (scan_id, element_id, event)
);
CREATE INDEX element_events_element ON privmap.element_events (repository_id, element_id);
WITH ordered AS (
  SELECT id, repository_id, lag(id) OVER (PARTITION BY repository_id ORDER BY scanned_at, id) AS previous_id FROM privmap.scans
)
INSERT INTO privmap.element_events
SELECT o.repository_id, o.id, e.element_id, 'appeared', e.kind, e.category, e.container, e.field
FROM ordered o JOIN privmap.elements e ON e.scan_id = o.id
WHERE o.previous_id IS NULL OR NOT EXISTS (SELECT 1 FROM privmap.elements p WHERE p.scan_id = o.previous_id AND p.element_id = e.element_id)
UNION ALL
SELECT o.repository_id, o.id, p.element_id, 'disappeared', p.kind, p.category, p.container, p.field
FROM ordered o JOIN privmap.elements p ON p.scan_id = o.previous_id
WHERE NOT EXISTS (SELECT 1 FROM privmap.elements e WHERE e.scan_id = o.id AND e.element_id = p.element_id);

DROP VIEW privmap.elements_current;

CREATE VIEW privmap.current_scans AS
SELECT r.name AS repository, s.id AS scan_id, s.commit_sha, s.branch, s.scanned_at, s.pushed_at, s.tool_version,
       (s.summary->>'total')::integer AS elements, (s.summary->>'undeclared')::integer AS undeclared
FROM privmap.repositories r JOIN privmap.scans s ON s.id = r.current_scan_id;

CREATE VIEW privmap.elements_current AS
SELECT c.repository, c.commit_sha, c.branch, c.scanned_at, e.element_id, e.kind, e.category, e.container, e.field, e.status,
       e.purposes, e.recipients, e.sources, e.sink_id, e.sink_kind, e.sink_host, e.sink_package, c.scan_id
FROM privmap.current_scans c JOIN privmap.elements e ON e.scan_id = c.scan_id;

CREATE VIEW privmap.locations_current AS
SELECT c.repository, l.element_id, e.kind, e.category, e.status, l.source, l.file, l.line, l.table_name, l.column_name
FROM privmap.current_scans c
JOIN privmap.locations l ON l.scan_id = c.scan_id
JOIN privmap.elements e ON e.scan_id = l.scan_id AND e.element_id = l.element_id;

CREATE VIEW privmap.flows_current AS
SELECT e.repository, e.element_id, e.category, e.container AS in_function, e.field AS sink, e.status, e.purposes,
       e.sink_id, e.sink_kind, e.sink_host, rid AS recipient_id, r.title AS recipient_title, r.kind AS recipient_kind,
       (r.recipient_id IS NOT NULL) AS recipient_declared, r.country, r.safeguard, coalesce(r.outside_eea, false) AS outside_eea
FROM privmap.elements_current e
LEFT JOIN LATERAL unnest(CASE WHEN cardinality(e.recipients) = 0 THEN ARRAY[NULL::text] ELSE e.recipients END) AS rid ON true
LEFT JOIN privmap.recipients r ON r.scan_id = e.scan_id AND r.recipient_id = rid
WHERE e.kind = 'flow';

CREATE VIEW privmap.recipients_current AS
SELECT c.repository, r.recipient_id, r.title, r.kind, r.purposes, r.categories, r.country, r.safeguard, r.outside_eea
FROM privmap.current_scans c JOIN privmap.recipients r ON r.scan_id = c.scan_id;

CREATE VIEW privmap.recipients_by_category AS
WITH declared AS (
  SELECT recipient_id, max(title) AS title, max(kind) AS kind, category, array_agg(DISTINCT repository ORDER BY repository) AS repositories
  FROM privmap.recipients_current, unnest(categories) AS category GROUP BY recipient_id, category
), observed AS (
  SELECT recipient_id, category, count(*)::integer AS flows, array_agg(DISTINCT repository ORDER BY repository) AS repositories,
         count(*) FILTER (WHERE status = 'undeclared')::integer AS undeclared_flows
  FROM privmap.flows_current WHERE recipient_id IS NOT NULL GROUP BY recipient_id, category
)
SELECT coalesce(d.recipient_id, o.recipient_id) AS recipient_id, coalesce(d.title, o.recipient_id) AS title, d.kind, coalesce(d.category, o.category) AS category,
       (d.recipient_id IS NOT NULL) AS declared, coalesce(d.repositories, '{}') AS declared_in, coalesce(o.flows, 0) AS flows,
       coalesce(o.undeclared_flows, 0) AS undeclared_flows, coalesce(o.repositories, '{}') AS flows_from
FROM declared d FULL JOIN observed o ON o.recipient_id = d.recipient_id AND o.category = d.category;

CREATE VIEW privmap.transfers_outside_eea AS
SELECT r.repository, r.recipient_id, r.title, r.country, r.safeguard, c.category,
       (SELECT count(*)::integer FROM privmap.flows_current f WHERE f.repository = r.repository AND f.recipient_id = r.recipient_id AND f.category = c.category) AS flows
FROM privmap.recipients_current r, unnest(r.categories) AS c (category)
WHERE r.outside_eea;

CREATE VIEW privmap.element_history AS
SELECT r.name AS repository, ev.element_id, ev.event, ev.kind, ev.category, ev.container, ev.field, s.commit_sha, s.branch, s.scanned_at AS at
FROM privmap.element_events ev
JOIN privmap.scans s ON s.id = ev.scan_id
JOIN privmap.repositories r ON r.id = ev.repository_id;

CREATE VIEW privmap.shared_columns AS
SELECT lower(table_name) AS table_name, lower(column_name) AS column_name, array_agg(DISTINCT category ORDER BY category) AS categories,
       array_agg(DISTINCT repository ORDER BY repository) AS repositories, count(DISTINCT repository)::integer AS systems
FROM privmap.locations_current
WHERE table_name IS NOT NULL AND column_name IS NOT NULL AND kind = 'field'
GROUP BY lower(table_name), lower(column_name)
HAVING count(DISTINCT repository) > 1;
`;
