package org.duban.item;

import org.duban.files.FileInspection;

import org.duban.history.NewFile;
import org.duban.shared.DomainException;
import org.duban.shared.FileFormat;


/**
 * Which files are accepted: PDF, OFD, DOCX, XLSX, JPG, PNG and TIF, at most {@value #MAX_BYTES} bytes, each opened
 * as the format its name says by the inspection the archive's usability check runs ({@link FileInspection}): a renamed
 * executable, or an ordinary ZIP named .ofd, is refused when it is attached, with the reason, not found out at filing
 * when the dossier can no longer change.
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
        FileFormat format = FileFormat.ofName(name).filter(named -> named != FileFormat.XML)
                .orElseThrow(() -> new DomainException("error.attachment.type", name));
        if (!format.matches(file.content())) {
            throw new DomainException("error.attachment.type", name); // not even its first bytes
        }
        if (!FileInspection.opens(format, file.content())) {
            throw new DomainException(unusable(format), name);
        }
        return file;
    }

    /** Why a file of the format does not open: what the inspection looks for, and how to make one that does. */
    private static String unusable(FileFormat format) {
        return switch (format) {
            case PDF -> "error.attachment.unusable.PDF";
            case OFD -> "error.attachment.unusable.OFD";
            case DOCX -> "error.attachment.unusable.DOCX";
            case XLSX -> "error.attachment.unusable.XLSX";
            case JPG -> "error.attachment.unusable.JPG";
            case PNG -> "error.attachment.unusable.PNG";
            case TIF -> "error.attachment.unusable.TIF";
            case XML -> "error.attachment.type"; // not accepted as an attachment at all
        };
    }
}
