package org.duban.notification;

/** What a notification is about; each says what to do and by when (see the message bundle). */
public enum NotificationKind {
    ACK_REMINDER, DUE_SOON, OVERDUE, ESCALATED, MILESTONE_DUE_SOON, MILESTONE_OVERDUE, PROGRESS_REPORT_DUE, NOTICE_ISSUED
}
