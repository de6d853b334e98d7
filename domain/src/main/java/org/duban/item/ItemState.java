package org.duban.item;

/** The states of an item along the seven steps (第六条). Which action leads where is in {@link ItemAction}. */
public enum ItemState {
    DRAFT, IN_CONSULTATION, PENDING_APPROVAL, REGISTERED, ASSIGNED, IN_PROGRESS, SUBMITTED, COMPLETED, FED_BACK,
    SUSPENDED, TERMINATED, CANCELLED, ARCHIVED;

    /** Still being drafted: fields may be edited, no number yet. */
    public boolean isDraft() {
        return this == DRAFT || this == IN_CONSULTATION || this == PENDING_APPROVAL;
    }

    /** A unit is working on it: the deadline is watched. */
    public boolean isUnderWay() {
        return this == ASSIGNED || this == IN_PROGRESS || this == SUBMITTED;
    }

    /** Nothing changes any more. */
    public boolean isFinal() {
        return this == ARCHIVED || this == CANCELLED;
    }
}
