package org.duban.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.duban.audit.AuditEvent;
import org.duban.audit.AuditFilter;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.web.paging.PagedRows;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The read-only audit view: newest first, by kind, person and UTC day range, paged in the database. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient AuditLog log;

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

        private final transient AuditLog log;
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
