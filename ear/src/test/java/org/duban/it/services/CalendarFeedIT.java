package org.duban.it.services;

import jakarta.ejb.EJB;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.duban.calendarfeed.CalendarFeeds;
import org.duban.it.support.Deployments;
import org.duban.it.support.InServerTest;
import org.duban.it.support.WebClient;
import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.item.ItemWorkflow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calendar feeds over HTTP, as a calendar program fetches them (no session, the secret address alone), read by a real
 * iCalendar parser (ical4j): the person's deadline, milestone and progress-report days, nothing of another unit's
 * work, and a renewed address that ends the old one.
 */
class CalendarFeedIT extends InServerTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests(WebClient.class).addAsLibraries(
                Deployments.jarOf(CalendarBuilder.class), Deployments.jarOf(org.threeten.extra.Interval.class),
                Deployments.jarOf(org.apache.commons.lang3.StringUtils.class),
                Deployments.jarOf(org.apache.commons.codec.DecoderException.class),
                Deployments.jarOf(org.slf4j.Logger.class));
    }

    @EJB
    private ItemWorkflow workflow;
    @EJB
    private CalendarFeeds feeds;

    @Test
    void aPersonsDaysAtTheSecretAddressAndARenewedAddressEndsTheOldOne() throws Exception {
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(40);
        String title = "日历订阅：实验室安全整改 " + world.id;
        long id = assigned(workflow, world.draft(title, due, List.of(new MilestonePlan("报送整改方案", due.minusDays(10)))),
                world.leader);
        as(world.leadHead);
        workflow.acknowledge(id, null);

        String token = feeds.renew();
        HttpResponse<String> answer = fetch(token);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Map<String, VEvent> events = events(answer.body());
        VEvent deadline = events.get("item-" + id + "-due@duban");
        assertEquals(due.format(DAY), value(deadline, Property.DTSTART));
        assertEquals(due.plusDays(1).format(DAY), value(deadline, Property.DTEND));
        assertTrue(value(deadline, Property.SUMMARY).contains(title), value(deadline, Property.SUMMARY));
        assertTrue(value(deadline, Property.URL).endsWith("/items/item.xhtml?id=" + id));
        VEvent milestone = events.entrySet().stream().filter(e -> e.getKey().startsWith("item-" + id + "-milestone-"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertEquals(due.minusDays(10).format(DAY), value(milestone, Property.DTSTART));
        assertTrue(value(milestone, Property.SUMMARY).contains("报送整改方案"));
        assertTrue(events.containsKey("item-" + id + "-progress_report@duban"), "the lead unit's head owes reports");
        assertEquals(world.leadHead.getFullName() + "的督办日历", new CalendarBuilder().build(new StringReader(answer.body()))
                .getProperty("X-WR-CALNAME").orElseThrow().getValue(), "the person's calendar, in their language");

        // the office sees the deadline too; another unit's head sees nothing of the item
        as(world.officeStaff);
        assertTrue(events(fetch(feeds.renew()).body()).containsKey("item-" + id + "-due@duban"));
        as(world.foreignHead);
        assertTrue(events(fetch(feeds.renew()).body()).keySet().stream().noneMatch(uid -> uid.startsWith("item-" + id + "-")));

        // a new address ends the old one at once; a made-up one, or a signed-in browser with a wrong one, finds nothing
        as(world.leadHead);
        String renewed = feeds.renew();
        assertNotEquals(token, renewed);
        assertEquals(404, fetch(token).statusCode());
        assertEquals(200, fetch(renewed).statusCode());
        assertEquals(404, fetch("A".repeat(43)).statusCode());
        assertEquals(404, WebClient.ofThisServer().get("calendar/nothing").statusCode());
        WebClient browser = WebClient.ofThisServer();
        browser.signIn(world.leadHead.getUsername(), org.duban.it.support.Fixtures.PASSWORD);
        assertEquals(404, browser.get("calendar/" + token + ".ics").statusCode());
        assertEquals(200, browser.get("home.xhtml").statusCode(), "the browser's session goes on");
        // a browser signed in as one person fetching another's address gets that feed, and stays who it was
        as(world.foreignHead);
        String foreign = feeds.renew();
        assertEquals(200, browser.get("calendar/" + foreign + ".ics").statusCode());
        HttpResponse<String> home = browser.get("home.xhtml");
        assertTrue(home.body().contains(world.leadHead.getFullName()) && !home.body().contains(world.foreignHead.getFullName()),
                "the session still belongs to the person who signed in");
    }

    private static HttpResponse<String> fetch(String token) {
        return WebClient.ofThisServer().get("calendar/" + token + ".ics");
    }

    private static Map<String, VEvent> events(String feed) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }
}
