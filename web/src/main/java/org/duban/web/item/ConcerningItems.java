package org.duban.web.item;

import org.duban.item.ItemFilter;
import org.duban.item.ItemQueries;
import org.duban.item.ItemQueries.SortBy;
import org.duban.item.SupervisionItem;
import org.duban.web.paging.PagedRows;

import java.util.List;

/** A list of items one page at a time from the database, under the filter its page sets. */
public class ConcerningItems extends PagedRows<SupervisionItem> {

    private static final long serialVersionUID = 1L;

    private final ItemQueries queries;
    private ItemFilter filter;

    public ConcerningItems(ItemQueries queries, ItemFilter filter) {
        this.queries = queries;
        this.filter = filter;
    }

    public void setFilter(ItemFilter filter) {
        this.filter = filter;
    }

    @Override
    protected long countAll() {
        return queries.count(filter);
    }

    @Override
    protected List<SupervisionItem> fetch(int first, int pageSize, String sortField, boolean ascending) {
        SortBy column = sortField == null ? SortBy.DUE : switch (sortField) {
            case "number" -> SortBy.NUMBER;
            case "state" -> SortBy.STATE;
            case "lastActionAt" -> SortBy.LAST_ACTION;
            default -> SortBy.DUE;
        };
        return queries.list(filter, first, pageSize, column, ascending);
    }

    /** A selected row posted back after its page was forgotten: the item as its page shows it. */
    @Override
    protected SupervisionItem fetchOne(String rowKey) {
        return rowKey.matches("\\d{1,18}") ? queries.listed(Long.parseLong(rowKey)).orElse(null) : null;
    }

    @Override
    protected Object idOf(SupervisionItem item) {
        return item.getId();
    }
}
