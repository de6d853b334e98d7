package org.duban.archive;

import org.duban.item.Category;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The archivist's search conditions, all optional and combined: 档号 (or its beginning), 题名 words, a keyword in
 * title and content, year, unit, category, retention, and a date range.
 */
public record DossierFilter(String number, String title, String keyword, Integer year, Long unitId, Category category,
                            Retention retention, LocalDate from, LocalDate to) implements Serializable {

    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null, null, null, null, null, null);
    }
}
