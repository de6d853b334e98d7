package org.duban.archive;

/** What someone did with a dossier: every one of these is logged. */
public enum AccessKind {
    VIEW, DOWNLOAD_FILE, DOWNLOAD_ZIP
}
