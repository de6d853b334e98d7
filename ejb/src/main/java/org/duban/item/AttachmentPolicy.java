package org.duban.item;

import org.duban.history.NewFile;
import org.duban.shared.DomainException;

import java.util.Locale;
import java.util.Map;

/**
 * Which files are accepted: PDF, OFD, DOCX, XLSX, JPG, PNG and TIF, recognised by their first bytes (a renamed
 * executable is refused whatever its name says), at most {@value #MAX_BYTES} bytes.
 */
public final class AttachmentPolicy {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "pdf", new byte[]{'%', 'P', 'D', 'F'},
            "png", new byte[]{(byte) 0x89, 'P', 'N', 'G'},
            "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "tif", new byte[]{'I', 'I', '*', 0},
            "tiff", new byte[]{'I', 'I', '*', 0},
            "docx", new byte[]{'P', 'K', 3, 4},
            "xlsx", new byte[]{'P', 'K', 3, 4},
            "ofd", new byte[]{'P', 'K', 3, 4});

    private AttachmentPolicy() {
    }

    public static NewFile check(NewFile file) {
        if (file.content().length > MAX_BYTES) {
            throw new DomainException("error.attachment.tooLarge", file.fileName(), MAX_BYTES / (1024 * 1024));
        }
        String name = file.fileName();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        byte[] signature = SIGNATURES.get(extension);
        boolean bigEndianTiff = extension.startsWith("tif") && startsWith(file.content(), new byte[]{'M', 'M', 0, '*'});
        if (signature == null || !(startsWith(file.content(), signature) || bigEndianTiff)) {
            throw new DomainException("error.attachment.type", name);
        }
        return file;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
