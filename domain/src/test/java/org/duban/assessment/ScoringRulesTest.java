package org.duban.assessment;

import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class ScoringRulesTest {

    @Test
    void pointsAndDeductionsWithTheirCaps() {
        ScoringRules rules = new ScoringRules();
        assertEquals(91, rules.score(3, 3, 1, 1), "100 + 3 − (6 + 1 + 5)");
        assertEquals(110, rules.score(25, 0, 0, 0), "the bonus stops at its cap");
        assertEquals(70, rules.score(0, 10, 10, 10), "so do the deductions");
    }

    @Test
    void aValueOutOfRangeChangesNothing() {
        ScoringRules rules = new ScoringRules();
        assertEquals("error.scoring.range", assertThrows(DomainException.class,
                () -> rules.change(100, 1, 10, 2, 1, 101, 30)).getMessageKey());
        assertEquals(5, rules.getPerNotice());
    }

    @Test
    void periodsAreWellFormed() {
        assertEquals(LocalDate.of(2031, 6, 30), Period.quarter(2031, 2).to());
        assertEquals(LocalDate.of(2032, 2, 29), Period.month(2032, 2).to());
        assertThrows(DomainException.class, () -> new Period(LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 1)));
        assertThrows(DomainException.class, () -> Period.quarter(2031, 5));
    }
}
