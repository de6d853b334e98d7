package org.duban.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.assessment.Assessments;
import org.duban.assessment.ScoringRules;
import org.duban.web.i18n.Messages;

import java.io.Serializable;

/** The administrator's scoring rules of the assessment. */
@Named
@ViewScoped
public class ScoringBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Assessments assessments;
    @Inject
    private Messages messages;

    private int version;
    private int base;
    private int perOnTime;
    private int bonusCap;
    private int perOverdue;
    private int perReturn;
    private int perNotice;
    private int deductionCap;

    public void load() {
        ScoringRules rules = assessments.rules();
        version = rules.getVersion();
        base = rules.getBase();
        perOnTime = rules.getPerOnTime();
        bonusCap = rules.getBonusCap();
        perOverdue = rules.getPerOverdue();
        perReturn = rules.getPerReturn();
        perNotice = rules.getPerNotice();
        deductionCap = rules.getDeductionCap();
    }

    public void save() {
        assessments.changeRules(version, base, perOnTime, bonusCap, perOverdue, perReturn, perNotice, deductionCap);
        messages.info("page.scoring.saved");
        load();
    }

    public int getBase() { return base; }
    public void setBase(int base) { this.base = base; }
    public int getPerOnTime() { return perOnTime; }
    public void setPerOnTime(int perOnTime) { this.perOnTime = perOnTime; }
    public int getBonusCap() { return bonusCap; }
    public void setBonusCap(int bonusCap) { this.bonusCap = bonusCap; }
    public int getPerOverdue() { return perOverdue; }
    public void setPerOverdue(int perOverdue) { this.perOverdue = perOverdue; }
    public int getPerReturn() { return perReturn; }
    public void setPerReturn(int perReturn) { this.perReturn = perReturn; }
    public int getPerNotice() { return perNotice; }
    public void setPerNotice(int perNotice) { this.perNotice = perNotice; }
    public int getDeductionCap() { return deductionCap; }
    public void setDeductionCap(int deductionCap) { this.deductionCap = deductionCap; }
}
