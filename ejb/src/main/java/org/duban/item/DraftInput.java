package org.duban.item;

import org.duban.item.ItemDraft.MilestonePlan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A draft as a screen sends it: units and the leader by id. {@link ItemWorkflow} turns it into an {@link ItemDraft}. */
public record DraftInput(Category category, String source, String sourceReference, String title, String mainTasks,
                         String requirements, List<QuantifiedTarget> targets, Long leadUnitId, Set<Long> coUnitIds,
                         Long leaderId, Priority priority, LocalDate due, ReportingCycle reportingCycle,
                         List<MilestonePlan> milestones) implements Serializable {
}
