-- The recons' settings the firm changed (title, write-off limit, matching passes) as JSON; a recon
-- with no row runs as shipped. Replaced on each change; the audit trail keeps every version.
CREATE TABLE recon_definition (
  recon       VARCHAR(64)    NOT NULL PRIMARY KEY,
  settings    VARCHAR(16000) NOT NULL,
  version     INT            NOT NULL,
  updated_by  VARCHAR(32)    NOT NULL,
  updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
