-- The header's unread count (every page): the person's unread notices are one index range, whatever their history;
-- ID makes the count read the index alone.
CREATE INDEX IX_NOTIFICATION_UNREAD ON NOTIFICATION (RECIPIENT_ID, READ_AT, ID);
