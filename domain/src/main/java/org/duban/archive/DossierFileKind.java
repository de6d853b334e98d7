package org.duban.archive;

/** What a file of a dossier is: an attachment of the item, a document the app generated, or the metadata record. */
public enum DossierFileKind {
    ATTACHMENT, DOCUMENT, METADATA
}
