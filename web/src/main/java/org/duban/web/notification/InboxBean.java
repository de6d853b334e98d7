package org.duban.web.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.notification.Notification;
import org.duban.notification.NoticeTexts;
import org.duban.notification.Notifications;
import org.duban.web.i18n.LanguageBean;
import org.duban.web.paging.PageOfRows;

import java.util.List;

/**
 * The person's inbox: notices newest first, a page addressed by the parameter {@code page}; the header's unread count;
 * opening a notice ({@code inbox.xhtml?open=<id>}) marks it read and shows its item. Plain rows and links: the page
 * keeps no state between requests.
 */
@Named("inbox")
@RequestScoped
public class InboxBean {

    private static final int PAGE_SIZE = 20;

    @EJB
    private Notifications notifications;

    @Inject
    private LanguageBean language;

    private Long unread;
    private List<Notification> rows;
    private PageOfRows paging;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public List<Notification> getRows() {
        if (rows == null) {
            rows = notifications.mine(getPaging().first(), PAGE_SIZE);
        }
        return rows;
    }

    public PageOfRows getPaging() {
        if (paging == null) {
            paging = new PageOfRows(PageOfRows.requested("page"), PAGE_SIZE, notifications.count());
        }
        return paging;
    }

    /** What the notice says: what to do, about which item, by when. */
    public String text(Notification notification) {
        return NoticeTexts.of(notification, language.getLocale());
    }

    /**
     * The page's view action: with {@code open} (a notice's id), marks that notice read and goes to its item (the
     * link a person follows, like opening a letter); anything else in {@code open} is ignored and the inbox shown.
     * A GET that changes something, knowingly: all it can change is whether one of the person's own notices shows
     * as unread (another's is refused), and a list of plain links costs the server far less than a form per row.
     */
    public String open() {
        String open = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("open");
        if (open == null || !open.matches("\\d{1,18}")) {
            return null;
        }
        return "/items/item?faces-redirect=true&id=" + notifications.markRead(Long.parseLong(open));
    }

    public void markAllRead() {
        notifications.markAllRead();
        unread = null;
        rows = null;
    }
}
