-- When each trade was first affirmed with the broker, for the same-day affirmation rate that SEC
-- Rule 15c6-2 asks firms to monitor. Set once, when a version in status AFFIRMED is recorded, and
-- carried unchanged into later versions (and so into trade_history). Empty for trades never affirmed.
ALTER TABLE trade ADD COLUMN affirmed_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE trade_history ADD COLUMN affirmed_at TIMESTAMP(6) WITH TIME ZONE;
