package org.duban.web.assessment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.duban.assessment.Notice;
import org.duban.assessment.NoticeBoard;

import java.util.List;

/** The 通报 published, newest first, each with its PDF. */
@Named
@RequestScoped
public class NoticesBean {

    @EJB
    private NoticeBoard board;

    private List<Notice> notices = List.of();

    /** The page's view action, on every request (a language switch re-renders the page): reads the list. */
    public void load() {
        notices = board.list();
    }

    public List<Notice> getNotices() {
        return notices;
    }
}
