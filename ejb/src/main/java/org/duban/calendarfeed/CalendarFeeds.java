package org.duban.calendarfeed;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.deadline.DeadlineRules;
import org.duban.item.ItemFilter;
import org.duban.item.ItemQueries;
import org.duban.item.ItemState;
import org.duban.item.Milestone;
import org.duban.item.Rulebooks;
import org.duban.item.SupervisionItem;
import org.duban.organization.Account;
import org.duban.organization.Caller;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.shared.SecretToken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's calendar feed (日历订阅): the secret address, and the days it shows — the deadlines of the items that
 * concern the person (their home list: {@link ItemQueries#list} with {@link ItemFilter#mine()}, under the same access
 * rules), those items' open milestones, and the days the person's unit owes a progress report (as 待办 counts them).
 */
@Stateless
@PermitAll
public class CalendarFeeds {

    /** The feed holds the items due from this many days ago on: a calendar keeps what it once showed. */
    static final int DAYS_BACK = 90;
    /** At most this many items (an office's feed would be every open item). */
    static final int MOST_ITEMS = 2_000;
    private static final int PAGE = 500;

    /** What a day in the feed is. */
    public enum Kind {
        DUE, MILESTONE, PROGRESS_REPORT
    }

    /**
     * One day of the feed.
     *
     * @param milestone the milestone of a {@link Kind#MILESTONE} day, otherwise {@code null}
     */
    public record FeedDay(Kind kind, LocalDate day, SupervisionItem item, Milestone milestone) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private ItemQueries items;

    @EJB
    private Rulebooks rulebooks;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * A new secret address for the caller, in place of the old one (which stops answering at once).
     *
     * @return the address's token, 43 characters of URL-safe Base64 (256 random bits); only its SHA-256 is kept, so
     * this is the only time it can be shown
     */
    public String renew() {
        Account account = callers.current().account();
        String token = SecretToken.next();
        LocalDate today = LocalDate.now(clock);
        CalendarFeed feed = em.find(CalendarFeed.class, account.getId());
        if (feed == null) {
            em.persist(new CalendarFeed(account.getId(), SecretToken.fingerprint(token), today));
        } else {
            feed.renew(SecretToken.fingerprint(token), today);
        }
        audit.record(AuditKind.CALENDAR_FEED_RENEWED, "account " + account.getUsername(), null);
        return token;
    }

    /** The day the caller's address was made; empty when they have none. */
    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(em.find(CalendarFeed.class, callers.current().account().getId()))
                .map(CalendarFeed::getIssuedOn);
    }

    /** The login of the active account whose address has this token; empty for any other token. */
    public Optional<String> holderOf(String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select a.username from CalendarFeed f, Account a where f.tokenSha256 = :fingerprint"
                        + " and a.id = f.accountId and a.active = :active", String.class)
                .setParameter("fingerprint", SecretToken.fingerprint(token)).setParameter("active", Boolean.TRUE).getResultStream().findFirst();
    }

    /**
     * The caller's days: each item's deadline, its open milestones, and the progress reports the caller's unit owes
     * (by the day the rules give, a rest day moved to the next working day), ordered by day. The items due from today
     * on come first (at most {@link #MOST_ITEMS}), then those due in the last {@link #DAYS_BACK} days while the cap
     * allows. Statements: per 500 items one page of items and one of their milestones.
     */
    public List<FeedDay> days() {
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(clock);
        DeadlineRules rules = rulebooks.day().rules();
        List<FeedDay> days = new ArrayList<>();
        int taken = add(days, new ItemFilter(true, null, null, null, null, today, null, null, null), MOST_ITEMS,
                caller, rules);
        add(days, new ItemFilter(true, null, null, null, null, today.minusDays(DAYS_BACK), today.minusDays(1), null,
                null), MOST_ITEMS - taken, caller, rules);
        days.sort(Comparator.comparing(FeedDay::day).thenComparing(d -> d.item().getId()));
        return days;
    }

    /** The days of at most {@code most} items of the filter, nearest deadline first; how many items it took. */
    private int add(List<FeedDay> days, ItemFilter filter, int most, Caller caller, DeadlineRules rules) {
        int taken = 0;
        while (taken < most) {
            List<SupervisionItem> page = items.list(filter, taken, Math.min(PAGE, most - taken), ItemQueries.SortBy.DUE,
                    true);
            if (page.isEmpty()) {
                break;
            }
            for (SupervisionItem item : page) {
                days.add(new FeedDay(Kind.DUE, item.getDeadline().getDue(), item, null));
                if (owesReport(caller, item)) {
                    days.add(new FeedDay(Kind.PROGRESS_REPORT, rules.actBy(item.getNextReportOn()), item, null));
                }
            }
            em.createQuery("select m from Milestone m where m.item.id in :items and m.completedOn is null",
                            Milestone.class).setParameter("items", page.stream().map(SupervisionItem::getId).toList())
                    .getResultList().forEach(m -> days.add(new FeedDay(Kind.MILESTONE, m.getDue(), m.getItem(), m)));
            taken += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        return taken;
    }

    /** Rulebook.progressReportDue, as 待办 asks it: the lead unit's head, or the person handling the item. */
    private static boolean owesReport(Caller caller, SupervisionItem item) {
        Account me = caller.account();
        return item.getState() == ItemState.IN_PROGRESS && item.getNextReportOn() != null
                && item.getLeadUnit() != null && me.getUnit() != null && item.getLeadUnit().getId().equals(me.getUnit().getId())
                && (item.getHandler() == null ? caller.holds(Role.UNIT_HEAD) : item.getHandler().getId().equals(me.getId()));
    }

}
