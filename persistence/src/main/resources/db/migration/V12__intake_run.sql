-- The intake journal: one row per import of an incoming file, written and committed before the
-- import stores its first chunk, its last_id advanced in each chunk's own transaction, its state
-- set to DONE in the import's last transaction (or UNDONE when it deletes what it stored). A row
-- still RUNNING when the workspace opens is an import whose process died part-way: recovery deletes
-- the ids first_id..last_id of its kind and marks it RECOVERED (docs/decisions/0012-intake-pipeline.md).
CREATE TABLE intake_run (
  id          BIGINT        NOT NULL PRIMARY KEY,
  kind        VARCHAR(64)   NOT NULL,
  file_name   VARCHAR(500)  NOT NULL,
  sha256      CHAR(64)      NOT NULL,
  started_by  VARCHAR(32)   NOT NULL,
  started_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  first_id    BIGINT        NOT NULL,
  last_id     BIGINT,
  state       VARCHAR(16)   NOT NULL
);
CREATE INDEX intake_run_state ON intake_run (state, kind);
