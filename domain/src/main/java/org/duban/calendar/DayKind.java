package org.duban.calendar;

/** How a day departs from the Monday-to-Friday week: a holiday on a weekday, or a make-up working day (调休) on a weekend. */
public enum DayKind {
    HOLIDAY, WORKDAY
}
