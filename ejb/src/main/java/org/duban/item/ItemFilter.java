package org.duban.item;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a list asks for. Every condition is optional; {@code concerningMe} narrows the list to the caller's own
 * work (the home page) rather than all they may see (the work list).
 */
public record ItemFilter(boolean concerningMe, ItemState state, Category category, Long unitId, Long leaderId,
                         LocalDate dueFrom, LocalDate dueTo, Light light, String keyword) implements Serializable {

    public static ItemFilter mine() {
        return new ItemFilter(true, null, null, null, null, null, null, null, null);
    }

    public static ItemFilter everythingVisible() {
        return new ItemFilter(false, null, null, null, null, null, null, null, null);
    }
}
