package org.duban.assessment;

import org.duban.audit.RecordsRefusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.archive.ArchiveSettingsService;
import org.duban.calendar.Calendars;
import org.duban.documents.Rendered;
import org.duban.documents.DocumentKind;
import org.duban.documents.Documents;
import org.duban.documents.NoticeDocument;
import org.duban.history.Act;
import org.duban.item.Rulebook;
import org.duban.item.Rulebooks;
import org.duban.item.ItemAction;
import org.duban.item.SupervisionItem;
import org.duban.notification.Notification;
import org.duban.notification.NotificationKind;
import org.duban.organization.Account;
import org.duban.organization.Caller;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.organization.Unit;
import org.duban.shared.DomainException;
import org.duban.support.Counters;
import org.duban.support.Counters.Counter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.ResourceBundle;
import java.util.List;
import java.util.Set;

import static org.duban.organization.Role.Names.LEADER;
import static org.duban.organization.Role.Names.OFFICE_DIRECTOR;
import static org.duban.organization.Role.Names.OFFICE_STAFF;

/**
 * 通报 of several overdue items, or of a period's results: the director publishes the text drafted and edited on
 * the page; it gets the year's next number, each item cited keeps it in its history, and the heads of the units
 * concerned find it in their inbox.
 */
@Stateless
@RecordsRefusals
@RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR, LEADER})
public class NoticeBoard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Callers callers;

    @EJB
    private Calendars calendars;

    @EJB
    private ArchiveSettingsService settings;

    @EJB
    private Counters counters;

    @EJB
    private Rulebooks rulebooks;

    @EJB
    private Assessments assessments;

    /** Publishes a 通报 of items (each overdue or escalated) or of a period's results (every unit scored in it). */
    @RolesAllowed(OFFICE_DIRECTOR)
    public long publish(String title, String text, List<Long> itemIds, Long periodId) {
        Caller caller = callers.current();
        Act act = caller.act(ItemAction.ISSUE_NOTICE, clock);
        List<SupervisionItem> items = new ArrayList<>();
        Set<Unit> units = new LinkedHashSet<>();
        Rulebook rulebook = rulebooks.today();
        for (Long id : itemIds == null ? List.<Long>of() : itemIds) {
            SupervisionItem item = em.find(SupervisionItem.class, id);
            if (item == null) {
                throw new DomainException("error.item.notFound");
            }
            rulebook.citationRefusal(item).ifPresent(refusal -> {
                throw refusal.toException();
            });
            items.add(item);
            units.add(item.getLeadUnit());
        }
        AssessmentPeriod period = null;
        if (periodId != null) {
            period = em.find(AssessmentPeriod.class, periodId);
            if (period == null) {
                throw new DomainException("error.assessment.notFound");
            }
            assessments.scores(periodId).forEach(score -> units.add(score.unit()));
        }
        Notice notice = issue(title, text, items, new ArrayList<>(units), period, caller, act);
        tellTheHeads(items, act.today());
        em.flush();
        return notice.getId();
    }

    /**
     * A 通报 of one item, published from its page by the director with the text written there (第六条（四）:
     * work overdue and still unreported after urging is criticised by notice), in the item's step: numbered and kept as issued like a 通报 of
     * several items, and the lead unit's heads told in their inbox.
     *
     * @throws DomainException {@code error.notice.textRequired} for a blank text
     */
    @RolesAllowed(OFFICE_DIRECTOR)
    public void publishOn(SupervisionItem item, String text, Act act) {
        String title = issuedText("doc.notice.ofOneItem").formatted(item.getTitle());
        issue(shortened(title, 200), text, List.of(item), List.of(item.getLeadUnit()), null, callers.current(), act);
        tellTheHeads(List.of(item), act.today());
    }

    /** A text of the documents' bundle, in the language documents are issued in. */
    private static String issuedText(String key) {
        return ResourceBundle.getBundle(Documents.BUNDLE, Documents.ISSUED_LANGUAGE).getString(key);
    }

    /** At most {@code length} UTF-16 units, as the notice keeps them, never half a character of plane 2. */
    private static String shortened(String title, int length) {
        if (title.length() <= length) {
            return title;
        }
        int end = length - 1;
        return title.substring(0, Character.isHighSurrogate(title.charAt(end - 1)) ? end - 1 : end) + "…";
    }

    /**
     * Numbers the 通报 (the year's next), cites it in each item's history and keeps it as issued: its PDF on the
     * notice, a copy with each item's citing event.
     */
    private Notice issue(String title, String text, List<SupervisionItem> items, List<Unit> units,
                         AssessmentPeriod period, Caller caller, Act act) {
        int year = act.today().getYear();
        Notice notice = new Notice(year, counters.next(Counter.NOTICE_NUMBER, year), title, text, items, units, period,
                caller.account().getUsername(), act.at());
        items.forEach(item -> item.citeInNotice(notice.getNumber(), act));
        byte[] pdf = NoticeDocument.draw(issuer(), notice, act.today());
        notice.keep(pdf);
        String name = issuedText("doc." + DocumentKind.CRITICISM_NOTICE + ".title");
        items.forEach(item -> item.issue(DocumentKind.CRITICISM_NOTICE, DocumentKind.CRITICISM_NOTICE.fileName(item,
                notice.getNumber() + " " + name, item.issued(DocumentKind.CRITICISM_NOTICE).size() + 1), pdf));
        em.persist(notice);
        return notice;
    }

    /** The heads of each cited item's lead unit: once per item and day. */
    private void tellTheHeads(List<SupervisionItem> items, LocalDate today) {
        LocalDate reportBy = calendars.current().plusWorkingDays(today, 5);
        for (SupervisionItem item : items) {
            List<Account> heads = em.createQuery("select a from Account a join a.roles r where r = :head"
                            + " and a.unit = :unit and a.active = true", Account.class)
                    .setParameter("head", Role.UNIT_HEAD).setParameter("unit", item.getLeadUnit()).getResultList();
            for (Account head : heads) {
                long exists = em.createQuery("select count(n) from Notification n where n.item = :item and n.kind = :kind"
                                + " and n.keyDay = :day and n.recipient = :head", Long.class)
                        .setParameter("item", item).setParameter("kind", NotificationKind.NOTICE_ISSUED)
                        .setParameter("day", today).setParameter("head", head).getSingleResult();
                if (exists == 0) {
                    em.persist(new Notification(head, item, NotificationKind.NOTICE_ISSUED, today, reportBy, clock.instant()));
                }
            }
        }
    }

    public List<Notice> list() {
        List<Notice> notices = em.createQuery("select n from Notice n order by n.issuedAt desc, n.id desc", Notice.class)
                .setMaxResults(200).getResultList();
        notices.forEach(n -> {
            n.getUnits().size();
            n.getItems().size();
        });
        return notices;
    }

    public Notice notice(long noticeId) {
        Notice notice = em.find(Notice.class, noticeId);
        if (notice == null) {
            throw new DomainException("error.notice.notFound");
        }
        notice.getItems().size();
        notice.getUnits().size();
        return notice;
    }

    /** The 通报 as a PDF: as published; a notice published before notices were kept is drawn now. */
    public Rendered pdf(long noticeId) {
        Notice notice = notice(noticeId);
        byte[] kept = notice.getDocument();
        return new Rendered(notice.getNumber() + ".pdf",
                kept != null ? kept : NoticeDocument.draw(issuer(), notice, notice.getIssuedAt().atZone(clock.getZone()).toLocalDate()));
    }

    /** The 通报 as an editable Word copy (.docx), for the office to edit and stamp; the kept PDF stays the record. */
    public Rendered word(long noticeId) {
        Notice notice = notice(noticeId);
        return new Rendered(notice.getNumber() + ".docx", NoticeDocument.drawWord(issuer(), notice,
                notice.getIssuedAt().atZone(clock.getZone()).toLocalDate()));
    }

    /** The office that issues notices, by its full name: 示范学院党政办公室. */
    private String issuer() {
        return settings.current().getCollegeName() + settings.current().getResponsible();
    }
}
