-- A hand-off's notice is keyed by the event that handed over (its sequence in the item's history), so that a draft
-- returned twice in a day is told twice; the deadline watch's notices keep 0 there and their key as before. It
-- carries what the person who acted said: the reason of a return, the opinion of a decision.
ALTER TABLE NOTIFICATION ADD COLUMN EVENT_SEQ INTEGER NOT NULL DEFAULT 0;
ALTER TABLE NOTIFICATION ADD COLUMN NOTE VARCHAR(1000);
ALTER TABLE NOTIFICATION DROP CONSTRAINT UQ_NOTIFICATION_KEY;
ALTER TABLE NOTIFICATION ADD CONSTRAINT UQ_NOTIFICATION_KEY UNIQUE (ITEM_ID, KIND, KEY_DAY, RECIPIENT_ID, EVENT_SEQ);
