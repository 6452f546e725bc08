-- Reference data is retired, never deleted: trades keep naming what they named. A retired
-- instrument, counterparty, account or book is not offered for new trades (the trade rules refuse
-- it); a retired calendar is not offered for new settlement conventions.
ALTER TABLE instrument ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE counterparty ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE book ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE holiday_calendar ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
