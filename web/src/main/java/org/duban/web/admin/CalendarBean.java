package org.duban.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.duban.calendar.CalendarDay;
import org.duban.calendar.Calendars;
import org.duban.calendar.DayKind;
import org.duban.web.i18n.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The administrator's working-day calendar: a year's holidays and make-up days, added one by one or imported. */
@Named
@ViewScoped
public class CalendarBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Calendars calendars;
    @Inject
    private Messages messages;
    @Inject
    private Clock clock;

    private int year;
    private LocalDate day;
    private DayKind kind = DayKind.HOLIDAY;
    private String name;
    private transient Part file;

    public void load() {
        if (year == 0) {
            year = LocalDate.now(clock).getYear();
        }
    }

    public List<CalendarDay> getDays() {
        return calendars.daysOf(year);
    }

    public void mark() {
        calendars.mark(day, kind, name);
        messages.info("page.calendar.marked", day.toString());
        day = null;
        name = null;
    }

    public void unmark(LocalDate date) {
        calendars.unmark(date);
        messages.info("page.calendar.unmarked", date.toString());
    }

    public void importFile() {
        if (file == null || file.getSize() == 0) {
            messages.error("calendar:file", "error.calendar.import.empty");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            int count = calendars.importFile(in.readAllBytes());
            messages.info("page.calendar.imported", count);
        } catch (IOException e) {
            messages.error("calendar:file", "error.calendar.import.empty");
        }
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public DayKind getKind() { return kind; }
    public void setKind(DayKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
