-- 待办 and 已办: each kind of to-do is one index range. A staff member's items by handler and state; pending halt
-- requests, pending extension requests and escalated items of a state, read without the items that have none;
-- the items a person acted on from the history by actor, the index alone.
CREATE INDEX IX_ITEM_HANDLER_STATE ON SUPERVISION_ITEM (HANDLER_ID, STATE);
CREATE INDEX IX_ITEM_PENDING_HALT ON SUPERVISION_ITEM (PENDING_HALT, STATE);
CREATE INDEX IX_ITEM_STATE_ESCALATED ON SUPERVISION_ITEM (STATE, ESCALATED_AT);
CREATE INDEX IX_EXTENSION_PENDING ON EXTENSION_REQUEST (DECISION, ITEM_ID);
CREATE INDEX IX_EVENT_ACTOR ON ITEM_EVENT (ACTOR, ITEM_ID, RECORDED_AT);
