/**
 * Store schema version 1 (privmap 0.1): repositories, one scan per pushed commit with its policy, and the
 * scan's elements (the inventory element as JSON, plus the columns a query filters on) and their locations.
 * Shipped as it was released: a store made by 0.1 is upgraded by the later migrations, never re-created.
 */
export const name = 'initial';

export const sql = `
CREATE TABLE privmap.repositories (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE privmap.scans (
  id bigserial PRIMARY KEY,
  repository_id bigint NOT NULL REFERENCES privmap.repositories (id) ON DELETE CASCADE,
  commit_sha text NOT NULL,
  branch text,
  scanned_at timestamptz NOT NULL,
  tool_version text NOT NULL,
  content_hash text NOT NULL,
  policy jsonb NOT NULL,
  summary jsonb NOT NULL,
  UNIQUE (repository_id, commit_sha)
);
COMMENT ON TABLE privmap.scans IS 'One privmap scan per repository and commit; pushing the same commit again replaces it.';

CREATE TABLE privmap.elements (
  scan_id bigint NOT NULL REFERENCES privmap.scans (id) ON DELETE CASCADE,
  element_id text NOT NULL,
  kind text NOT NULL,
  category text NOT NULL,
  container text NOT NULL,
  field text NOT NULL,
  status text NOT NULL,
  purposes text[] NOT NULL,
  recipients text[] NOT NULL,
  sources text[] NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (scan_id, element_id)
);

CREATE TABLE privmap.locations (
  scan_id bigint NOT NULL,
  element_id text NOT NULL,
  ordinal integer NOT NULL,
  source text NOT NULL,
  file text,
  line integer,
  table_name text,
  column_name text,
  PRIMARY KEY (scan_id, element_id, ordinal),
  FOREIGN KEY (scan_id, element_id) REFERENCES privmap.elements (scan_id, element_id) ON DELETE CASCADE
);

CREATE VIEW privmap.elements_current AS
SELECT r.name AS repository, s.commit_sha, s.branch, s.scanned_at, e.element_id, e.kind, e.category, e.container, e.field, e.status, e.purposes, e.recipients, e.sources
FROM privmap.repositories r
JOIN LATERAL (SELECT * FROM privmap.scans s WHERE s.repository_id = r.id ORDER BY s.scanned_at DESC, s.id DESC LIMIT 1) s ON true
JOIN privmap.elements e ON e.scan_id = s.id;
`;
