package org.duban.support;

import jakarta.persistence.TypedQuery;

/**
 * EclipseLink writes the parameters of a query that has a subquery into its SQL as literals unless told to bind them;
 * the database then compiles one statement per person (per unit, per account) instead of one per list. The hint is
 * the provider's, by name: another provider ignores it.
 */
public final class BoundParameters {

    private static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

    private BoundParameters() {
    }

    /** The same query, its parameters bound. */
    public static <T> TypedQuery<T> bound(TypedQuery<T> query) {
        return query.setHint(BIND_PARAMETERS, "true");
    }
}
