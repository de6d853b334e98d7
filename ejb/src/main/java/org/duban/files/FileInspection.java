package org.duban.files;

import com.lowagie.text.pdf.PdfReader;
import org.duban.shared.FileFormat;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a file as the format it claims and counts a PDF's pages: the one inspection behind both the refusal of an
 * upload that is not what its name says and the archive's usability check (可用性, DA/T 70-2018 四性检测), so that a file
 * the archive would fail is refused when it is attached. A PDF must parse and have a page, an OFD must hold its
 * {@code OFD.xml} entry (GB/T 33190-2016), DOCX and XLSX their content types and main parts (ECMA-376), an image must
 * decode, an XML file must parse.
 */
public final class FileInspection {

    private FileInspection() {
    }

    /** Whether the bytes open as the format: its first bytes, then its structure (see the class). */
    public static boolean opens(FileFormat format, byte[] bytes) {
        if (bytes == null || !format.matches(bytes)) {
            return false;
        }
        try {
            return switch (format) {
                case PDF -> pages(bytes) > 0;
                case DOCX -> zipHolds(bytes, "[Content_Types].xml", "word/document.xml");
                case XLSX -> zipHolds(bytes, "[Content_Types].xml", "xl/workbook.xml");
                case OFD -> zipHolds(bytes, "OFD.xml");
                case JPG, PNG, TIF -> ImageIO.read(new ByteArrayInputStream(bytes)) != null;
                case XML -> parsesAsXml(bytes);
            };
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Pages of a PDF; an image or a document of another kind counts as one page, an XML file as none. */
    public static int pages(FileFormat format, byte[] bytes) {
        if (format != FileFormat.PDF) {
            return format == FileFormat.XML ? 0 : 1;
        }
        try {
            return pages(bytes);
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    private static int pages(byte[] bytes) throws IOException {
        PdfReader reader = new PdfReader(bytes);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    private static boolean zipHolds(byte[] bytes, String... names) throws IOException {
        Set<String> found = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                found.add(entry.getName());
            }
        }
        return found.containsAll(Set.of(names));
    }

    private static boolean parsesAsXml(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            return true;
        } catch (Exception notXml) {
            return false;
        }
    }
}
