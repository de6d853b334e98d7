package org.duban.assessment;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** The figures of one unit, category or leader in a period, with the rates worked out from them. */
public final class Figures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Object key;
    private final String label;
    private final EnumMap<Figure, Long> counts = new EnumMap<>(Figure.class);
    private long workingDays;

    Figures(Object key, String label) {
        this.key = key;
        this.label = label;
        for (Figure figure : Figure.values()) {
            counts.put(figure, 0L);
        }
    }

    void add(Figure figure, long count) {
        counts.merge(figure, count, Long::sum);
    }

    void addWorkingDays(long days) {
        workingDays += days;
    }

    public Object getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public long get(Figure figure) {
        return counts.get(figure);
    }

    public Map<Figure, Long> getCounts() {
        return counts;
    }

    /** On time among completed, 0 to 100, or null when nothing was completed. */
    public Double getOnTimeRate() {
        long completed = get(Figure.COMPLETED);
        return completed == 0 ? null : Math.round(get(Figure.ON_TIME) * 1000.0 / completed) / 10.0;
    }

    /** Average working days from assignment to the accepted report, one decimal, or null. */
    public Double getAverageWorkingDays() {
        long completed = get(Figure.COMPLETED);
        return completed == 0 ? null : Math.round(workingDays * 10.0 / completed) / 10.0;
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(c -> c == 0);
    }
}
