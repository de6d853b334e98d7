package org.duban.archive;

/** The columns the archive search sorts by, each backed by an index. */
public enum DossierSort {
    NUMBER("d.archivalNumber"), TITLE("d.title"), DATE("d.date");

    private final String path;

    DossierSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
