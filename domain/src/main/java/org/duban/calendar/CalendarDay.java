package org.duban.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duban.shared.Require;

import java.time.LocalDate;

/** One day the administrator marked: a public holiday, or a weekend day that is worked (调休). */
@Entity
@Table(name = "CALENDAR_DAY")
public class CalendarDay implements java.io.Serializable {

    @Id
    @Column(name = "DAY")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private DayKind kind;

    @Column(name = "NAME", length = 100)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = Require.present(day, "error.calendar.dateRequired");
        this.kind = Require.present(kind, "error.calendar.kindRequired");
        this.name = Require.optionalText(name);
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
