package org.duban.item;

import org.duban.history.NewFile;
import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An upload is inspected as the archive's usability check will inspect it (../shared/cases/12-plain-zip-renamed.ofd):
 * what would fail there is refused when attached, with the reason.
 */
class AttachmentPolicyTest {

    private static String refusal(String name, byte[] content) {
        return assertThrows(DomainException.class, () -> AttachmentPolicy.check(new NewFile(name, null, content)))
                .getMessageKey();
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void anOrdinaryZipNamedOfdIsRefusedAtUploadAndARealOfdIsAccepted() throws IOException {
        byte[] renamed;
        try (InputStream in = getClass().getResourceAsStream("/cases/12-plain-zip-renamed.ofd")) {
            renamed = in.readAllBytes();
        }
        assertEquals("error.attachment.unusable.OFD", refusal("12-plain-zip-renamed.ofd", renamed));
        byte[] ofd = zip("OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml");
        assertDoesNotThrow(() -> AttachmentPolicy.check(new NewFile("会议纪要.ofd", null, ofd)));
    }

    @Test
    void officeFilesNeedTheirMainPartsAndAPdfMustParse() throws IOException {
        assertEquals("error.attachment.unusable.DOCX", refusal("方案.docx", zip("[Content_Types].xml")));
        assertDoesNotThrow(() -> AttachmentPolicy.check(new NewFile("方案.docx", null,
                zip("[Content_Types].xml", "word/document.xml"))));
        assertEquals("error.attachment.unusable.XLSX", refusal("台账.xlsx", zip("[Content_Types].xml", "word/document.xml")));
        assertEquals("error.attachment.unusable.PDF", refusal("报告.pdf", "%PDF-1.4 cut short".getBytes(StandardCharsets.UTF_8)));
        assertEquals("error.attachment.type", refusal("报告.pdf", new byte[]{'M', 'Z', 0, 0}), "not even its first bytes");
        assertEquals("error.attachment.type", refusal("数据.xml", "<?xml version=\"1.0\"?><a/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anImageMustDecode() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        assertDoesNotThrow(() -> AttachmentPolicy.check(new NewFile("现场.png", null, png.toByteArray())));
        byte[] cut = Arrays.copyOf(png.toByteArray(), 12);
        assertEquals("error.attachment.unusable.PNG", refusal("现场.png", cut));
    }
}
