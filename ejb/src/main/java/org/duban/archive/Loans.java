package org.duban.archive;

import org.duban.audit.RecordsRefusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.item.ItemAccess;
import org.duban.organization.Account;
import org.duban.organization.Caller;
import org.duban.organization.Callers;
import org.duban.organization.Role;
import org.duban.shared.AccessDeniedException;
import org.duban.shared.ConcurrentChangeException;
import org.duban.shared.DomainException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.duban.organization.Role.Names.ARCHIVIST;
import static org.duban.organization.Role.Names.LEADER;
import static org.duban.organization.Role.Names.OFFICE_DIRECTOR;
import static org.duban.organization.Role.Names.OFFICE_STAFF;
import static org.duban.organization.Role.Names.UNIT_HEAD;
import static org.duban.organization.Role.Names.UNIT_STAFF;

/** 借阅: people who may see an item ask for its dossier; the archivist approves or refuses and takes it back. */
@Stateless
@RecordsRefusals
public class Loans {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Callers callers;

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR, LEADER, UNIT_HEAD, UNIT_STAFF})
    public long request(long dossierId, String purpose, LocalDate dueBack) {
        Caller caller = callers.current();
        Dossier dossier = em.find(Dossier.class, dossierId);
        if (dossier == null) {
            throw new DomainException("error.dossier.notFound");
        }
        if (!ItemAccess.maySee(caller, dossier.getItem())) {
            throw new AccessDeniedException("error.access.dossier");
        }
        Loan loan = new Loan(dossier, em.getReference(Account.class, caller.account().getId()), purpose, dueBack, LocalDate.now(clock), clock.instant());
        em.persist(loan);
        em.flush();
        return loan.getId();
    }

    @RolesAllowed({OFFICE_STAFF, OFFICE_DIRECTOR, LEADER, UNIT_HEAD, UNIT_STAFF})
    public List<Loan> mine() {
        return em.createQuery("select l from Loan l join fetch l.dossier join fetch l.borrower b join fetch b.unit where b.id = :me"
                + " order by l.requestedAt desc", Loan.class).setParameter("me", callers.current().account().getId())
                .getResultList();
    }

    /** Loans asked for and loans out, oldest first: the archivist's work list. */
    @RolesAllowed(ARCHIVIST)
    public List<Loan> open() {
        return em.createQuery("select l from Loan l join fetch l.dossier join fetch l.borrower b join fetch b.unit"
                        + " where l.state in :open"
                        + " order by l.requestedAt", Loan.class)
                .setParameter("open", List.of(LoanState.REQUESTED, LoanState.APPROVED)).getResultList();
    }

    @RolesAllowed(ARCHIVIST)
    public void decide(long loanId, int version, boolean approve) {
        Loan loan = loan(loanId, version);
        String archivist = callers.current().account().getUsername();
        if (approve) {
            loan.approve(archivist, clock.instant());
        } else {
            loan.refuse(archivist, clock.instant());
        }
    }

    @RolesAllowed(ARCHIVIST)
    public void markReturned(long loanId, int version) {
        loan(loanId, version).markReturned(clock.instant());
    }

    private Loan loan(long loanId, int version) {
        Loan loan = em.find(Loan.class, loanId);
        if (loan == null) {
            throw new DomainException("error.loan.notFound");
        }
        if (loan.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return loan;
    }
}
