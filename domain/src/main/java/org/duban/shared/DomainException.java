package org.duban.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;
import java.util.List;

/**
 * A business rule refused an action. The message is a resource bundle key; the arguments fill its placeholders.
 * Rolled back when thrown from a service, so a refused action changes nothing.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final transient List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public String getMessageKey() {
        return getMessage();
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
