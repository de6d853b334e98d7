-- Personal access tokens for programs that use the REST API in a person's name (README, REST API): the SHA-256 of the
-- token only, so a token is shown once when it is made; revoking one deletes its row. A person may hold several.
CREATE TABLE ACCESS_TOKEN (
    TOKEN_SHA256 VARCHAR(64) NOT NULL PRIMARY KEY,
    ACCOUNT_ID BIGINT NOT NULL,
    NAME VARCHAR(100) NOT NULL,
    SCOPE VARCHAR(20) NOT NULL,
    CREATED_ON DATE NOT NULL,
    EXPIRES_ON DATE NOT NULL,
    CONSTRAINT FK_ACCESS_TOKEN_ACCOUNT FOREIGN KEY (ACCOUNT_ID) REFERENCES ACCOUNT (ID)
);
CREATE INDEX IX_ACCESS_TOKEN_ACCOUNT ON ACCESS_TOKEN (ACCOUNT_ID);
