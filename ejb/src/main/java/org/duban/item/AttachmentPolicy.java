package org.duban.item;

import org.duban.history.NewFile;
import org.duban.shared.DomainException;
import org.duban.shared.FileFormat;


/**
 * Which files are accepted: PDF, OFD, DOCX, XLSX, JPG, PNG and TIF, recognised by their first bytes (a renamed
 * executable is refused whatever its name says), at most {@value #MAX_BYTES} bytes.
 */
public final class AttachmentPolicy {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private AttachmentPolicy() {
    }

    public static NewFile check(NewFile file) {
        if (file.content().length > MAX_BYTES) {
            throw new DomainException("error.attachment.tooLarge", file.fileName(), MAX_BYTES / (1024 * 1024));
        }
        String name = file.fileName();
        // Files live in the database, never under a path made from their name; a name that tries to be a path is
        // still refused, so nothing downstream (a ZIP of the dossier, a download) ever meets one.
        if (name == null || name.length() > 200 || name.contains("/") || name.contains("\\")
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException("error.attachment.name", name == null ? "" : name.replaceAll("\\p{Cntrl}", "?"));
        }
        boolean accepted = FileFormat.ofName(name).filter(format -> format != FileFormat.XML)
                .map(format -> format.matches(file.content())).orElse(false);
        if (!accepted) {
            throw new DomainException("error.attachment.type", name);
        }
        return file;
    }
}
