package org.duban.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Test only: an action that fails unexpectedly, with a detail no user may see. */
@Named
@RequestScoped
public class FailingBean {

    public static final String SECRET = "secret-detail-of-the-failure";

    public void fail() {
        throw new IllegalStateException(SECRET);
    }
}
