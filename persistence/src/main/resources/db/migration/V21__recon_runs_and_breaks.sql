-- One run of one recon for one date, with its counts. Never updated or deleted.
CREATE TABLE recon_run (
  id               BIGINT        NOT NULL PRIMARY KEY,
  recon            VARCHAR(64)   NOT NULL,
  run_date         DATE          NOT NULL,
  ran_by           VARCHAR(32)   NOT NULL,
  ran_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  ours             INT           NOT NULL,
  theirs           INT           NOT NULL,
  matched          INT           NOT NULL,
  with_difference  INT           NOT NULL,
  proposed         INT           NOT NULL,
  breaks           INT           NOT NULL,
  opened           INT           NOT NULL,
  closed           INT           NOT NULL
);
CREATE INDEX recon_run_recon ON recon_run (recon, run_date);

-- A break as found and worked (or a match kept with its difference). The run that finds it again
-- refreshes its facts; people change its state, owner, reason and comment, one version at a time
-- (the audit trail keeps every earlier one).
CREATE TABLE recon_break (
  id           BIGINT        NOT NULL PRIMARY KEY,
  recon        VARCHAR(64)   NOT NULL,
  run_date     DATE          NOT NULL,
  kind         VARCHAR(32)   NOT NULL,
  identity     VARCHAR(4000) NOT NULL,
  reference    VARCHAR(200)  NOT NULL,
  source_file  VARCHAR(500)  NOT NULL,
  source_line  INT           NOT NULL,
  ours         VARCHAR(4000) NOT NULL,
  theirs       VARCHAR(4000) NOT NULL,
  fields       VARCHAR(500)  NOT NULL,
  detail       VARCHAR(4000) NOT NULL,
  differences  VARCHAR(8000) NOT NULL,
  pass         VARCHAR(100)  NOT NULL,
  amount       DECIMAL(24,6) NOT NULL,
  currency     VARCHAR(3)    NOT NULL,
  state        VARCHAR(16)   NOT NULL,
  owner        VARCHAR(32)   NOT NULL,
  reason       VARCHAR(32)   NOT NULL,
  comment      VARCHAR(2000) NOT NULL,
  first_run    BIGINT        NOT NULL,
  last_run     BIGINT        NOT NULL,
  version      INT           NOT NULL,
  updated_by   VARCHAR(32)   NOT NULL,
  updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX recon_break_run ON recon_break (recon, run_date);

-- The cash recon reads the settlements of a few value dates at a time.
CREATE INDEX settlement_record_settled_on ON settlement_record (settled_on);
CREATE INDEX bank_statement_entry_value_date ON bank_statement_entry (value_date);
