package org.duban.item;

import org.duban.shared.AccessDeniedException;
import org.duban.shared.DomainException;
import org.duban.shared.SituationRefusedException;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a person may not take an action on an item now: the message is a bundle key with its arguments. A refusal of
 * the person (their role, or their relation to the item) is an access refusal and is recorded as such; a refusal of
 * the item's situation (its state, what is pending, what has already happened) is a business rule.
 */
public record Refusal(Kind kind, String messageKey, List<Object> arguments) implements Serializable {

    public enum Kind {
        /** None of the person's roles may take the action (DESIGN.md's table of who may do what). */
        ROLE,
        /** The role may, but not on this item: another unit's item, a draft the person was not consulted on. */
        RELATION,
        /** The person may, but not now: the state, something pending or already done, nothing to act on. */
        SITUATION
    }

    static Refusal of(Kind kind, String messageKey, Object... arguments) {
        return new Refusal(kind, messageKey, Collections.unmodifiableList(Arrays.asList(arguments)));
    }

    /**
     * As the exception a service throws: {@link AccessDeniedException} for the person, {@link SituationRefusedException}
     * for the item's situation.
     */
    public DomainException toException() {
        Object[] args = arguments.toArray();
        return kind == Kind.SITUATION ? new SituationRefusedException(messageKey, args)
                : new AccessDeniedException(messageKey, args);
    }
}
