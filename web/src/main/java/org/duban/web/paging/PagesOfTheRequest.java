package org.duban.web.paging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;

import java.util.ArrayList;
import java.util.List;

/** The pages of rows loaded in this request, forgotten when it ends (see {@link PagedRows}). */
@RequestScoped
public class PagesOfTheRequest {

    private final List<PagedRows<?>> loaded = new ArrayList<>();

    void loaded(PagedRows<?> rows) {
        loaded.add(rows);
    }

    @PreDestroy
    void forget() {
        loaded.forEach(PagedRows::forget);
    }
}
