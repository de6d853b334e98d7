package org.duban.web.item;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.item.ItemAction;
import org.duban.item.ItemQueries;
import org.duban.item.SupervisionItem;
import org.duban.shared.DomainException;
import org.duban.web.i18n.Messages;

import java.util.List;

/** One item with its fields, files and history, if the user may see it. */
@Named
@RequestScoped
public class ItemBean {

    @EJB
    private ItemQueries queries;

    @Inject
    private Messages messages;

    private Long id;
    private SupervisionItem item;
    private List<ItemAction> actions = List.of();

    public void load() {
        if (id == null) {
            messages.error(null, "error.item.notFound");
            return;
        }
        try {
            item = queries.detail(id);
            actions = queries.actionsFor(item);
        } catch (DomainException e) {
            messages.refused(e);
        } catch (EJBAccessException e) {
            messages.error(null, "error.access.item");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SupervisionItem getItem() {
        return item;
    }

    public List<ItemAction> getActions() {
        return actions;
    }
}
