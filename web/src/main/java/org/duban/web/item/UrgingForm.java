package org.duban.web.item;

import org.duban.item.Urging.UrgingRecord;
import org.duban.item.UrgingMethod;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the urging form (催办, 第七条) holds while it is typed: the same form on the item page (one item, any method)
 * and on the work list (one meeting for several items). Its inputs' ids are those a refusal names: method, urgedOn,
 * people, notes, outcome.
 */
public class UrgingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UrgingMethod method;
    private LocalDate urgedOn;
    private String people;
    private String notes;
    private String outcome;

    /** As recorded: by the method chosen, or by the one the form stands for (a meeting). */
    public UrgingRecord record(UrgingMethod fixedMethod, LocalDate today) {
        return new UrgingRecord(fixedMethod != null ? fixedMethod : method, urgedOn == null ? today : urgedOn, people,
                notes, outcome);
    }

    /** Empty again after a record, the date kept. */
    public void clear() {
        method = null;
        people = null;
        notes = null;
        outcome = null;
    }

    public UrgingMethod getMethod() { return method; }
    public void setMethod(UrgingMethod method) { this.method = method; }
    public LocalDate getUrgedOn() { return urgedOn; }
    public void setUrgedOn(LocalDate urgedOn) { this.urgedOn = urgedOn; }
    public String getPeople() { return people; }
    public void setPeople(String people) { this.people = people; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}
