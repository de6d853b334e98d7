package org.duban.web.item;

import org.duban.item.ItemFilter;
import org.duban.item.ItemQueries;
import org.duban.item.ItemQueries.SortBy;
import org.duban.item.SupervisionItem;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A list of items one page at a time from the database, under the filter its page sets. */
public class ConcerningItems extends LazyDataModel<SupervisionItem> {

    private static final long serialVersionUID = 1L;

    private final transient ItemQueries queries;
    private ItemFilter filter;
    private final transient Map<String, SupervisionItem> page = new HashMap<>();

    public ConcerningItems(ItemQueries queries, ItemFilter filter) {
        this.queries = queries;
        this.filter = filter;
    }

    public void setFilter(ItemFilter filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(queries.count(filter));
    }

    @Override
    public List<SupervisionItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
        SortBy column = SortBy.DUE;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            column = switch (meta.getField()) {
                case "number" -> SortBy.NUMBER;
                case "state" -> SortBy.STATE;
                case "lastActionAt" -> SortBy.LAST_ACTION;
                default -> SortBy.DUE;
            };
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        List<SupervisionItem> items = queries.list(filter, first, pageSize, column, ascending);
        page.clear();
        items.forEach(item -> page.put(getRowKey(item), item));
        return items;
    }

    @Override
    public String getRowKey(SupervisionItem item) {
        return String.valueOf(item.getId());
    }

    @Override
    public SupervisionItem getRowData(String rowKey) {
        return page.get(rowKey);
    }
}
