-- A broker's or custodian's own layout of its confirmation or holdings files (properties text),
-- named after its code, the first part of its files' names. Replaced when saved again; the audit
-- trail keeps each version.
CREATE TABLE recon_input_layout (
  kind        VARCHAR(16)   NOT NULL,
  name        VARCHAR(32)   NOT NULL,
  properties  VARCHAR(4000) NOT NULL,
  updated_by  VARCHAR(32)   NOT NULL,
  updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (kind, name)
);
