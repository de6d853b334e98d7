package org.duban.organization;

/**
 * The roles of DESIGN.md. The names are also the security groups stored for an account and the roles the
 * service layer checks with {@code @RolesAllowed}; keep them in step with {@link Role.Names}.
 */
public enum Role {
    OFFICE_STAFF, OFFICE_DIRECTOR, LEADER, UNIT_HEAD, UNIT_STAFF, ARCHIVIST, ADMIN;

    public boolean isOffice() {
        return this == OFFICE_STAFF || this == OFFICE_DIRECTOR;
    }

    public boolean isUnit() {
        return this == UNIT_HEAD || this == UNIT_STAFF;
    }

    /** Constants for annotations, which cannot take enum names. */
    public static final class Names {
        public static final String OFFICE_STAFF = "OFFICE_STAFF";
        public static final String OFFICE_DIRECTOR = "OFFICE_DIRECTOR";
        public static final String LEADER = "LEADER";
        public static final String UNIT_HEAD = "UNIT_HEAD";
        public static final String UNIT_STAFF = "UNIT_STAFF";
        public static final String ARCHIVIST = "ARCHIVIST";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
