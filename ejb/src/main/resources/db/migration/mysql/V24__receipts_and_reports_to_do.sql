-- Duban schema, version 24: a unit head's to-dos read from the index alone. The receipts a unit owes (签收) are a flag
-- on its UNIT_INVOLVEMENT row, kept by the item with the rest of the row (UnitInvolvement.awaitsReceipt): counting them
-- and reading the first by deadline is one range of IX_INVOLVEMENT_RECEIPT instead of every open row of the unit, each
-- with its item and its receipts. Due progress reports: the handler and the deadline join the index, so that the
-- to-do's count and page need not read the items' rows; the index of version 18 begins alike and goes.
ALTER TABLE UNIT_INVOLVEMENT ADD COLUMN AWAITS_RECEIPT SMALLINT DEFAULT 0 NOT NULL;
UPDATE UNIT_INVOLVEMENT SET AWAITS_RECEIPT = 1
    WHERE SEES = 1 AND PART IN ('LEAD', 'CO_UNIT') AND STATE IN ('ASSIGNED', 'IN_PROGRESS')
      AND NOT EXISTS (SELECT 1 FROM ITEM_ACKNOWLEDGED_UNIT r
                      WHERE r.ITEM_ID = UNIT_INVOLVEMENT.ITEM_ID AND r.UNIT_ID = UNIT_INVOLVEMENT.UNIT_ID);
CREATE INDEX IX_INVOLVEMENT_RECEIPT ON UNIT_INVOLVEMENT (UNIT_ID, AWAITS_RECEIPT, DUE, ITEM_ID);
CREATE INDEX IX_ITEM_REPORT_DUE_BY ON SUPERVISION_ITEM (LEAD_UNIT_ID, STATE, NEXT_REPORT_ON, HANDLER_ID, DUE, ID);
DROP INDEX IX_ITEM_REPORT_DUE ON SUPERVISION_ITEM;
