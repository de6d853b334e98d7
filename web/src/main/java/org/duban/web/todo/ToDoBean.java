package org.duban.web.todo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.duban.todo.ToDos;
import org.duban.web.paging.PageOfRows;

import java.util.List;

/**
 * 待办 for the signed-in person: the header's count on every page (counted once per request), and on the home page
 * one page of to-dos by deadline, addressed by the parameter {@code todo} (the page, from 0).
 */
@Named("toDo")
@RequestScoped
public class ToDoBean {

    static final int PAGE_SIZE = 10;

    @EJB
    private ToDos toDos;

    private Long total;
    private ToDos.Page page;

    /** How many to-dos wait: the page's own count when the page was read, else one count per kind. */
    public long getTotal() {
        if (total == null) {
            total = page != null ? page.total()
                    : toDos.counts().values().stream().mapToLong(Long::longValue).sum();
        }
        return total;
    }

    /** Reads the page before the header asks for the count (the home page's view action). */
    public void load() {
        page();
    }

    public List<ToDos.Row> getRows() {
        return page().rows();
    }

    /**
     * Where a to-do's row leads: the item with the action's form open and in view, or the draft form for a draft to
     * complete.
     */
    public String href(ToDos.Row row) {
        String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath();
        return row.todo() == org.duban.item.ToDo.COMPLETE_DRAFT
                ? context + "/office/draft.xhtml?id=" + row.item().getId()
                : context + "/items/item.xhtml?id=" + row.item().getId() + "&do=" + row.todo().action()
                        + "#act_" + row.todo().action();
    }

    public PageOfRows getPaging() {
        return new PageOfRows(PageOfRows.requested("todo"), PAGE_SIZE, page().total());
    }

    private ToDos.Page page() {
        if (page == null) {
            page = toDos.page(PageOfRows.requested("todo") * PAGE_SIZE, PAGE_SIZE);
            total = page.total();
        }
        return page;
    }
}
