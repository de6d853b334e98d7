package org.duban.assessment;

import java.io.Serializable;

/** Open items of one unit or category by warning light (overdue red, due soon yellow, the rest green). */
public record LightCounts(Object key, String label, long green, long yellow, long red) implements Serializable {

    public long total() {
        return green + yellow + red;
    }

    /** A share of the total in percent, for drawing. */
    public double percent(long part) {
        return total() == 0 ? 0 : part * 100.0 / total();
    }
}
