package org.duban.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.calendar.Calendars;
import org.duban.deadline.DeadlineRules;
import org.duban.history.Act;
import org.duban.history.ItemEvent;
import org.duban.item.ItemAction;
import org.duban.item.SupervisionItem;
import org.duban.notification.HandOff.Audience;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.organization.Unit;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the people whose turn it now is ({@link HandOff}), in the transaction of the action: a notice exists exactly
 * when the action does. Each recipient once per event (the notice's unique key, as the deadline watch's: item, kind,
 * day, recipient, and the event), never the person who acted, active accounts only.
 */
@Stateless
@PermitAll
public class HandOffNotices {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SettingsService settings;

    @EJB
    private Calendars calendars;

    @Inject
    private Clock clock;

    /** After the action's verb ran on the item: the notices of its hand-off, if it makes one. */
    public void tell(SupervisionItem item, ItemAction action, Act act) {
        HandOff.after(action).ifPresent(handOff -> {
            List<ItemEvent> events = item.getEvents();
            ItemEvent event = events.get(events.size() - 1);
            NotificationKind kind = handOff.kind(event);
            LocalDate day = act.today();
            LocalDate actBy = actBy(kind, item, day);
            for (Account recipient : recipients(handOff, item)) {
                if (!recipient.getUsername().equals(act.actor().getUsername()) && !exists(event, kind, recipient)) {
                    em.persist(Notification.ofHandOff(recipient, item, kind, day, actBy, event.getSequence(),
                            event.getOpinion(), clock.instant()));
                }
            }
        });
    }

    /** A receipt by the reminder day; a granted extension by the new deadline; otherwise no day is set. */
    private LocalDate actBy(NotificationKind kind, SupervisionItem item, LocalDate day) {
        return switch (kind) {
            case ASSIGNED -> new DeadlineRules(calendars.current(), settings.current(), day).acknowledgementDue(day);
            case EXTENSION_GRANTED -> item.getDeadline().getDue();
            default -> null;
        };
    }

    private Set<Account> recipients(HandOff handOff, SupervisionItem item) {
        Set<Account> recipients = new LinkedHashSet<>();
        for (Audience audience : handOff.audiences()) {
            switch (audience) {
                case LEAD_AND_CO_UNIT_HEADS -> {
                    List<Unit> units = new ArrayList<>(item.getCoUnits());
                    units.add(0, item.getLeadUnit());
                    recipients.addAll(heads(units));
                }
                case LEAD_UNIT -> {
                    // a unit hears of an item once it was assigned to it (before, it may not even see it)
                    if (item.getAssignmentNotice() != null) {
                        recipients.addAll(heads(List.of(item.getLeadUnit())));
                        addActive(recipients, item.getHandler());
                    }
                }
                case HANDLER -> addActive(recipients, item.getHandler());
                case CONSULTED -> {
                    recipients.addAll(heads(List.copyOf(item.getConsultation().getUnits())));
                    item.getConsultation().getLeaders().forEach(leader -> addActive(recipients, leader));
                }
                case LEADER_IN_CHARGE -> recipients.addAll(leadersInCharge(item));
                case DRAFTER -> em.createNamedQuery(Account.ACTIVE_BY_USERNAME, Account.class)
                        .setParameter("username", item.getCreatedBy()).setParameter("active", Boolean.TRUE)
                        .getResultStream().forEach(recipients::add);
                case OFFICE -> recipients.addAll(holding(Role.OFFICE_STAFF));
                case EXTENSION_DECIDERS -> {
                    recipients.addAll(holding(Role.OFFICE_DIRECTOR));
                    Settings current = settings.current();
                    if (current.isLeadersDecideExtensions()) {
                        recipients.addAll(leadersInCharge(item));
                    }
                }
            }
        }
        return recipients;
    }

    private List<Account> leadersInCharge(SupervisionItem item) {
        Account leader = item.getLeaderInCharge();
        return leader != null && leader.isActive() ? List.of(leader) : holding(Role.LEADER);
    }

    private List<Account> heads(List<Unit> units) {
        return units.isEmpty() ? List.of() : em.createQuery("select a from Account a join a.roles r where r = :head"
                        + " and a.unit in :units and a.active = true order by a.id", Account.class)
                .setParameter("head", Role.UNIT_HEAD).setParameter("units", units).getResultList();
    }

    private List<Account> holding(Role role) {
        return em.createQuery("select a from Account a join a.roles r where r = :role and a.active = true"
                + " order by a.id", Account.class).setParameter("role", role).getResultList();
    }

    private static void addActive(Set<Account> recipients, Account account) {
        if (account != null && account.isActive()) {
            recipients.add(account);
        }
    }

    /** Told already of this event: the action's transaction is the only writer of its notices, so only a retry would. */
    private boolean exists(ItemEvent event, NotificationKind kind, Account recipient) {
        return em.createQuery("select count(n) from Notification n where n.item = :item and n.kind = :kind"
                        + " and n.eventSequence = :seq and n.recipient = :recipient", Long.class)
                .setParameter("item", event.getItem()).setParameter("kind", kind).setParameter("seq", event.getSequence())
                .setParameter("recipient", recipient).getSingleResult() > 0;
    }
}
