package org.duban.web.archive;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.duban.archive.Loan;
import org.duban.archive.Loans;
import org.duban.web.i18n.Messages;
import org.duban.organization.Role;
import org.duban.web.security.UserBean;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Loans: the archivist's list to approve, refuse and take back; a borrower's own loans. */
@Named
@ViewScoped
public class LoansBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Loans loans;
    @Inject
    private Messages messages;
    @Inject
    private UserBean user;
    @Inject
    private Clock clock;

    private List<Loan> list = List.of();

    public void load() {
        list = user.holds(Role.Names.ARCHIVIST) ? loans.open() : loans.mine();
    }

    public void approve(long loanId, int version) {
        decide(() -> loans.decide(loanId, version, true), "page.loans.approved");
    }

    public void refuse(long loanId, int version) {
        decide(() -> loans.decide(loanId, version, false), "page.loans.refused");
    }

    public void returned(long loanId, int version) {
        decide(() -> loans.markReturned(loanId, version), "page.loans.returned");
    }

    /** The list is read again after a decision, taken or refused: another archivist's may have come first. */
    private void decide(Runnable decision, String done) {
        try {
            decision.run();
            messages.info(done);
        } finally {
            load();
        }
    }

    public boolean overdue(Loan loan) {
        return loan.isOverdue(LocalDate.now(clock));
    }

    public boolean open(Loan loan) {
        return loan.grantsAccess(LocalDate.now(clock));
    }

    public List<Loan> getList() { return list; }
}
