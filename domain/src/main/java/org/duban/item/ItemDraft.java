package org.duban.item;

import org.duban.organization.Account;
import org.duban.organization.Unit;
import org.duban.shared.Require;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the office writes when it drafts or edits an item. A draft may be incomplete; registration later demands
 * quantified targets, a lead unit and a deadline. A refusal names the input of the draft form it concerns.
 */
public record ItemDraft(Category category, String source, String sourceReference, String title, String mainTasks,
                        String requirements, List<QuantifiedTarget> targets, Unit leadUnit, Set<Unit> coUnits,
                        Account leaderInCharge, Priority priority, LocalDate due, ReportingCycle reportingCycle,
                        List<MilestonePlan> milestones) {

    public ItemDraft {
        Require.presentIn("category", category, "error.item.categoryRequired");
        title = Require.textIn("title", title, "error.item.titleRequired");
        Require.thatIn("title", title.length() <= 200, "error.item.titleTooLong", 200);
        source = Require.optionalText(source);
        Require.thatIn("source", source == null || source.length() <= 500, "error.item.sourceTooLong", 500);
        sourceReference = Require.optionalText(sourceReference);
        Require.thatIn("sourceReference", sourceReference == null || sourceReference.length() <= 200,
                "error.item.sourceReferenceTooLong", 200);
        mainTasks = Require.optionalText(mainTasks);
        Require.thatIn("mainTasks", mainTasks == null || mainTasks.length() <= 8000, "error.item.mainTasksTooLong", 8000);
        requirements = Require.optionalText(requirements);
        Require.thatIn("requirements", requirements == null || requirements.length() <= 8000,
                "error.item.requirementsTooLong", 8000);
        targets = targets == null ? List.of() : List.copyOf(targets);
        coUnits = coUnits == null ? Set.of() : Set.copyOf(coUnits);
        Require.thatIn("leadUnit", leadUnit == null || !coUnits.contains(leadUnit), "error.item.leadUnitAlsoCoUnit");
        priority = priority == null ? Priority.NORMAL : priority;
        reportingCycle = reportingCycle == null ? ReportingCycle.NONE : reportingCycle;
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        for (MilestonePlan milestone : milestones) {
            Require.thatIn("milestones", due == null || !milestone.due().isAfter(due), "error.milestone.afterDeadline",
                    milestone.title());
        }
    }

    /** A milestone as planned in the draft. */
    public record MilestonePlan(String title, LocalDate due) {
        public MilestonePlan {
            title = Require.textIn("milestones", title, "error.milestone.titleRequired");
            Require.presentIn("milestones", due, "error.milestone.dueRequired");
        }
    }
}
