package org.duban.history;

import org.duban.shared.Require;

/** A file handed in with an action, before it is stored as an {@link org.duban.item.Attachment}. */
public record NewFile(String fileName, String contentType, byte[] content) {
    public NewFile {
        Require.text(fileName, "error.attachment.nameRequired");
        Require.that(content != null && content.length > 0, "error.attachment.empty", fileName);
    }
}
