package org.duban.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Texts as offices and scripts send them: spaces of any kind trimmed, control characters refused or left out. */
class TypedTextTest {

    @Test
    void spacesOfAnyKindAreTrimmedAtTheEndsOnly() {
        assertEquals("王　伟", TypedText.trimmed("\u3000王　伟\u00A0\u200B"));
        assertEquals("", TypedText.trimmed(null));
    }

    @Test
    void aLookupLeavesControlCharactersOutWhichPostgresqlWouldRefuse() {
        assertEquals("督办12", TypedText.trimmed("督办\u000012\u0007"));
        assertEquals("第一行\n第二行\t完", TypedText.trimmed("第一行\n第二行\t完"), "tabs and line breaks are text");
        assertEquals("jw", TypedText.folded("ＪＷ\u0000"));
    }

    @Test
    void aStoredTextWithAControlCharacterIsRefusedNamingIt() {
        DomainException refused = assertThrows(DomainException.class, () -> Require.text("标题\u0000甲", "error.x"));
        assertEquals("error.text.control", refused.getMessageKey());
        assertEquals(List.of("标题[U+0000 NULL]甲"), refused.getArguments());
        DomainException inField = assertThrows(DomainException.class,
                () -> Require.textIn("title", "a\u001Bb", "error.x"));
        assertEquals("title", inField.field().orElseThrow());
        assertThrows(DomainException.class, () -> Require.optionalText("\u0000"));
        assertEquals("第一行\n第二行", Require.text(" 第一行\n第二行 ", "error.x"));
        assertNull(Require.optionalText("\u3000"));
    }
}
