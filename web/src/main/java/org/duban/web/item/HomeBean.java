package org.duban.web.item;

import org.duban.organization.Role;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.duban.item.ItemFilter;
import org.duban.item.ItemQueries;

import java.io.Serializable;

/** The home page: the list of items that concern the user, whatever their role. */
@Named
@ViewScoped
public class HomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ItemQueries queries;

    private ConcerningItems items;

    private Boolean administratorOnly;

    /** Someone who only administers has no items: their home page is the administration pages. */
    public boolean isAdministratorOnly() {
        if (administratorOnly == null) {
            jakarta.faces.context.ExternalContext external =
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            administratorOnly = external.isUserInRole(Role.ADMIN.name()) && java.util.Arrays.stream(Role.values())
                    .filter(role -> role != Role.ADMIN).noneMatch(role -> external.isUserInRole(role.name()));
        }
        return administratorOnly;
    }

    public ConcerningItems getItems() {
        if (items == null) {
            items = new ConcerningItems(queries, ItemFilter.mine());
        }
        return items;
    }
}
