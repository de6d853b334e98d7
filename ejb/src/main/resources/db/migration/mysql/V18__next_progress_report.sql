-- Duban schema, version 18: the day of an item's last progress report (or receipt) and the day its next one is due
-- by the reporting cycle, kept by the item with each report (SupervisionItem.planNextReport). A unit's due reports,
-- a to-do on every page of its people, become one index range instead of its periodic items and their histories.
ALTER TABLE SUPERVISION_ITEM ADD COLUMN LAST_REPORT_ON DATE;
ALTER TABLE SUPERVISION_ITEM ADD COLUMN NEXT_REPORT_ON DATE;

-- the days as the application counts them: a recorded time falls on its day in the server's zone, the one in which
-- the database keeps the times (InstantConverter)
UPDATE SUPERVISION_ITEM SET LAST_REPORT_ON = (SELECT DATE(MAX(e.RECORDED_AT)) FROM ITEM_EVENT e
    WHERE e.ITEM_ID = SUPERVISION_ITEM.ID AND e.ACTION IN ('ACKNOWLEDGE', 'REPORT_PROGRESS'));
-- ReportingCycle.nextReport: a week, a month, three months (the end of a shorter month for a day it lacks)
UPDATE SUPERVISION_ITEM SET NEXT_REPORT_ON = CASE REPORTING_CYCLE
        WHEN 'WEEKLY' THEN DATE_ADD(LAST_REPORT_ON, INTERVAL 7 DAY)
        WHEN 'MONTHLY' THEN DATE_ADD(LAST_REPORT_ON, INTERVAL 1 MONTH)
        WHEN 'QUARTERLY' THEN DATE_ADD(LAST_REPORT_ON, INTERVAL 3 MONTH)
        ELSE NULL END
    WHERE LAST_REPORT_ON IS NOT NULL;

CREATE INDEX IX_ITEM_REPORT_DUE ON SUPERVISION_ITEM (LEAD_UNIT_ID, STATE, NEXT_REPORT_ON);
