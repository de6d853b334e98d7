package org.duban.assessment;

/** One number of the statistics; each opens the list of the items it counts. */
public enum Figure {
    ASSIGNED_LEAD, ASSIGNED_CO, COMPLETED, ON_TIME, LATE, OVERDUE_NOW, SUPPLEMENTED, REDONE, EXTENSIONS_ASKED,
    EXTENSIONS_GRANTED, URGED_PHONE, URGED_LETTER, URGED_INTERVIEW, URGED_MEETING, URGED_ON_SITE, ESCALATED, NOTICES
}
