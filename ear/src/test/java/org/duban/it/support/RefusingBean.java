package org.duban.it.support;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.duban.shared.DomainException;

/** Test only: actions refused as a service refuses, by a rule about one input or by the caller's role. */
@Named
@RequestScoped
public class RefusingBean {

    public static final int LIMIT = 3;

    private String reason;

    public void refuseTheReason() {
        throw DomainException.inField("reason", "error.text.tooLong", LIMIT);
    }

    public void refuseTheRole() {
        throw new EJBAccessException("RefusingBean.refuseTheRole");
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
