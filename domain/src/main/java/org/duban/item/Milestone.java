package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.duban.shared.Require;

import java.time.LocalDate;

/** A part of an item (分解) with its own deadline; the item cannot be accepted while one is open. */
@Entity
@Table(name = "MILESTONE")
public class Milestone implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ITEM_ID")
    private SupervisionItem item;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "DUE", nullable = false)
    private LocalDate due;

    @Column(name = "COMPLETED_ON")
    private LocalDate completedOn;

    protected Milestone() {
    }

    Milestone(SupervisionItem item, String title, LocalDate due) {
        this.item = item;
        this.title = Require.text(title, "error.milestone.titleRequired");
        this.due = Require.present(due, "error.milestone.dueRequired");
    }

    void complete(LocalDate on) {
        Require.that(completedOn == null, "error.milestone.alreadyCompleted", title);
        this.completedOn = on;
    }

    public Long getId() {
        return id;
    }

    public SupervisionItem getItem() {
        return item;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDue() {
        return due;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public boolean isOpen() {
        return completedOn == null;
    }
}
