package org.duban.shared;

import jakarta.ejb.ApplicationException;

/** The caller may not act on this object (a foreign unit's item, a draft they were not asked about…). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends DomainException {
    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
