package org.duban.web.assessment;

import org.duban.web.security.Refusals;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.assessment.Notice;
import org.duban.assessment.NoticeBoard;
import org.duban.web.i18n.Messages;

import java.util.List;

/** The 通报 published, newest first, each with its PDF. */
@Named
@RequestScoped
public class NoticesBean {

    @EJB
    private NoticeBoard board;
    @Inject
    private Messages messages;
    @Inject
    private Refusals refusals;

    private List<Notice> notices;

    public List<Notice> getNotices() {
        if (notices == null) {
            try {
                notices = board.list();
            } catch (EJBAccessException e) {
                refusals.refused(e);
                notices = List.of();
            }
        }
        return notices;
    }
}
