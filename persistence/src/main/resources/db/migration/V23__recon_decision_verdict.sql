-- A decision is a match (by hand, or a proposal accepted) or a proposal rejected, which later runs
-- neither propose nor match again. Decisions made before this column were all matches.
ALTER TABLE recon_decision ADD COLUMN verdict VARCHAR(16) DEFAULT 'MATCHED' NOT NULL;
