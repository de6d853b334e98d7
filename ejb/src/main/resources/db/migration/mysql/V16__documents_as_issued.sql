-- Documents are kept as issued (DA/T 70: 真实性): the 交办单, 催办函, 办结报告 and 反馈报告 are stored when their step
-- is taken, as files of its event marked with what they are, and the event's hash takes in the document's SHA-256.
-- Events before this change issued nothing and hash as before; their items' documents are still drawn on request.
ALTER TABLE ATTACHMENT ADD COLUMN ISSUED_AS VARCHAR(30);
ALTER TABLE ITEM_EVENT ADD COLUMN ISSUED_SHA256 VARCHAR(64);
