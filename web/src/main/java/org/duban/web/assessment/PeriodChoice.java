package org.duban.web.assessment;

import org.duban.assessment.Period;

import java.io.Serializable;
import java.time.LocalDate;

/** The period a page shows, as the user picks it: a month, a quarter, a year, or any range. */
public class PeriodChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind { MONTH, QUARTER, YEAR, RANGE }

    private Kind kind = Kind.MONTH;
    private int year;
    private int month;
    private int quarter;
    private LocalDate from;
    private LocalDate to;

    PeriodChoice(LocalDate today) {
        year = today.getYear();
        month = today.getMonthValue();
        quarter = (month + 2) / 3;
        from = today.withDayOfMonth(1);
        to = today;
    }

    /** The period chosen; an impossible one is refused by {@link Period} with a message. */
    public Period period() {
        return switch (kind) {
            case MONTH -> Period.month(year, month);
            case QUARTER -> Period.quarter(year, quarter);
            case YEAR -> Period.year(year);
            case RANGE -> new Period(from, to);
        };
    }

    public Kind[] getKinds() { return Kind.values(); }
    public Kind getKind() { return kind; }
    public void setKind(Kind kind) { this.kind = kind; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getMonth() { return month; }
    public void setMonth(int month) { this.month = month; }
    public int getQuarter() { return quarter; }
    public void setQuarter(int quarter) { this.quarter = quarter; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
