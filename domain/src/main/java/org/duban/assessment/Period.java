package org.duban.assessment;

import org.duban.shared.Require;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/** A period of the assessment, both days included: a month, a quarter, a year or any range. */
public record Period(LocalDate from, LocalDate to) implements Serializable {

    public Period {
        Require.present(from, "error.period.required");
        Require.present(to, "error.period.required");
        Require.that(!to.isBefore(from), "error.period.order");
    }

    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        Require.that(quarter >= 1 && quarter <= 4, "error.period.quarter");
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
