-- Single sign-on with the college's identity service (统一身份认证, OpenID Connect): the provider's address (its
-- issuer), Duban's client id and secret there, and the claim that names the Duban account. No provider: no SSO.
ALTER TABLE SETTINGS ADD COLUMN SSO_PROVIDER VARCHAR(500);
ALTER TABLE SETTINGS ADD COLUMN SSO_CLIENT_ID VARCHAR(200);
ALTER TABLE SETTINGS ADD COLUMN SSO_CLIENT_SECRET VARCHAR(500);
ALTER TABLE SETTINGS ADD COLUMN SSO_ACCOUNT_CLAIM VARCHAR(100);
