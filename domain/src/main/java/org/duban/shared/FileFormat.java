package org.duban.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats the office accepts and the archive keeps (DA/T 70: PDF, OFD, DOCX, XLSX, JPG, PNG, TIF, and XML
 * for the dossier's own metadata), each recognised by its first bytes rather than by its name.
 */
public enum FileFormat {
    PDF("application/pdf", new String[]{"pdf"}, "%PDF".getBytes(StandardCharsets.US_ASCII)),
    OFD("application/ofd", new String[]{"ofd"}, new byte[]{'P', 'K', 3, 4}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new String[]{"docx"},
            new byte[]{'P', 'K', 3, 4}),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new String[]{"xlsx"},
            new byte[]{'P', 'K', 3, 4}),
    JPG("image/jpeg", new String[]{"jpg", "jpeg"}, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new String[]{"png"}, new byte[]{(byte) 0x89, 'P', 'N', 'G'}),
    TIF("image/tiff", new String[]{"tif", "tiff"}, new byte[]{'I', 'I', '*', 0}),
    XML("application/xml", new String[]{"xml"}, "<?xml".getBytes(StandardCharsets.US_ASCII));

    private static final byte[] BIG_ENDIAN_TIFF = {'M', 'M', 0, '*'};
    /** Windows and Unix executables, Java classes, scripts: refused whatever their name says. */
    private static final byte[][] EXECUTABLE = {{'M', 'Z'}, {0x7F, 'E', 'L', 'F'}, {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA,
            (byte) 0xBE}, {'#', '!'}};

    private final String mediaType;
    private final String[] extensions;
    private final byte[] signature;

    FileFormat(String mediaType, String[] extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    /** The format a file's name claims, if it is one of ours. */
    public static Optional<FileFormat> ofName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> Arrays.asList(f.extensions).contains(extension)).findFirst();
    }

    /** Whether the content starts the way this format does. */
    public boolean matches(byte[] content) {
        return startsWith(content, signature) || (this == TIF && startsWith(content, BIG_ENDIAN_TIFF));
    }

    public static boolean isExecutable(byte[] content) {
        return Arrays.stream(EXECUTABLE).anyMatch(magic -> startsWith(content, magic));
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extensions[0];
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content != null && content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
