package org.duban.documents;

/** A document drawn for download: the name it is saved under and its bytes. */
public record Rendered(String fileName, byte[] bytes) {
}
