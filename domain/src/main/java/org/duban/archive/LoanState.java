package org.duban.archive;

/** A loan's course: asked, then approved or refused by the archivist; an approved loan is returned or runs out. */
public enum LoanState {
    REQUESTED, APPROVED, REFUSED, RETURNED
}
