package org.duban.item;

import org.duban.item.ItemDraft.MilestonePlan;
import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ValueObjectsTest {

    @Test
    void itemNumberFormatsAndParsesTheOfficialForm() {
        ItemNumber number = new ItemNumber(2026, 15);
        assertEquals("督办〔2026〕15号", number.toString());
        assertEquals(number, ItemNumber.parse("督办〔2026〕15号"));
        assertEquals(new ItemNumber(2026, 7).hashCode(), ItemNumber.parse(" 督办〔2026〕7号 ").hashCode());
        assertEquals("error.itemNumber.format", assertThrows(DomainException.class,
                () -> ItemNumber.parse("督办[2026]15号")).getMessageKey());
        assertThrows(DomainException.class, () -> new ItemNumber(2026, 0));
        assertThrows(DomainException.class, () -> new ItemNumber(99, 1));
    }

    @Test
    void deadlineKeepsItsOriginalAndOnlyMovesLater() {
        LocalDate due = LocalDate.of(2026, 6, 30);
        Deadline deadline = Deadline.of(due);
        assertFalse(deadline.isExtended());
        Deadline extended = deadline.extendTo(due.plusDays(10));
        assertEquals(due, extended.getOriginal());
        assertEquals(due.plusDays(10), extended.getDue());
        assertTrue(extended.isExtended());
        assertThrows(DomainException.class, () -> deadline.extendTo(due));
        assertThrows(DomainException.class, () -> Deadline.of(null));
    }

    @Test
    void quantifiedTargetNeedsADescription() {
        assertEquals("error.target.descriptionRequired",
                assertThrows(DomainException.class, () -> new QuantifiedTarget("  ", "1份")).getMessageKey());
        QuantifiedTarget target = new QuantifiedTarget(" 整改报告 ", " ");
        assertEquals("整改报告", target.getDescription());
        assertNull(target.getMeasure());
    }

    @Test
    void draftChecksTitleCategoryAndMilestones() {
        assertThrows(DomainException.class, () -> new ItemDraft(null, null, null, "标题", null, null, null, null,
                null, null, null, null, null, null));
        assertEquals("error.item.titleRequired", assertThrows(DomainException.class, () -> new ItemDraft(
                Category.OTHER, null, null, " ", null, null, null, null, null, null, null, null, null, null)).getMessageKey());
        LocalDate due = LocalDate.of(2026, 6, 30);
        assertEquals("error.milestone.afterDeadline", assertThrows(DomainException.class, () -> new ItemDraft(
                Category.OTHER, null, null, "标题", null, null, null, null, Set.of(), null, null, due, null,
                List.of(new MilestonePlan("阶段一", due.plusDays(1))))).getMessageKey());
        ItemDraft draft = new ItemDraft(Category.OTHER, null, null, "标题", null, null, null, null, null, null, null,
                null, null, null);
        assertEquals(Priority.NORMAL, draft.priority());
        assertEquals(ReportingCycle.NONE, draft.reportingCycle());
    }
}
