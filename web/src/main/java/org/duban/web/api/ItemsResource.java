package org.duban.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.duban.item.ActionInput;
import org.duban.item.Category;
import org.duban.item.DraftInput;
import org.duban.item.HaltKind;
import org.duban.item.ItemAction;
import org.duban.item.ItemActions;
import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.item.ItemFilter;
import org.duban.item.ItemQueries;
import org.duban.item.ItemQueries.SortBy;
import org.duban.item.ItemState;
import org.duban.item.ItemWorkflow;
import org.duban.item.Light;
import org.duban.item.Priority;
import org.duban.item.QuantifiedTarget;
import org.duban.item.ReportingCycle;
import org.duban.item.ReworkKind;
import org.duban.item.SupervisionItem;
import org.duban.item.Urging.UrgingRecord;
import org.duban.item.UrgingMethod;
import org.duban.archive.Retention;
import org.duban.archive.Secrecy;
import org.duban.shared.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Items: the list with the work list's filters and paging (the home list's with {@code mine=true}), one item with its
 * history and the actions the caller may take on it now, a new draft (拟办), and the actions of the seven steps — each
 * through the services the screens use ({@link ItemQueries}, {@link ItemWorkflow}, {@link ItemActions}).
 */
@Path("items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    /** The most rows one page gives. */
    static final int MOST_ROWS = 100;
    /** The furthest first row a page may start at (a list is searched, not read to its end, by a program too). */
    static final int MOST_FIRST = 100_000;

    @EJB
    private ItemQueries queries;
    @EJB
    private ItemWorkflow workflow;
    @Inject
    private ItemActions actions;
    @Inject
    private Shapes shapes;
    @Inject
    private Clock clock;
    @Context
    private UriInfo uri;

    /**
     * A page of the items the caller may see, by the filters given (each optional).
     *
     * @param mine  {@code true}: only the caller's own work (the home list)
     * @param first the first row, from 0; {@code size} rows, 1 to {@value #MOST_ROWS} (20 when not given)
     * @param sort  DUE (default), NUMBER, LAST_ACTION or STATE; {@code order} asc (default) or desc
     */
    @GET
    public Shapes.ItemPage list(@QueryParam("mine") String mine, @QueryParam("state") String state,
                                @QueryParam("category") String category, @QueryParam("unit") String unit,
                                @QueryParam("leader") String leader, @QueryParam("dueFrom") String dueFrom,
                                @QueryParam("dueTo") String dueTo, @QueryParam("light") String light,
                                @QueryParam("q") String keyword, @QueryParam("first") String first,
                                @QueryParam("size") String size, @QueryParam("sort") String sort,
                                @QueryParam("order") String order) {
        ItemFilter filter = new ItemFilter(Boolean.TRUE.equals(Values.yesOrNo("mine", mine)),
                Values.choice("state", state, ItemState.class), Values.choice("category", category, Category.class),
                Values.id("unit", unit), Values.id("leader", leader), Values.day("dueFrom", dueFrom), Values.day("dueTo", dueTo),
                Values.choice("light", light, Light.class), keyword == null || keyword.isBlank() ? null : keyword);
        int from = paging("first", first, 0, 0, MOST_FIRST);
        int rows = paging("size", size, 20, 1, MOST_ROWS);
        SortBy sortBy = Values.choice("sort", sort, SortBy.class);
        boolean ascending = Values.choice("order", order, Order.class) != Order.DESC;
        List<SupervisionItem> items = queries.list(filter, from, rows, sortBy == null ? SortBy.DUE : sortBy, ascending);
        return new Shapes.ItemPage(queries.count(filter), from, rows, shapes.rows(items));
    }

    /** The list's order. */
    enum Order { ASC, DESC }

    /** One item: its fields, milestones, history, and what the caller may do on it now and what not yet, and why. */
    @GET
    @Path("{id: [0-9]+}")
    public Shapes.ItemDetail detail(@PathParam("id") long id) {
        SupervisionItem item = queries.detail(id);
        return shapes.detail(item, queries.offer(item));
    }

    /**
     * A new draft (拟办), as the draft form takes it: 201 with the item and its address.
     * Body: {@code category, source, sourceReference, title, mainTasks, requirements, leadUnit (id), coUnits (ids),
     * leader (id), priority, due, reportingCycle, targets ([{description, measure}]), milestones ([{title, due}])}.
     */
    @POST
    public Response draft(String body) {
        JsonBody json = JsonBody.of(body);
        List<MilestonePlan> milestones = json.objects("milestones").stream()
                .map(milestone -> new MilestonePlan(milestone.text("title"), milestone.day("due"))).toList();
        long id = workflow.draft(new DraftInput(json.choice("category", Category.class), json.text("source"),
                json.text("sourceReference"), json.text("title"), json.text("mainTasks"), json.text("requirements"),
                json.objects("targets").stream().map(target -> new QuantifiedTarget(target.text("description"),
                        target.text("measure"))).toList(), json.id("leadUnit"), json.ids("coUnits"), json.id("leader"),
                json.choice("priority", Priority.class), json.day("due"),
                json.choice("reportingCycle", ReportingCycle.class), milestones), List.of());
        return Response.created(uri.getBaseUriBuilder().path("items").path(String.valueOf(id)).build())
                .entity(detail(id)).build();
    }

    /**
     * Takes an action of the seven steps on the item, as its form on the item page does; answers the item as it is
     * then. {@code action}: an {@link ItemAction} taken on an item, in either case ({@code approve},
     * {@code SUBMIT_COMPLETION}). Body: {@code version} (required: the item's version the caller saw; a change since
     * is refused 409), and as the action needs them {@code text}, {@code yes} (required by a decision), {@code yes}, {@code proposedDue}, {@code reworkKind},
     * {@code staff} (login), {@code milestone} (id), {@code units}, {@code leaders} (ids), {@code haltKind},
     * {@code retention}, {@code secrecy}, {@code urging} ({@code {method, urgedOn, people, notes, outcome}}).
     */
    @POST
    @Path("{id: [0-9]+}/actions/{action}")
    public Shapes.ItemDetail act(@PathParam("id") long id, @PathParam("action") String action, String body) {
        ItemAction taken = Values.choice("action", action, ItemAction.class);
        JsonBody json = JsonBody.of(body);
        Integer version = json.integer("version");
        if (version == null) { // the page sends the version it showed; so must a program, to learn of a change since
            throw DomainException.inField("version", "error.api.versionRequired");
        }
        actions.take(id, version, taken, new ActionInput(json.text("text"), json.yesOrNo("yes"),
                json.day("proposedDue"), json.choice("reworkKind", ReworkKind.class), json.text("staff"),
                json.id("milestone"), json.ids("units"), json.ids("leaders"),
                taken == ItemAction.URGE ? urging(json.object("urging")) : null,
                json.choice("haltKind", HaltKind.class), json.choice("retention", Retention.class),
                json.choice("secrecy", Secrecy.class), List.of()));
        return detail(id);
    }

    private UrgingRecord urging(JsonBody json) {
        LocalDate urgedOn = json.day("urgedOn");
        return new UrgingRecord(json.choice("method", UrgingMethod.class), urgedOn == null ? LocalDate.now(clock) : urgedOn,
                json.text("people"), json.text("notes"), json.text("outcome"));
    }

    static int paging(String name, String value, int unset, int least, int most) {
        Integer given = Values.integer(name, value);
        if (given == null) {
            return unset;
        }
        if (given < least || given > most) {
            throw DomainException.inField(name, "error.api.range", name, given, least, most);
        }
        return given;
    }
}
