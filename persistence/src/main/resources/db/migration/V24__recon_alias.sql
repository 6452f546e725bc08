-- The firm's own equivalences for matching: in table "counterparty names", a counterparty's name as
-- a bank or broker spells it (alias) stands for its code (canonical value). Reference data of the
-- reconciliations, changed by people (audited), one row per table and alias.
CREATE TABLE recon_alias (
  table_name  VARCHAR(64)  NOT NULL,
  alias       VARCHAR(200) NOT NULL,
  canonical   VARCHAR(200) NOT NULL,
  PRIMARY KEY (table_name, alias)
);
