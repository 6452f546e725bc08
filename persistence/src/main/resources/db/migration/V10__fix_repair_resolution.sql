-- Who closed a repair-queue item, when and why: REPAIRED (booked after the reference data was put
-- right) or DISMISSED. The audit trail has the same; here it sits beside the item for the screen.
ALTER TABLE fix_repair_queue ADD COLUMN resolved_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE fix_repair_queue ADD COLUMN resolved_by VARCHAR(64);
ALTER TABLE fix_repair_queue ADD COLUMN resolution VARCHAR(2000);
CREATE INDEX fix_repair_queue_state ON fix_repair_queue (state);
