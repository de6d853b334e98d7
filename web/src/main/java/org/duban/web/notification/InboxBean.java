package org.duban.web.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.notification.Notification;
import org.duban.notification.NoticeTexts;
import org.duban.notification.Notifications;
import org.duban.web.i18n.LanguageBean;

import java.util.List;

/** The user's inbox: notices newest first, the unread count for the header, marking read. */
@Named("inbox")
@RequestScoped
public class InboxBean {

    private static final int SHOWN = 100;

    @EJB
    private Notifications notifications;

    @Inject
    private LanguageBean language;

    private Long unread;
    private List<Notification> latest;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public List<Notification> getLatest() {
        if (latest == null) {
            latest = notifications.mine(0, SHOWN);
        }
        return latest;
    }

    /** What the notice says: what to do, about which item, by when. */
    public String text(Notification notification) {
        return NoticeTexts.of(notification, language.getLocale());
    }

    /** Marks the notice read and opens its item. */
    public String open(long notificationId, long itemId) {
        notifications.markRead(notificationId);
        return "/items/item?faces-redirect=true&id=" + itemId;
    }

    public void markAllRead() {
        notifications.markAllRead();
        unread = null;
        latest = null;
    }
}
