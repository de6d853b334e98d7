package org.duban.item;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.duban.shared.DomainException;

/**
 * An action taken on the item page or through the REST API: the one place that turns an {@link ItemAction} and
 * what its form sent into the {@link ItemWorkflow} step, so that both ways in take exactly the same steps, under the
 * same roles and rulebook. Not a bean of its own transaction: each step is the workflow's, and a refusal of the
 * caller's role reaches the caller as the workflow raised it.
 */
@ApplicationScoped
public class ItemActions {

    @EJB
    private ItemWorkflow workflow;

    /**
     * Takes {@code action} on the item.
     *
     * @param version the item's version the person saw; {@code null} for an action that adds to the record only
     * @throws DomainException as the step refuses it; {@code error.answer.required} (field {@code yes}) for a
     *                         decision without its answer; {@code error.item.notTakenHere} for an action not taken
     *                         with a form of the item page (creating an item, editing a draft, escalating)
     */
    public void take(long itemId, Integer version, ItemAction action, ActionInput in) {
        if (action.takes(ItemAction.Takes.YES_OR_NO) && in.yes() == null) {
            throw DomainException.inField("yes", "error.answer.required");
        }
        switch (action) {
            case SEND_FOR_CONSULTATION -> workflow.sendForConsultation(itemId, version, in.unitIds(), in.leaderIds(),
                    in.text());
            case COMMENT -> workflow.comment(itemId, in.text(), in.files());
            case SUBMIT_FOR_APPROVAL -> workflow.submitForApproval(itemId, version, in.text());
            case APPROVE -> workflow.approve(itemId, version, in.text());
            case RETURN_DRAFT -> workflow.returnDraft(itemId, version, in.text());
            case CANCEL -> workflow.cancel(itemId, version, in.text());
            case ASSIGN -> workflow.assign(itemId, version, in.text());
            case ACKNOWLEDGE -> workflow.acknowledge(itemId, version);
            case HAND_OVER -> workflow.handOver(itemId, version, in.staff());
            case REPORT_PROGRESS -> workflow.reportProgress(itemId, in.text(), in.files());
            case COMPLETE_MILESTONE -> workflow.completeMilestone(itemId, version,
                    in.milestoneId() == null ? -1 : in.milestoneId());
            case URGE -> {
                if (in.urging() == null) {
                    throw DomainException.inField("method", "error.urging.methodRequired");
                }
                workflow.urge(itemId, in.urging(), in.files());
            }
            case RECORD_HELP -> workflow.recordHelp(itemId, in.text(), in.files());
            case REQUEST_EXTENSION -> workflow.requestExtension(itemId, version, in.text(), in.proposedDue());
            case DECIDE_EXTENSION -> workflow.decideExtension(itemId, version, in.yes(), in.text());
            case DRAFT_COMPLETION -> workflow.draftCompletion(itemId, version, in.text());
            case SUBMIT_COMPLETION -> workflow.submitCompletion(itemId, version, in.text(), in.files());
            case ACCEPT -> workflow.accept(itemId, version, in.text());
            case RETURN_FOR_REWORK -> workflow.returnForRework(itemId, version, in.reworkKind(), in.text());
            case FEED_BACK -> workflow.feedBack(itemId, version, in.text());
            case MARK_READ -> workflow.markRead(itemId);
            case INSTRUCT -> workflow.instruct(itemId, in.text());
            case REQUEST_HALT -> workflow.requestHalt(itemId, version, in.haltKind(), in.text());
            case DECIDE_HALT -> workflow.decideHalt(itemId, version, in.yes(), in.text());
            case RESUME -> workflow.resume(itemId, version, in.text());
            case ARCHIVE -> workflow.archive(itemId, version, in.retention(), in.secrecy());
            case ISSUE_NOTICE -> workflow.issueNotice(itemId, version, in.text());
            case CREATE, EDIT_DRAFT, ESCALATE -> throw DomainException.inField("action", "error.item.notTakenHere",
                    action.name());
        }
    }
}
