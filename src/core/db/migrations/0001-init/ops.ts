/** Schema v1, operations: settings, jobs, accessibility audits, and the sync tables of sync.md §D. */
export const opsSql = /* sql */ `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE jobs (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL,
  state        TEXT NOT NULL DEFAULT 'queued'
               CHECK (state IN ('queued','running','succeeded','failed','cancelled')),
  params_json  TEXT NOT NULL DEFAULT '{}',
  done         INTEGER NOT NULL DEFAULT 0,
  total        INTEGER NOT NULL DEFAULT 0,
  step         TEXT,
  attempts     INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL DEFAULT 3,
  run_after    TEXT,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  error_json   TEXT,
  result_json  TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  started_at   TEXT,
  finished_at  TEXT
);
CREATE INDEX jobs_state ON jobs(state, id);

CREATE TABLE audit_runs (
  id          INTEGER PRIMARY KEY,
  scope       TEXT NOT NULL,
  target      TEXT,
  state       TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running','done','failed','cancelled')),
  stats_json  TEXT NOT NULL DEFAULT '{}',
  started_at  TEXT NOT NULL,
  finished_at TEXT
);

-- Findings are codes and params, never prose: the renderer translates them.
CREATE TABLE audit_findings (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER NOT NULL REFERENCES audit_runs(id) ON DELETE CASCADE,
  rule_id     TEXT NOT NULL,
  severity    TEXT NOT NULL CHECK (severity IN ('minor','moderate','serious','critical')),
  target_type TEXT NOT NULL,
  target_id   TEXT NOT NULL,
  params_json TEXT NOT NULL DEFAULT '{}',
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','fixed','ignored')),
  created_at  TEXT NOT NULL
);
CREATE INDEX audit_findings_run_rule ON audit_findings(run_id, rule_id);
CREATE INDEX audit_findings_target ON audit_findings(target_type, target_id);

CREATE TABLE stores (
  id         INTEGER PRIMARY KEY,
  platform   TEXT NOT NULL CHECK (platform IN ('vendure','woocommerce','shopify','bigcommerce','medusa')),
  name       TEXT NOT NULL,
  base_url   TEXT NOT NULL,
  state      TEXT NOT NULL DEFAULT 'offline' CHECK (state IN ('online','offline','paused','error')),
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Last server state seen, source of the base values (store_id 0 = not yet connected).
CREATE TABLE remote_shadow (
  store_id    INTEGER NOT NULL,
  type        TEXT NOT NULL,
  id          TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  fields_json TEXT NOT NULL,
  pulled_at   TEXT NOT NULL,
  PRIMARY KEY (store_id, type, id)
) WITHOUT ROWID;

CREATE TABLE outbox (
  op_id           TEXT PRIMARY KEY,
  seq             INTEGER NOT NULL UNIQUE,
  store_id        INTEGER NOT NULL DEFAULT 0,
  type            TEXT NOT NULL,
  entity_id       TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('create','update','delete')),
  patch_json      TEXT NOT NULL,
  base_json       TEXT NOT NULL,
  base_updated_at TEXT,
  state           TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending','inflight','acked','conflict','rejected')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_error      TEXT,
  result_json     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX outbox_entity ON outbox(type, entity_id, state, seq);
CREATE INDEX outbox_state_seq ON outbox(state, seq);

CREATE TABLE conflicts (
  id                INTEGER PRIMARY KEY,
  op_id             TEXT NOT NULL REFERENCES outbox(op_id) ON DELETE CASCADE,
  field             TEXT NOT NULL,
  base              TEXT,
  mine              TEXT,
  theirs            TEXT,
  theirs_updated_at TEXT,
  resolution        TEXT CHECK (resolution IS NULL OR resolution IN ('mine','theirs','merged')),
  resolved_at       TEXT,
  UNIQUE (op_id, field)
);

CREATE TABLE cursors (
  store_id           INTEGER NOT NULL,
  resource           TEXT NOT NULL,
  updated_at         TEXT,
  last_id            TEXT,
  last_full_sweep_at TEXT,
  PRIMARY KEY (store_id, resource)
) WITHOUT ROWID;
`;
