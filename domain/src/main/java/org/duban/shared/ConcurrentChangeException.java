package org.duban.shared;

import jakarta.ejb.ApplicationException;

/** Somebody else changed the object since the caller read it; the caller's change was not applied. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends DomainException {
    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
