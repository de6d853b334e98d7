package org.duban.web.paging;

import jakarta.enterprise.inject.spi.CDI;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's rows one page at a time from a service (paged and sorted in the database), found again by their id.
 * The rows are kept for the request that loaded them only ({@link PagesOfTheRequest}): the model lives in a
 * view-scoped bean, and a session keeps 25 views — entities kept with each held most of the heap under twenty people
 * (about 170 KiB a view of the work list). A later request loads its page again; a row asked for by its key that is no
 * longer kept (a selection posted back) is read by {@link #fetchOne}.
 */
public abstract class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Never copied with the session (see above); made again on the server that reads the session back. */
    private transient Map<String, T> page;

    /** Which load the kept rows are from: a request ending late must not forget a later request's rows. */
    private transient int loads;

    private Map<String, T> page() {
        if (page == null) {
            page = new HashMap<>();
        }
        return page;
    }

    protected abstract long countAll();

    /** One page, sorted by the column the table asks for (null: the default order). */
    protected abstract List<T> fetch(int first, int pageSize, String sortField, boolean ascending);

    protected abstract Object idOf(T row);

    /** One row by its key, when it is asked for after its page was forgotten; none by default. */
    protected T fetchOne(String rowKey) {
        return null;
    }

    /** The end of the request that made the given load: its rows go, unless a later request loaded again. */
    synchronized void forget(int load) {
        if (load == loads) {
            page().clear();
            // empty, not null: PrimeFaces loads a page again while decoding a postback when it finds none, and again
            // to render it; its rendering, paging and sorting always load, and a selection is found by key
            setWrappedData(List.of());
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(countAll());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            field = meta.getField();
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        List<T> rows = fetch(first, pageSize, field, ascending);
        int load;
        synchronized (this) {
            page().clear();
            rows.forEach(row -> page().put(getRowKey(row), row));
            load = ++loads;
        }
        CDI.current().select(PagesOfTheRequest.class).get().loaded(this, load);
        return rows;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        T row;
        synchronized (this) {
            row = page().get(rowKey);
        }
        return row != null ? row : fetchOne(rowKey);
    }
}
