package org.duban.assessment;

import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.organization.Unit;
import org.duban.shared.ConcurrentChangeException;
import org.duban.shared.DomainException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.duban.organization.Role.Names.LEADER;
import static org.duban.organization.Role.Names.OFFICE_DIRECTOR;
import static org.duban.organization.Role.Names.OFFICE_STAFF;

/**
 * Assessment periods: scores per unit from the statistics and the administrator's rules — live while the period is
 * open, frozen once the director closes it — and the office's written opinion of each unit.
 */
@Stateless
@RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR, LEADER})
public class Assessments {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    @EJB
    private Callers callers;

    @EJB
    private Statistics statistics;

    /** One unit's line: the counts behind the score, the score, the opinion; frozen or live. */
    public record UnitScore(Unit unit, long assigned, long completed, long onTime, long overdue, long returns,
                            long notices, int score, String opinion) implements Serializable {
    }

    @PermitAll
    public ScoringRules rules() {
        ScoringRules rules = em.find(ScoringRules.class, ScoringRules.ID);
        return rules != null ? rules : new ScoringRules();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void changeRules(int version, int base, int perOnTime, int bonusCap, int perOverdue, int perReturn,
                            int perNotice, int deductionCap) {
        ScoringRules rules = em.find(ScoringRules.class, ScoringRules.ID);
        if (rules.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        rules.change(base, perOnTime, bonusCap, perOverdue, perReturn, perNotice, deductionCap);
        audit.record(AuditKind.ADMINISTRATION, "scoring rules", "base " + base + ", +" + perOnTime + " per on-time item"
                + " (cap " + bonusCap + "), -" + perOverdue + " overdue, -" + perReturn + " return, -" + perNotice
                + " notice (cap " + deductionCap + ")");
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public long open(String name, LocalDate from, LocalDate to) {
        AssessmentPeriod period = new AssessmentPeriod(name, from, to);
        em.persist(period);
        em.flush();
        return period.getId();
    }

    public List<AssessmentPeriod> periods() {
        return em.createQuery("select p from AssessmentPeriod p order by p.from desc, p.id desc", AssessmentPeriod.class)
                .getResultList();
    }

    public AssessmentPeriod period(long periodId) {
        AssessmentPeriod period = em.find(AssessmentPeriod.class, periodId);
        if (period == null) {
            throw new DomainException("error.assessment.notFound");
        }
        return period;
    }

    /** Each unit's score: as frozen when the period was closed, or as the items stand now. */
    public List<UnitScore> scores(long periodId) {
        AssessmentPeriod period = period(periodId);
        List<UnitScore> scores = new ArrayList<>();
        if (period.isClosed()) {
            for (UnitAssessment u : period.getUnits()) {
                if (u.getScore() != null) {
                    scores.add(new UnitScore(u.getUnit(), u.getAssigned(), u.getCompleted(), u.getOnTime(),
                            u.getOverdue(), u.getReturns(), u.getNotices(), u.getScore(), u.getOpinion()));
                }
            }
            return scores;
        }
        for (UnitAssessment.Frozen result : live(period)) {
            scores.add(new UnitScore(result.unit(), result.assigned(), result.completed(), result.onTime(),
                    result.overdue(), result.returns(), result.notices(), result.score(),
                    period.assessmentOf(result.unit()).map(UnitAssessment::getOpinion).orElse(null)));
        }
        return scores;
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR})
    public void writeOpinion(long periodId, long unitId, String opinion) {
        period(periodId).writeOpinion(unit(unitId), opinion);
    }

    /** Freezes the scores and opinions as they are now; later changes to items no longer alter them. */
    @RolesAllowed(OFFICE_DIRECTOR)
    public void close(long periodId, int version) {
        AssessmentPeriod period = period(periodId);
        if (period.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        period.close(live(period), callers.current().account().getUsername(), clock.instant());
    }

    private List<UnitAssessment.Frozen> live(AssessmentPeriod period) {
        ScoringRules rules = rules();
        List<UnitAssessment.Frozen> results = new ArrayList<>();
        for (Figures f : statistics.figures(period.period(), Grouping.UNIT)) {
            long overdue = f.get(Figure.LATE) + f.get(Figure.OVERDUE_NOW);
            long returns = f.get(Figure.SUPPLEMENTED) + f.get(Figure.REDONE);
            long assigned = f.get(Figure.ASSIGNED_LEAD);
            if (assigned + f.get(Figure.COMPLETED) + overdue + returns + f.get(Figure.NOTICES) == 0) {
                continue; // a unit only co-handling or only urged has nothing to score here
            }
            results.add(new UnitAssessment.Frozen(unit((Long) f.getKey()), assigned, f.get(Figure.COMPLETED),
                    f.get(Figure.ON_TIME), overdue, returns, f.get(Figure.NOTICES),
                    rules.score(f.get(Figure.ON_TIME), overdue, returns, f.get(Figure.NOTICES))));
        }
        return results;
    }

    private Unit unit(long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw new DomainException("error.unit.notFound");
        }
        return unit;
    }
}
