package org.duban.files;

import com.lowagie.text.pdf.PdfReader;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.duban.shared.FileFormat;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Opens a file as the format it claims and counts a PDF's pages: the one inspection behind both the refusal of an
 * upload that is not what its name says and the archive's usability check (可用性, DA/T 70-2018 四性检测), so that a file
 * the archive would fail is refused when it is attached. A PDF must parse and have a page, an OFD must hold its
 * {@code OFD.xml} entry (GB/T 33190-2016), DOCX and XLSX their content types and main parts (ECMA-376), an image must
 * decode, an XML file must parse.
 */
public final class FileInspection {

    /** The most pixels an inspected image is decoded at (4 million: about 16 MB of heap). */
    private static final long MAX_PIXELS_DECODED = 4_000_000;

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
                case JPG, PNG, TIF -> decodes(bytes);
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

    /**
     * Whether the image decodes: every pixel row is read, but a large image only at every n-th pixel, so that a file
     * that claims 20,000 × 20,000 pixels costs time, not a gigabyte of heap.
     */
    private static boolean decodes(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt(pixels / (double) MAX_PIXELS_DECODED)));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param) != null;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Whether the ZIP's central directory names every entry: read from the directory, nothing is inflated. */
    private static boolean zipHolds(byte[] bytes, String... names) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (String name : names) {
                if (zip.getEntry(name) == null) {
                    return false;
                }
            }
            return true;
        }
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
