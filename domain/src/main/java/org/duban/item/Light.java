package org.duban.item;

import org.duban.calendar.WorkingCalendar;

import java.time.LocalDate;

/**
 * The warning light (红黄绿灯) of an item while it is the unit's turn ({@link ItemState#UNITS_TURN}), in working
 * days: RED when overdue ({@link WorkingCalendar#isOverdue}), YELLOW when due within the warning window, GREEN
 * otherwise. Other items have none. The same rule, as dates, drives the list filters:
 * RED ⇔ due ≤ {@link #redUntil}, YELLOW ⇔ redUntil &lt; due ≤ {@link #yellowUntil}.
 */
public enum Light {
    GREEN, YELLOW, RED;

    public static Light of(SupervisionItem item, LocalDate today, WorkingCalendar calendar, int warningDays) {
        if (!item.getState().isUnitsTurn() || item.getDeadline() == null) {
            return null;
        }
        LocalDate due = item.getDeadline().getDue();
        if (!due.isAfter(redUntil(today, calendar))) {
            return RED;
        }
        return due.isAfter(yellowUntil(today, calendar, warningDays)) ? GREEN : YELLOW;
    }

    /** The latest deadline that is overdue today. */
    public static LocalDate redUntil(LocalDate today, WorkingCalendar calendar) {
        return calendar.lastOverdueDeadline(today);
    }

    /** The latest deadline that is due within the warning window today. */
    public static LocalDate yellowUntil(LocalDate today, WorkingCalendar calendar, int warningDays) {
        return calendar.plusWorkingDays(today, warningDays);
    }
}
