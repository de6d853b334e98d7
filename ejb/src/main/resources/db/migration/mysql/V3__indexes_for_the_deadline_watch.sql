-- Duban schema, version 3: indexes the deadline watch reads by (open milestones by due date; items that report
-- periodically), so that a scan over many open items does not read them all.
CREATE INDEX IX_MILESTONE_OPEN_DUE ON MILESTONE (COMPLETED_ON, DUE);
CREATE INDEX IX_ITEM_CYCLE_STATE ON SUPERVISION_ITEM (REPORTING_CYCLE, STATE);
CREATE INDEX IX_EVENT_ACTION_ITEM ON ITEM_EVENT (ACTION, ITEM_ID);
