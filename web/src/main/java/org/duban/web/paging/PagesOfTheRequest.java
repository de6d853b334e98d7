package org.duban.web.paging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import java.util.IdentityHashMap;
import java.util.Map;

/** The pages of rows loaded in this request, forgotten when it ends (see {@link PagedRows}). */
@RequestScoped
public class PagesOfTheRequest {

    /** Each table model with its latest load in this request. */
    private final Map<PagedRows<?>, Integer> loaded = new IdentityHashMap<>();

    void loaded(PagedRows<?> rows, int load) {
        loaded.put(rows, load);
    }

    @PreDestroy
    void forget() {
        loaded.forEach(PagedRows::forget);
    }
}
