package org.duban.assessment;

import java.io.Serializable;
import java.time.YearMonth;

/** Items accepted in a month and how many of them on time. */
public record MonthRate(YearMonth month, long completed, long onTime) implements Serializable {

    /** 0 to 100, or null for a month with nothing completed. */
    public Double rate() {
        return completed == 0 ? null : Math.round(onTime * 1000.0 / completed) / 10.0;
    }
}
