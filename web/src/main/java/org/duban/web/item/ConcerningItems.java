package org.duban.web.item;

import org.duban.item.ItemQueries;
import org.duban.item.ItemQueries.SortBy;
import org.duban.item.SupervisionItem;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;

/** The items that concern the signed-in user, one page at a time from the database. */
public class ConcerningItems extends LazyDataModel<SupervisionItem> {

    private static final long serialVersionUID = 1L;

    private final transient ItemQueries queries;

    public ConcerningItems(ItemQueries queries) {
        this.queries = queries;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(queries.countConcerningMe());
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
        return queries.concerningMe(first, pageSize, column, ascending);
    }

    @Override
    public String getRowKey(SupervisionItem item) {
        return String.valueOf(item.getId());
    }

    @Override
    public SupervisionItem getRowData(String rowKey) {
        return null;
    }
}
