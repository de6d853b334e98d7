package org.duban.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.shared.Require;

/**
 * How a unit's score is worked out, one row kept by the administrator: a base, points for each item completed on
 * time (up to a cap), and deductions for each overdue item (completed late, or overdue now), each return for more
 * work, each 通报 (together up to a cap).
 */
@Entity
@Table(name = "SCORING_RULES")
public class ScoringRules implements java.io.Serializable {

    public static final int ID = 1;

    @Id
    @Column(name = "ID")
    private int id = ID;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    @Column(name = "BASE", nullable = false)
    private int base = 100;

    @Column(name = "PER_ON_TIME", nullable = false)
    private int perOnTime = 1;

    @Column(name = "BONUS_CAP", nullable = false)
    private int bonusCap = 10;

    @Column(name = "PER_OVERDUE", nullable = false)
    private int perOverdue = 2;

    @Column(name = "PER_RETURN", nullable = false)
    private int perReturn = 1;

    @Column(name = "PER_NOTICE", nullable = false)
    private int perNotice = 5;

    @Column(name = "DEDUCTION_CAP", nullable = false)
    private int deductionCap = 30;

    public ScoringRules() {
    }

    /** Changes every value at once after checking each (0 to 100); on a refusal nothing has changed. */
    public void change(int base, int perOnTime, int bonusCap, int perOverdue, int perReturn, int perNotice,
                       int deductionCap) {
        for (int value : new int[]{base, perOnTime, bonusCap, perOverdue, perReturn, perNotice, deductionCap}) {
            Require.that(value >= 0 && value <= 100, "error.scoring.range", 0, 100);
        }
        this.base = base;
        this.perOnTime = perOnTime;
        this.bonusCap = bonusCap;
        this.perOverdue = perOverdue;
        this.perReturn = perReturn;
        this.perNotice = perNotice;
        this.deductionCap = deductionCap;
    }

    /** The score of a unit with these counts in a period. */
    public int score(long onTime, long overdue, long returns, long notices) {
        long bonus = Math.min(onTime * perOnTime, bonusCap);
        long deduction = Math.min(overdue * perOverdue + returns * perReturn + notices * perNotice, deductionCap);
        return (int) (base + bonus - deduction);
    }

    public int getVersion() { return version; }
    public int getBase() { return base; }
    public int getPerOnTime() { return perOnTime; }
    public int getBonusCap() { return bonusCap; }
    public int getPerOverdue() { return perOverdue; }
    public int getPerReturn() { return perReturn; }
    public int getPerNotice() { return perNotice; }
    public int getDeductionCap() { return deductionCap; }
}
