package org.duban.web.calendar;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.duban.calendarfeed.CalendarFeeds;
import org.duban.web.i18n.Messages;

import java.time.LocalDate;

/**
 * The person's calendar address (日历订阅): when it was made, and a new one on request. The address is shown once,
 * right after it is made: only its fingerprint is kept.
 */
@Named
@RequestScoped
public class CalendarFeedBean {

    @EJB
    private CalendarFeeds feeds;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String address;
    private LocalDate issuedOn;
    private boolean issuedOnRead;

    /** A new address in place of the old one, shown on this page until it is left. */
    public void renew() {
        String token = feeds.renew();
        address = CalendarFeedServlet.address((HttpServletRequest) faces.getExternalContext().getRequest(), token);
        issuedOnRead = false;
        messages.info("page.feed.renewed");
    }

    /** The address just made, or {@code null}. */
    public String getAddress() {
        return address;
    }

    /** The same address for calendar programs that subscribe by {@code webcal:}. */
    public String getWebcalAddress() {
        return address == null ? null : address.replaceFirst("^https?:", "webcal:");
    }

    /** The day the person's address was made, or {@code null} when they have none. */
    public LocalDate getIssuedOn() {
        if (!issuedOnRead) {
            issuedOn = feeds.issuedOn().orElse(null);
            issuedOnRead = true;
        }
        return issuedOn;
    }
}
