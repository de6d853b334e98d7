package org.duban.web.todo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.duban.todo.ActedOn;
import org.duban.web.paging.PageOfRows;

import java.util.List;

/** 已办: the items the signed-in person acted on, the latest first, a page addressed by the parameter {@code done}. */
@Named("done")
@RequestScoped
public class DoneBean {

    private static final int PAGE_SIZE = 15;

    @EJB
    private ActedOn actedOn;

    private List<ActedOn.Row> rows;
    private PageOfRows paging;

    public List<ActedOn.Row> getRows() {
        if (rows == null) {
            rows = actedOn.page(getPaging().first(), PAGE_SIZE);
        }
        return rows;
    }

    public PageOfRows getPaging() {
        if (paging == null) {
            paging = new PageOfRows(PageOfRows.requested("done"), PAGE_SIZE, actedOn.count());
        }
        return paging;
    }
}
