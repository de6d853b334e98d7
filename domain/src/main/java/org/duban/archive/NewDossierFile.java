package org.duban.archive;

import org.duban.shared.FileFormat;

/** A file as it goes into a dossier at filing: its name, what it is, its format, its pages and its bytes. */
public record NewDossierFile(String name, DossierFileKind kind, FileFormat format, int pages, byte[] content) {
}
