package org.duban.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.duban.assessment.Figures;
import org.duban.assessment.Grouping;
import org.duban.assessment.Period;
import org.duban.assessment.Statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics page's figures (office and leaders, as {@link Statistics} allows): per lead unit, category or
 * leader over a period, each figure by its code (ASSIGNED_LEAD, COMPLETED, ON_TIME, OVERDUE_NOW …).
 */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    /** One row: {@code onTimeRate} in percent and {@code averageWorkingDays} are absent when nothing was completed. */
    public record Row(String key, String label, Map<String, Long> counts, Double onTimeRate, Double averageWorkingDays) {
    }

    public record Answer(LocalDate from, LocalDate to, String grouping, List<Row> rows) {
    }

    @EJB
    private Statistics statistics;
    @Inject
    private Clock clock;

    /**
     * @param from     the period's first day (1 January of this year when not given)
     * @param to       its last day (today when not given)
     * @param grouping UNIT (default), CATEGORY or LEADER
     */
    @GET
    public Answer figures(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("grouping") String grouping) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = Values.day("from", from);
        LocalDate last = Values.day("to", to);
        Period period = new Period(first == null ? today.withDayOfYear(1) : first, last == null ? today : last);
        Grouping by = Values.choice("grouping", grouping, Grouping.class);
        Grouping chosen = by == null ? Grouping.UNIT : by;
        List<Row> rows = statistics.figures(period, chosen).stream().map(StatisticsResource::row).toList();
        return new Answer(period.from(), period.to(), chosen.name(), rows);
    }

    private static Row row(Figures figures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        figures.getCounts().forEach((figure, count) -> counts.put(figure.name(), count));
        return new Row(String.valueOf(figures.getKey()), figures.getLabel(), counts, figures.getOnTimeRate(),
                figures.getAverageWorkingDays());
    }
}
