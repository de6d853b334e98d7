package org.duban.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.organization.Accounts;
import org.duban.web.i18n.Messages;

import java.io.IOException;

/** Changing one's own password; after a reset, the only page open until it is done. */
@Named
@RequestScoped
public class PasswordBean {

    @EJB
    private Accounts accounts;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String current;
    private String chosen;
    private String repeated;

    public void change() throws IOException {
        accounts.changeOwnPassword(current, chosen, repeated);
        ExternalContext external = faces.getExternalContext();
        boolean wasForced = external.getSessionMap().remove(PasswordChangeGate.MUST_CHANGE) != null;
        messages.info("page.password.changed");
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + (wasForced ? "/home.xhtml" : "/password.xhtml"));
    }

    public boolean isMustChange() {
        return faces.getExternalContext().getSessionMap().containsKey(PasswordChangeGate.MUST_CHANGE);
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
