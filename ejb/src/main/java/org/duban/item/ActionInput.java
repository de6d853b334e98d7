package org.duban.item;

import org.duban.archive.Retention;
import org.duban.archive.Secrecy;
import org.duban.history.NewFile;
import org.duban.item.Urging.UrgingRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an action's form sent (the item page, or the REST API's body): each action reads the fields it takes
 * ({@link ItemAction#takes}, and the few of its own) and ignores the rest; a missing one is refused by the step.
 *
 * @param text        the opinion, report, note or reason
 * @param yes         a decision's answer (extension, halt): required there, ignored elsewhere
 * @param proposedDue the new deadline an extension asks for
 * @param staff       the login of the unit's staff member a head hands the item over to
 * @param milestoneId the milestone completed
 * @param unitIds     the units a draft is sent to for consultation
 * @param leaderIds   the leaders a draft is sent to for consultation
 * @param urging      an urging's record (method, day, people, notes, outcome)
 * @param files       the attached files of an action that takes them
 */
public record ActionInput(String text, Boolean yes, LocalDate proposedDue, ReworkKind reworkKind, String staff,
                          Long milestoneId, Set<Long> unitIds, Set<Long> leaderIds, UrgingRecord urging,
                          HaltKind haltKind, Retention retention, Secrecy secrecy, List<NewFile> files) {

    public ActionInput {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
        leaderIds = leaderIds == null ? Set.of() : Set.copyOf(leaderIds);
        files = files == null ? List.of() : List.copyOf(files);
    }
}
