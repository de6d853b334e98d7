package org.duban.assessment;

/** What the figures are counted per: the lead unit, the category, or the leader in charge. */
public enum Grouping {
    UNIT("i.leadUnitId"), CATEGORY("i.category"), LEADER("i.leaderId");

    private final String path;

    Grouping(String path) {
        this.path = path;
    }

    /** The JPQL path of the key, on an item aliased {@code i}. */
    String path() {
        return path;
    }
}
