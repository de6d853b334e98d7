package org.duban.shared;

import jakarta.ejb.ApplicationException;

/**
 * The person may take the action, but not now: the item's state, something pending or already done (a
 * {@code Refusal.Kind.SITUATION} of the rulebook). Told apart from a refused input, which is a plain
 * {@link DomainException}: the REST API answers this one 409 Conflict, a refused input 400.
 */
@ApplicationException(rollback = true)
public class SituationRefusedException extends DomainException {
    public SituationRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
