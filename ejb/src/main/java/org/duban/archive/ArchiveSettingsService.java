package org.duban.archive;

import jakarta.ejb.EJB;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.item.Category;
import org.duban.organization.Role;
import org.duban.shared.ConcurrentChangeException;

import java.util.Map;

/** Reads the archive's settings (everyone: documents carry the college's name) and changes them (the administrator). */
@Stateless
public class ArchiveSettingsService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @PermitAll
    public ArchiveSettings current() {
        ArchiveSettings settings = em.find(ArchiveSettings.class, ArchiveSettings.ID);
        return settings != null ? settings : new ArchiveSettings();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void change(int version, String collegeName, String fonds, String categoryCode, String officeCode,
                       String responsible, Map<Category, Retention> defaults) {
        ArchiveSettings settings = em.find(ArchiveSettings.class, ArchiveSettings.ID);
        if (settings.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        settings.change(collegeName, fonds, categoryCode, officeCode, responsible, defaults);
        audit.record(AuditKind.ADMINISTRATION, "archive settings", collegeName + " fonds " + fonds + " category "
                + categoryCode + " office " + officeCode + " responsible " + responsible + " retention " + defaults);
    }
}
