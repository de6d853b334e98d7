-- Duban schema, version 4: the deadline watch reads what it needs with the open items' rows in one pass
-- (the urging count beside the item), and reads the notices it already sent by kind and day from an index alone.
ALTER TABLE SUPERVISION_ITEM ADD COLUMN URGINGS INTEGER NOT NULL DEFAULT 0;
UPDATE SUPERVISION_ITEM SET URGINGS = (SELECT COUNT(*) FROM URGING u WHERE u.ITEM_ID = SUPERVISION_ITEM.ID);
CREATE INDEX IX_NOTIFICATION_KIND_DAY ON NOTIFICATION (KIND, KEY_DAY, ITEM_ID, RECIPIENT_ID);
