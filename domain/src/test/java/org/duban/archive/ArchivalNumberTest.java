package org.duban.archive;

import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class ArchivalNumberTest {

    @Test
    void printsAndReadsTheDaT22Format() {
        ArchivalNumber number = new ArchivalNumber("J001", "WS", 2026, Retention.D30, "DB", 7);
        assertEquals("J001-WS·2026-D30-DB-0007", number.toString());
        assertEquals("J001-WS·2026-D30-DB", number.classPrefix());
        assertEquals(number, ArchivalNumber.parse("J001-WS·2026-D30-DB-0007"));
        assertEquals(Retention.Y, ArchivalNumber.parse("J001-WS·2026-Y-JW-0001").getRetention());
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String bad : new String[]{"", "J001-WS-2026-D30-DB-0007", "J001-WS·2026-D20-DB-0007",
                "j001-WS·2026-D30-DB-0007", "J001-WS·2026-D30-DB-7", null}) {
            DomainException refused = assertThrows(DomainException.class, () -> ArchivalNumber.parse(bad), bad);
            assertEquals("error.archive.numberFormat", refused.getMessageKey());
        }
        assertEquals("error.archive.piece", assertThrows(DomainException.class,
                () -> new ArchivalNumber("J001", "WS", 2026, Retention.Y, "DB", 0)).getMessageKey());
        assertEquals("error.archive.orgCode", assertThrows(DomainException.class,
                () -> new ArchivalNumber("J001", "WS", 2026, Retention.Y, "d b", 1)).getMessageKey());
    }

    @Test
    void aLoanGrantsAccessOnlyWhileApprovedAndNotPastItsDate() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        Loan loan = new Loan(null, null, "编写年度总结", today.plusDays(3), today, Instant.EPOCH);
        assertFalse(loan.grantsAccess(today), "asked is not lent");
        assertThrows(DomainException.class, () -> loan.markReturned(Instant.EPOCH));
        loan.approve("archivist", Instant.EPOCH);
        assertTrue(loan.grantsAccess(today.plusDays(3)));
        assertFalse(loan.grantsAccess(today.plusDays(4)), "access ends after the return date");
        assertTrue(loan.isOverdue(today.plusDays(4)));
        assertThrows(DomainException.class, () -> loan.refuse("archivist", Instant.EPOCH), "decided once");
        loan.markReturned(Instant.EPOCH);
        assertFalse(loan.grantsAccess(today));
        assertEquals("error.loan.dueRange", assertThrows(DomainException.class,
                () -> new Loan(null, null, "x", today.minusDays(1), today, Instant.EPOCH)).getMessageKey());
    }
}
