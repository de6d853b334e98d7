package org.duban.web.archive;

import org.duban.web.security.Refusals;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.duban.archive.Loan;
import org.duban.archive.Loans;
import org.duban.shared.DomainException;
import org.duban.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Loans: the archivist's list to approve, refuse and take back; a borrower's own loans. */
@Named
@ViewScoped
public class LoansBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Loans loans;
    @Inject
    private transient Messages messages;
    @Inject
    private transient Refusals refusals;
    @Inject
    private transient SecurityContext security;
    @Inject
    private transient Clock clock;

    private List<Loan> list = List.of();

    public void load() {
        try {
            list = security.isCallerInRole("ARCHIVIST") ? loans.open() : loans.mine();
        } catch (EJBAccessException e) {
            refusals.refused(e);
        }
    }

    public void approve(long loanId, int version) {
        act(() -> loans.decide(loanId, version, true));
    }

    public void refuse(long loanId, int version) {
        act(() -> loans.decide(loanId, version, false));
    }

    public void returned(long loanId, int version) {
        act(() -> loans.markReturned(loanId, version));
    }

    private void act(Runnable decision) {
        try {
            decision.run();
            messages.info("page.loans.done");
        } catch (DomainException e) {
            messages.refused(e);
        } catch (EJBAccessException e) {
            refusals.refused(e);
        }
        load();
    }

    public boolean overdue(Loan loan) {
        return loan.isOverdue(LocalDate.now(clock));
    }

    public boolean open(Loan loan) {
        return loan.grantsAccess(LocalDate.now(clock));
    }

    public List<Loan> getList() { return list; }
}
