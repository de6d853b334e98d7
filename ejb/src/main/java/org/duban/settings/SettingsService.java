package org.duban.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.organization.Role;
import org.duban.shared.ConcurrentChangeException;

/** Reads the settings (everyone) and changes them (the administrator). */
@Stateless
public class SettingsService {

    @PersistenceContext
    private EntityManager em;

    @PermitAll
    public Settings current() {
        Settings settings = em.find(Settings.class, Settings.ID);
        return settings != null ? settings : new Settings();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void change(int version, int warningDays, int ackReminderDays, int overdueRepeatDays, int escalationUrges,
                       int escalationDays, int scanHour, boolean mailEnabled, boolean leadersDecideExtensions) {
        Settings settings = em.find(Settings.class, Settings.ID);
        if (settings.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        settings.change(warningDays, ackReminderDays, overdueRepeatDays, escalationUrges, escalationDays, scanHour,
                mailEnabled, leadersDecideExtensions);
    }
}
