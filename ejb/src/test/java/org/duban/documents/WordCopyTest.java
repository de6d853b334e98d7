package org.duban.documents;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The editable Word copy holds every part of the document, in the faces an office's PC uses for official documents. */
class WordCopyTest {

    @Test
    void anOfficialDocumentAsWordHoldsEveryPart() throws Exception {
        byte[] docx = new Docx().officialHead("示范学院党政办公室", "通报〔2026〕3号").title("关于逾期事项的通报")
                .addressee("教务处、后勤管理处").paragraph("经督查，以下事项逾期。\n请抓紧整改。")
                .table(new float[]{1, 3}, List.of("督办编号", "事项名称"), List.of(List.of("督办〔2026〕5号", "王𠮷负责的事项")))
                .signature("示范学院党政办公室", "2026年11月30日")
                .distribution("抄送：院领导。", "示范学院党政办公室", "2026年11月30日印发").finish();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            for (String part : List.of("示范学院党政办公室", "通报〔2026〕3号", "关于逾期事项的通报", "教务处、后勤管理处：",
                    "经督查", "请抓紧整改", "督办〔2026〕5号", "王𠮷负责的事项", "2026年11月30日", "抄送：院领导。", "印发")) {
                assertTrue(text.contains(part), part + " in: " + text);
            }
            assertEquals("仿宋_GB2312", document.getParagraphs().get(3).getRuns().get(0).getFontFamily(
                    org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia));
            assertEquals("C81010", document.getParagraphs().get(0).getRuns().get(0).getColor(), "the issuer in red");
        }
    }
}
