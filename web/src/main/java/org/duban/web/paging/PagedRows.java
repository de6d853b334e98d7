package org.duban.web.paging;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A table's rows one page at a time from a service (paged and sorted in the database), found again by their id. */
public abstract class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, T> page = new HashMap<>();

    protected abstract long countAll();

    /** One page, sorted by the column the table asks for (null: the default order). */
    protected abstract List<T> fetch(int first, int pageSize, String sortField, boolean ascending);

    protected abstract Object idOf(T row);

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
        page.clear();
        rows.forEach(row -> page.put(getRowKey(row), row));
        return rows;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return page.get(rowKey);
    }
}
