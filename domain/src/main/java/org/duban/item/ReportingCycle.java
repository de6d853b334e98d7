package org.duban.item;

import java.time.LocalDate;
import java.util.Optional;

/** How often the unit reports progress when the item asks for periodic reports. */
public enum ReportingCycle {
    NONE, WEEKLY, MONTHLY, QUARTERLY;

    /** The day the next progress report is due after one (or the receipt) on {@code last}; none without a cycle. */
    public Optional<LocalDate> nextReport(LocalDate last) {
        return Optional.ofNullable(switch (this) {
            case WEEKLY -> last.plusWeeks(1);
            case MONTHLY -> last.plusMonths(1);
            case QUARTERLY -> last.plusMonths(3);
            case NONE -> null;
        });
    }
}
