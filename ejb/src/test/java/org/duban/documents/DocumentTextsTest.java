package org.duban.documents;

import org.duban.archive.Retention;
import org.duban.archive.Secrecy;
import org.duban.item.Category;
import org.duban.item.ItemAction;
import org.duban.item.Priority;
import org.duban.item.UrgingMethod;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The documents' texts: Chinese and English have the same keys, and every label a document prints exists. */
class DocumentTextsTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle(Documents.BUNDLE, Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle(Documents.BUNDLE, Locale.ENGLISH);

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertEquals(new TreeSet<>(ZH.keySet()), new TreeSet<>(EN.keySet()));
        assertNotEquals(ZH.getString("doc.ASSIGNMENT_NOTICE.title"), EN.getString("doc.ASSIGNMENT_NOTICE.title"));
    }

    @Test
    void everyDocumentAndEveryLabelItPrintsHasItsText() {
        Set<String> keys = ZH.keySet();
        Stream.of(DocumentKind.values()).forEach(k -> assertTrue(keys.contains("doc." + k + ".title"), k.name()));
        Stream.of(Category.values()).forEach(c -> assertTrue(keys.contains("Category." + c), c.name()));
        Stream.of(ItemAction.values()).forEach(a -> assertTrue(keys.contains("ItemAction." + a), a.name()));
        Stream.of(Priority.values()).forEach(p -> assertTrue(keys.contains("Priority." + p), p.name()));
        Stream.of(UrgingMethod.values()).forEach(m -> assertTrue(keys.contains("UrgingMethod." + m), m.name()));
        Stream.of(Retention.values()).forEach(r -> assertTrue(keys.contains("Retention." + r), r.name()));
        Stream.of(Secrecy.values()).forEach(s -> assertTrue(keys.contains("Secrecy." + s), s.name()));
    }

    @Test
    void spreadsheetFormulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"x\")", Tables.neutralised("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Tables.neutralised("+1"));
        assertEquals("'@SUM(A1)", Tables.neutralised("@SUM(A1)"));
        assertEquals("督办〔2026〕7号", Tables.neutralised("督办〔2026〕7号"));
    }
}
