-- What people decided about a recon's records, kept across runs: records matched by hand. The labels
-- are the records' stable names (a trade's id, a file's line). Never updated or deleted.
CREATE TABLE recon_decision (
  id          BIGINT        NOT NULL PRIMARY KEY,
  recon       VARCHAR(64)   NOT NULL,
  run_date    DATE          NOT NULL,
  ours        VARCHAR(4000) NOT NULL,
  theirs      VARCHAR(4000) NOT NULL,
  comment     VARCHAR(2000) NOT NULL,
  decided_by  VARCHAR(32)   NOT NULL,
  decided_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX recon_decision_run ON recon_decision (recon, run_date);
