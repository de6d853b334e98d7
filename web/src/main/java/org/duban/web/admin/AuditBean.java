package org.duban.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.duban.audit.AuditEvent;
import org.duban.audit.AuditFilter;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.web.files.Exports;
import org.duban.web.i18n.DateFormats;
import org.duban.web.i18n.Messages;
import org.duban.web.paging.PagedRows;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The read-only audit view: newest first, by kind, person and UTC day range, paged in the database. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An export holds at most this many entries, newest first; narrow the conditions for more. */
    static final int EXPORT_LIMIT = 20_000;

    @Inject
    private AuditLog log;
    @Inject
    private Exports exports;
    @Inject
    private Messages messages;
    @Inject
    private DateFormats dates;

    private AuditKind kind;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private Trail events;

    @PostConstruct
    void start() {
        events = new Trail(log);
    }

    public void find() {
        events.filter = new AuditFilter(kind, actor,
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * The entries found, as Excel or PDF for an inspection, recorded with its conditions once the file is made.
     * More than {@value #EXPORT_LIMIT} entries are refused: an export is the whole of what it says it is.
     */
    public void export(String format) {
        find();
        long found = log.count(events.filter);
        if (found > EXPORT_LIMIT) {
            messages.error(null, "error.audit.tooMany", found, EXPORT_LIMIT);
            return;
        }
        List<String> header = List.of(messages.text("audit.time"), messages.text("audit.kind"),
                messages.text("audit.actor"), messages.text("audit.subject"), messages.text("audit.detail"),
                messages.text("audit.address"));
        List<List<String>> rows = log.page(events.filter, 0, EXPORT_LIMIT).stream().map(e -> List.of(
                dates.utc(e.getOccurredAt()), messages.text("AuditKind." + e.getKind()), text(e.getActor()),
                text(e.getSubject()), text(e.getDetail()), text(e.getAddress()))).toList();
        String conditions = (kind == null ? "" : messages.text("AuditKind." + kind) + " ")
                + (actor == null || actor.isBlank() ? "" : actor.strip() + " ")
                + (from == null ? "" : from.toString()) + " – " + (to == null ? "" : to.toString()) + " (UTC)";
        Exports.Format chosen = Exports.Format.valueOf(format);
        byte[] file = exports.build(chosen, messages.text("page.audit.title"), conditions, header, rows);
        log.record(AuditKind.ADMINISTRATION, "audit trail", "exported " + rows.size() + " entries as " + format
                + ": kind=" + kind + " actor=" + text(actor) + " from=" + from + " to=" + to);
        exports.send(chosen, "audit", file);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public Trail getEvents() {
        return events;
    }

    public AuditKind getKind() { return kind; }
    public void setKind(AuditKind kind) { this.kind = kind; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }

    /** The entries one page at a time. */
    public static class Trail extends PagedRows<AuditEvent> {

        private static final long serialVersionUID = 1L;

        private final AuditLog log;
        private AuditFilter filter = AuditFilter.everything();

        Trail(AuditLog log) {
            this.log = log;
        }

        @Override
        protected long countAll() {
            return log.count(filter);
        }

        @Override
        protected List<AuditEvent> fetch(int first, int pageSize, String sortField, boolean ascending) {
            return log.page(filter, first, pageSize);
        }

        @Override
        protected Object idOf(AuditEvent event) {
            return event.getId();
        }
    }
}
