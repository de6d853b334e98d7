package org.duban.web.item;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.duban.item.ItemFilter;
import org.duban.item.ItemQueries;
import org.duban.item.ItemQueries.SortBy;
import org.duban.item.SupervisionItem;
import org.duban.organization.Role;
import org.duban.web.paging.PageOfRows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The home page's list of the items that concern the person, whatever their role: one page of plain rows per
 * request, addressed by the parameters {@code page} (from 0), {@code sort} ({@code due}, {@code number} or
 * {@code state}; by deadline when absent) and {@code desc}. No state is kept between requests.
 */
@Named
@RequestScoped
public class HomeBean {

    static final int PAGE_SIZE = 15;

    @EJB
    private ItemQueries queries;

    private Boolean administratorOnly;
    private PageOfRows paging;
    private List<SupervisionItem> rows;

    /** Someone who only administers has no items: their home page is the administration pages. */
    public boolean isAdministratorOnly() {
        if (administratorOnly == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            administratorOnly = external.isUserInRole(Role.ADMIN.name()) && Arrays.stream(Role.values())
                    .filter(role -> role != Role.ADMIN).noneMatch(role -> external.isUserInRole(role.name()));
        }
        return administratorOnly;
    }

    public PageOfRows getPaging() {
        if (paging == null) {
            paging = new PageOfRows(PageOfRows.requested("page"), PAGE_SIZE, queries.count(ItemFilter.mine()));
        }
        return paging;
    }

    public List<SupervisionItem> getRows() {
        if (rows == null) {
            rows = getPaging().total() == 0 ? List.of()
                    : queries.list(ItemFilter.mine(), getPaging().first(), PAGE_SIZE, getSort(), !isDescending());
        }
        return rows;
    }

    public SortBy getSort() {
        String sort = parameters().get("sort");
        return sort == null ? SortBy.DUE : switch (sort) {
            case "number" -> SortBy.NUMBER;
            case "state" -> SortBy.STATE;
            default -> SortBy.DUE;
        };
    }

    public boolean isDescending() {
        return "true".equals(parameters().get("desc"));
    }

    /** The query string of a column's heading: sorted by it, ascending, or turned round when it sorts already. */
    public String sortedBy(String column) {
        return "sort=" + column + ("ascending".equals(ariaSort(column)) ? "&desc=true" : "");
    }

    /** A column heading's {@code aria-sort}: how the list is sorted by it, or {@code none}. */
    public String ariaSort(String column) {
        return !getSort().name().equalsIgnoreCase(column) ? "none" : isDescending() ? "descending" : "ascending";
    }

    /** The part of the query string that a pager link keeps: the sort. */
    public String getKeep() {
        return "sort=" + getSort().name().toLowerCase() + (isDescending() ? "&desc=true" : "") + "&";
    }

    private static Map<String, String> parameters() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }
}
