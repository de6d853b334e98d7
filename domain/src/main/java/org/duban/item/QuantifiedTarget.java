package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.duban.shared.Require;

import java.util.Objects;

/** One measurable deliverable of an item (任务量化): what is to be done and how much of it. */
@Embeddable
public class QuantifiedTarget implements java.io.Serializable {

    @Column(name = "DESCRIPTION", nullable = false, length = 500)
    private String description;

    @Column(name = "MEASURE", length = 200)
    private String measure;

    protected QuantifiedTarget() {
    }

    public QuantifiedTarget(String description, String measure) {
        this.description = Require.textIn("targets", description, "error.target.descriptionRequired");
        Require.thatIn("targets", this.description.length() <= 500, "error.target.descriptionTooLong", 500);
        this.measure = Require.optionalText(measure);
        Require.thatIn("targets", this.measure == null || this.measure.length() <= 200, "error.target.measureTooLong", 200);
    }

    public String getDescription() {
        return description;
    }

    public String getMeasure() {
        return measure;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantifiedTarget other && description.equals(other.description)
                && Objects.equals(measure, other.measure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, measure);
    }

    @Override
    public String toString() {
        return measure == null ? description : description + " — " + measure;
    }
}
