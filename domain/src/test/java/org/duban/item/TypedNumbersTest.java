package org.duban.item;

import org.duban.organization.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** What people type into a search box or a form finds and stores the canonical form (issue: inputs as offices make them). */
class TypedNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"督办〔2026〕12号", "督办[2026]12号", "督办［２０２６］１２号", "(2026)12", "【2026】12号",
            "〖2026〗12", "2026-12", "２０２６－１２", "〔２０２６〕１２号", " 督办 〔2026〕 12 号\u00A0", "2026第12号"})
    void anItemNumberTypedAsPeopleTypeItIsTheNumber(String typed) {
        assertEquals(Optional.of(new ItemNumber(2026, 12)), ItemNumber.lookup(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"202612", "2026", "校园安全", "12号", "", "督办〔26〕12号"})
    void whatIsNoNumberLooksForText(String typed) {
        assertEquals(Optional.empty(), ItemNumber.lookup(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"j001-ws·2026", "Ｊ００１－ＷＳ．２０２６", "J001-WS・2026", "J001-WS•2026 ", "J001-WS.2026"})
    void anArchivalNumberTypedAsPeopleTypeItSearchesAsStored(String typed) {
        assertEquals("J001-WS·2026", org.duban.archive.ArchivalNumber.searchable(typed));
    }

    @Test
    void aUnitCodeTypedInFullWidthOrWithANoBreakSpaceIsStoredPlain() {
        assertEquals("JW", new Unit("ＪＷ\u00A0", "教务处").getCode());
        assertEquals("教务处", new Unit("JW", "\u3000教务处\u200B").getName());
    }
}
