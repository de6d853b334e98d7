package org.duban.web.assessment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.duban.assessment.Dashboard;
import org.duban.assessment.MonthRate;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The leaders' dashboard, drawn by the page itself: bars of CSS and a line of SVG, nothing from outside. */
@Named
@RequestScoped
public class DashboardBean {

    /** Width of the trend chart in SVG units; its height is 100 (percent). */
    public static final int WIDTH = 440;

    @EJB
    private Dashboard dashboard;

    private Dashboard.View view;

    /** The page's view action, on every request (a language switch re-renders the page): reads the figures. */
    public void load() {
        view = dashboard.view();
    }

    public Dashboard.View getView() {
        return view;
    }

    /** The on-time rate's points, month by month; months with nothing completed are left out. */
    public String getTrendPoints() {
        List<MonthRate> trend = getView().trend();
        return IntStream.range(0, trend.size()).filter(i -> trend.get(i).rate() != null)
                .mapToObj(i -> x(i, trend.size()) + "," + (100 - trend.get(i).rate()))
                .collect(Collectors.joining(" "));
    }

    public int x(int index, int count) {
        return count <= 1 ? 0 : index * WIDTH / (count - 1);
    }

    public int getWidth() {
        return WIDTH;
    }
}
