package org.duban.audit;

/** What an audit event records. The names are stored and are bundle keys ({@code AuditKind.SIGN_IN}). */
public enum AuditKind {
    SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT, REFUSED, PASSWORD_CHANGED, CALENDAR_FEED_RENEWED, ADMINISTRATION,
    ACCESS_TOKEN_CREATED, ACCESS_TOKEN_REVOKED
}
