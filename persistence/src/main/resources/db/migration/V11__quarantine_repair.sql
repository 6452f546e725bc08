-- Repairing quarantined import rows: each row is open until a clerk re-submits it corrected (it
-- becomes a trade) or discards it with a reason. The file's header row is kept with the import so
-- a row's cells can be shown field by field.
ALTER TABLE trade_import ADD COLUMN header_line VARCHAR(10000);

ALTER TABLE trade_import_quarantine ADD COLUMN status VARCHAR(16) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE trade_import_quarantine ADD COLUMN resolved_by VARCHAR(32);
ALTER TABLE trade_import_quarantine ADD COLUMN resolved_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE trade_import_quarantine ADD COLUMN resolution VARCHAR(1000);
ALTER TABLE trade_import_quarantine ADD COLUMN trade_id BIGINT;
