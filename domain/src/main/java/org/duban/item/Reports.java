package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.duban.shared.Require;

import java.util.Objects;

/**
 * The texts that close an item (办结 and 反馈, 第六条): the unit's draft and submitted completion report, the office's
 * feedback report to the leaders, and whether a leader has read it (阅知, once per feedback). Immutable: each step
 * gives a new value.
 */
@Embeddable
public class Reports implements java.io.Serializable {

    @Column(name = "COMPLETION_DRAFT", length = 8000)
    private String completionDraft;

    @Column(name = "COMPLETION_REPORT", length = 8000)
    private String completionReport;

    @Column(name = "FEEDBACK_REPORT", length = 8000)
    private String feedbackReport;

    @Column(name = "READ_BY_LEADER", nullable = false)
    private boolean readByLeader;

    protected Reports() {
    }

    private Reports(String completionDraft, String completionReport, String feedbackReport, boolean readByLeader) {
        this.completionDraft = completionDraft;
        this.completionReport = completionReport;
        this.feedbackReport = feedbackReport;
        this.readByLeader = readByLeader;
    }

    public static Reports none() {
        return new Reports();
    }

    /** @throws org.duban.shared.DomainException {@code error.completion.textRequired} (input {@code text}) */
    Reports drafted(String text) {
        return new Reports(Require.textIn("text", text, "error.completion.textRequired"), completionReport,
                feedbackReport, readByLeader);
    }

    /** The report typed at submission, or else the draft the unit's staff prepared. */
    Reports submitted(String typed) {
        String text = Require.optionalText(typed) != null ? typed.strip() : completionDraft;
        return new Reports(completionDraft, Require.textIn("text", text, "error.completion.textRequired"),
                feedbackReport, readByLeader);
    }

    /** @throws org.duban.shared.DomainException {@code error.feedback.textRequired} (input {@code text}) */
    Reports fedBack(String text) {
        return new Reports(completionDraft, completionReport, Require.textIn("text", text, "error.feedback.textRequired"),
                false);
    }

    /** @throws org.duban.shared.DomainException {@code error.read.already}: 阅知 happens once */
    Reports read() {
        Require.that(!readByLeader, "error.read.already");
        return new Reports(completionDraft, completionReport, feedbackReport, true);
    }

    public String getCompletionDraft() {
        return completionDraft;
    }

    public String getCompletionReport() {
        return completionReport;
    }

    public String getFeedbackReport() {
        return feedbackReport;
    }

    public boolean isReadByLeader() {
        return readByLeader;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reports other && readByLeader == other.readByLeader
                && Objects.equals(completionDraft, other.completionDraft)
                && Objects.equals(completionReport, other.completionReport)
                && Objects.equals(feedbackReport, other.feedbackReport);
    }

    @Override
    public int hashCode() {
        return Objects.hash(completionDraft, completionReport, feedbackReport, readByLeader);
    }
}
