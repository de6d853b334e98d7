package org.duban.web.item;

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

    public ConcerningItems getItems() {
        if (items == null) {
            items = new ConcerningItems(queries, ItemFilter.mine());
        }
        return items;
    }
}
