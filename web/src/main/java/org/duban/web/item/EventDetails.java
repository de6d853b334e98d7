package org.duban.web.item;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.history.ItemEvent;
import org.duban.item.SupervisionItem;
import org.duban.organization.Account;
import org.duban.organization.Accounts;
import org.duban.organization.Unit;
import org.duban.web.i18n.Messages;

/**
 * An event's detail in the reader's language. The history keeps what it stored (hash-chained, never rewritten):
 * enum names, codes, logins, dates, a number of days; this only says them in words.
 */
@Named
@RequestScoped
public class EventDetails {

    private static final String REFUSED = "REFUSED";

    @Inject
    private Messages messages;

    @EJB
    private Accounts accounts;

    public String text(ItemEvent event) {
        String detail = event.getDetail();
        if (detail == null || detail.isBlank() || event.getAction() == null) {
            return detail;
        }
        return switch (event.getAction()) {
            case URGE -> messages.text("UrgingMethod." + detail);
            case ACKNOWLEDGE -> unitNamed(event, detail);
            case HAND_OVER -> accounts.findByUsername(detail).map(Account::getFullName).orElse(detail);
            case RETURN_FOR_REWORK -> messages.text("ReworkKind." + detail);
            case REQUEST_HALT -> messages.text("HaltKind." + detail);
            case DECIDE_HALT -> REFUSED.equals(detail) ? messages.text("extension.REFUSED")
                    : messages.text("HaltKind." + detail);
            case DECIDE_EXTENSION -> REFUSED.equals(detail) ? messages.text("extension.REFUSED") : detail;
            case RESUME -> messages.text("event.detail.resumedTo", messages.text("ItemState." + detail));
            case ESCALATE -> detail.matches("\\d+") ? messages.text("event.detail.overdueDays", Integer.parseInt(detail))
                    : detail;
            default -> detail;
        };
    }

    /** The acknowledging unit is the lead unit or a co-unit; the event keeps its code. */
    private static String unitNamed(ItemEvent event, String code) {
        SupervisionItem item = event.getItem();
        return java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(item.getLeadUnit()),
                        item.getCoUnits().stream())
                .filter(unit -> code.equals(unit.getCode())).map(Unit::getName).findFirst().orElse(code);
    }
}
