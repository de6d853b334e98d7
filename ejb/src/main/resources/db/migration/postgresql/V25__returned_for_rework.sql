-- Duban schema, version 25: whether the office has returned an item's completion report (退回重办/补充材料), kept by the
-- item when it is returned (SupervisionItem.returnForRework). A unit's "submit again" and "submit" to-dos on every page
-- of its people become one range of IX_ITEM_UNIT_REWORK instead of a probe into the history for each item under way.
ALTER TABLE SUPERVISION_ITEM ADD COLUMN RETURNED_FOR_REWORK BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE SUPERVISION_ITEM SET RETURNED_FOR_REWORK = TRUE WHERE EXISTS (SELECT 1 FROM ITEM_EVENT e
    WHERE e.ITEM_ID = SUPERVISION_ITEM.ID AND e.ACTION = 'RETURN_FOR_REWORK');
CREATE INDEX IX_ITEM_UNIT_REWORK ON SUPERVISION_ITEM (LEAD_UNIT_ID, STATE, RETURNED_FOR_REWORK, DUE, ID);
