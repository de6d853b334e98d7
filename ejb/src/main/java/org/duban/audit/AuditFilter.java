package org.duban.audit;

import java.time.Instant;

/** The audit view's conditions; each may be empty. {@code to} is exclusive. */
public record AuditFilter(AuditKind kind, String actor, Instant from, Instant to) implements java.io.Serializable {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null);
    }
}
