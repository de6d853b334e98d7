package org.duban.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.duban.item.ToDo;
import org.duban.todo.ToDos;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The caller's 待办 as the home page lists them: by deadline, with how many of each kind wait ({@link ToDos}). */
@Path("todos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ToDosResource {

    /** One to-do: its kind, the action it asks for, by when, and the item. */
    public record ToDoRow(String kind, String kindName, String action, LocalDate actBy, Shapes.ItemRow item) {
    }

    /** {@code counts}: per kind (its code), only kinds with any. */
    public record ToDoPage(long total, Map<String, Long> counts, int first, int size, List<ToDoRow> rows) {
    }

    @EJB
    private ToDos toDos;
    @Inject
    private Shapes shapes;

    /** To-dos {@code first} (from 0) to {@code first + size - 1} ({@code size} 1 to 100, 20 when not given). */
    @GET
    public ToDoPage page(@QueryParam("first") String first, @QueryParam("size") String size) {
        int from = ItemsResource.paging("first", first, 0, 0, ItemsResource.MOST_FIRST);
        int rows = ItemsResource.paging("size", size, 20, 1, ItemsResource.MOST_ROWS);
        ToDos.Page page = toDos.page(from, rows);
        List<Shapes.ItemRow> items = shapes.rows(page.rows().stream().map(ToDos.Row::item).toList());
        Map<String, Long> counts = new LinkedHashMap<>();
        page.counts().forEach((kind, count) -> counts.put(kind.name(), count));
        List<ToDoRow> toDoRows = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ToDos.Row row = page.rows().get(i);
            toDoRows.add(new ToDoRow(row.todo().name(), shapes.text("ToDo." + row.todo().name()),
                    row.todo().action().name(), row.actBy(), items.get(i)));
        }
        return new ToDoPage(page.total(), counts, from, rows, toDoRows);
    }

}
