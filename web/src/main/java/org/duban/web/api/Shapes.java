package org.duban.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.duban.history.ItemEvent;
import org.duban.item.ItemQueries.Offer;
import org.duban.item.SupervisionItem;
import org.duban.item.Light;
import org.duban.organization.Account;
import org.duban.organization.People;
import org.duban.organization.Unit;
import org.duban.web.i18n.Messages;
import org.duban.web.item.Lights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API's JSON shapes, and their making from what the services read: people as 姓名（单位） (everyone an answer names
 * read in one statement), names of states and actions in the caller's language, codes as the enums spell them.
 */
@RequestScoped
public class Shapes {

    /** An item as a list shows it. {@code page}: the item's screen, from the server's root. */
    public record ItemRow(long id, String number, String title, String category, String state, String stateName,
                          String light, LocalDate due, String leadUnit, String leader, int version, String page) {
    }

    public record ItemPage(long total, int first, int size, List<ItemRow> items) {
    }

    public record MilestoneRow(long id, String title, LocalDate due, LocalDate completedOn) {
    }

    /**
     * One event of the history, in the order things happened; times ISO 8601 with the offset of the college's time
     * zone (2026-12-01T00:00+08:00: the day an urging is entered for stays that day).
     */
    public record Event(int sequence, String action, String actionName, String actor, String role,
                        OffsetDateTime occurredAt, OffsetDateTime recordedAt, String opinion, String detail) {
    }

    /** An action the caller could take in this state but not now, and why. */
    public record Withheld(String action, String key, String reason) {
    }

    /** One item with its history and what the caller may do on it now ({@code actions}, as the item page offers). */
    public record ItemDetail(ItemRow item, String source, String sourceReference, String mainTasks,
                             String requirements, String priority, List<String> coUnits, String handler,
                             LocalDate nextReportOn, List<MilestoneRow> milestones, List<Event> history,
                             List<String> actions, List<Withheld> withheld) {
    }

    @EJB
    private People people;

    @Inject
    private Lights lights;

    @Inject
    private HttpServletRequest request;

    @Inject
    private java.time.Clock clock;

    private final Map<String, String> names = new HashMap<>();

    Locale locale() {
        return ApiLanguage.of(request);
    }

    String text(String key, Object... arguments) {
        return Messages.text(locale(), key, arguments);
    }

    /** Reads the persons of these logins at once, for {@link #person}. */
    void know(Collection<String> usernames) {
        List<String> unknown = usernames.stream().filter(u -> u != null && !names.containsKey(u)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, People.Person> found = people.named(unknown);
        unknown.forEach(username -> names.put(username, found.containsKey(username)
                ? text("person.named", found.get(username).fullName(), found.get(username).unitName()) : username));
    }

    /** 姓名（单位）; {@code null} for nobody. */
    String person(String username) {
        if (username == null) {
            return null;
        }
        know(List.of(username));
        return names.get(username);
    }

    private OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toOffsetDateTime();
    }

    private static String login(Account account) {
        return account == null ? null : account.getUsername();
    }

    /** The rows of a list, everybody they name read at once. */
    List<ItemRow> rows(List<SupervisionItem> items) {
        know(items.stream().map(item -> login(item.getLeaderInCharge())).toList());
        List<ItemRow> rows = new ArrayList<>();
        items.forEach(item -> rows.add(row(item)));
        return rows;
    }

    ItemRow row(SupervisionItem item) {
        Light light = item.getDeadline() == null ? null : lights.of(item);
        return new ItemRow(item.getId(), item.getNumber() == null ? null : item.getNumber().toString(), item.getTitle(),
                item.getCategory() == null ? null : item.getCategory().name(), item.getState().name(),
                text("ItemState." + item.getState().name()), light == null ? null : light.name(),
                item.getDeadline() == null ? null : item.getDeadline().getDue(),
                item.getLeadUnit() == null ? null : item.getLeadUnit().getName(),
                person(login(item.getLeaderInCharge())), item.getVersion(),
                request.getContextPath() + "/items/item.xhtml?id=" + item.getId());
    }

    ItemDetail detail(SupervisionItem item, Offer offer) {
        List<String> named = new ArrayList<>();
        item.getEvents().forEach(event -> named.add(event.getActor().getUsername()));
        named.add(login(item.getLeaderInCharge()));
        named.add(login(item.getHandler()));
        know(named);
        List<Event> history = item.getEvents().stream()
                .sorted(Comparator.comparing(ItemEvent::getOccurredAt).thenComparing(ItemEvent::getSequence))
                .map(event -> new Event(event.getSequence(), event.getAction().name(),
                        text("ItemAction." + event.getAction().name()), person(event.getActor().getUsername()),
                        event.getActor().getRole() == null ? null : event.getActor().getRole().name(),
                        local(event.getOccurredAt()), local(event.getRecordedAt()), event.getOpinion(),
                        event.getDetail()))
                .toList();
        List<Withheld> withheld = offer.withheld().entrySet().stream()
                .map(entry -> new Withheld(entry.getKey().name(), entry.getValue().messageKey(),
                        text(entry.getValue().messageKey(), entry.getValue().arguments().toArray()))).toList();
        return new ItemDetail(row(item), item.getSource(), item.getSourceReference(), item.getMainTasks(),
                item.getRequirements(), item.getPriority() == null ? null : item.getPriority().name(),
                item.getCoUnits().stream().map(Unit::getName).sorted().toList(), person(login(item.getHandler())),
                item.getNextReportOn(), item.getMilestones().stream()
                .map(m -> new MilestoneRow(m.getId(), m.getTitle(), m.getDue(), m.getCompletedOn())).toList(),
                history, offer.actions().stream().map(Enum::name).toList(), withheld);
    }
}
