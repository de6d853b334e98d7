package org.duban.web.calendar;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.duban.calendarfeed.CalendarEntry;
import org.duban.calendarfeed.CalendarFeeds;
import org.duban.calendarfeed.CalendarFeeds.FeedDay;
import org.duban.calendarfeed.ICalendarText;
import org.duban.item.SupervisionItem;
import org.duban.notification.NoticeTexts;
import org.duban.organization.Account;
import org.duban.web.i18n.Messages;
import org.duban.web.security.SessionAuthenticationMechanism;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A person's calendar feed, {@code /calendar/TOKEN.ics}: the sign-in mechanism has signed the token's holder in for
 * this request (an unknown token never gets here: 404), and the feed shows that person's days
 * ({@link CalendarFeeds#days}) in their language, each linking to its item's page.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PATH = "/calendar";

    @EJB
    private CalendarFeeds feeds;

    @Inject
    private Clock clock;

    /** Whether the request is for a calendar feed. */
    public static boolean isFeed(HttpServletRequest request) {
        return PATH.equals(request.getServletPath());
    }

    /** The token in the feed's address ({@code /calendar/TOKEN.ics}), or {@code null}. */
    public static String tokenOf(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || !path.endsWith(".ics") ? null : path.substring(1, path.length() - ".ics".length());
    }

    /** The feed's address for {@code token}, as calendar programs subscribe to it. */
    public static String address(HttpServletRequest request, String token) {
        return org.duban.web.security.RequestOrigin.application(request) + PATH + "/" + token + ".ics";
    }

    /** The application's address as the request reached it ({@code http://host:port/duban}). */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account holder = SessionAuthenticationMechanism.accountOf(request).orElse(null);
        if (holder == null) { // the mechanism lets no other request through to here
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, NoticeTexts.localeOf(holder.getLanguage()));
        String itemPage = org.duban.web.security.RequestOrigin.application(request) + "/items/item.xhtml?id=";
        List<CalendarEntry> entries = feeds.days().stream().map(day -> entry(day, texts, itemPage)).toList();
        String name = MessageFormat.format(texts.getString("page.feed.name"), holder.getFullName());
        byte[] body = ICalendarText.write(name, clock.instant(), entries).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"duban.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static CalendarEntry entry(FeedDay day, ResourceBundle texts, String itemPage) {
        SupervisionItem item = day.item();
        String number = item.getNumber() == null ? "" : item.getNumber().toString();
        String key = switch (day.kind()) {
            case DUE -> "page.feed.due";
            case MILESTONE -> "page.feed.milestone";
            case PROGRESS_REPORT -> "page.feed.progressReport";
        };
        String summary = MessageFormat.format(texts.getString(key), number, item.getTitle(),
                day.milestone() == null ? "" : day.milestone().getTitle());
        String uid = "item-" + item.getId() + "-" + day.kind().name().toLowerCase(Locale.ROOT)
                + (day.milestone() == null ? "" : "-" + day.milestone().getId()) + "@duban";
        String lead = item.getLeadUnit() == null ? null
                : MessageFormat.format(texts.getString("page.feed.leadUnit"), item.getLeadUnit().getName());
        return new CalendarEntry(uid, day.day(), summary, lead, itemPage + item.getId());
    }
}
