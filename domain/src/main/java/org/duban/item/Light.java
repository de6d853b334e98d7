package org.duban.item;

import java.time.LocalDate;

/**
 * The warning light (红黄绿灯) of an item under way: RED when overdue, YELLOW when due within the warning window,
 * GREEN otherwise. Items not under way have none. (The working-day calendar will refine the window.)
 */
public enum Light {
    GREEN, YELLOW, RED;

    public static final int DEFAULT_WARNING_DAYS = 3;

    public static Light of(SupervisionItem item, LocalDate today) {
        if (!item.getState().isUnderWay() || item.getDeadline() == null) {
            return null;
        }
        LocalDate due = item.getDeadline().getDue();
        if (today.isAfter(due)) {
            return RED;
        }
        return today.plusDays(DEFAULT_WARNING_DAYS).isBefore(due) ? GREEN : YELLOW;
    }
}
