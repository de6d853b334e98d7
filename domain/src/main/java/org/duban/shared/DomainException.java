package org.duban.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A business rule refused an action. The message is a resource bundle key; the arguments fill its placeholders.
 * Rolled back when thrown from a service, so a refused action changes nothing. A refusal that concerns one input
 * names it ({@link #field()}: the input's id on the form, such as {@code text} or {@code proposedDue}), so that the page
 * shows the message beside it; the others are shown above the page.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final transient List<Object> arguments;

    private final String field;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private DomainException(String field, String messageKey, Object[] arguments) {
        super(messageKey);
        this.field = field;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    /** A refusal of the value typed into one input: {@code field} is that input's id on the form. */
    public static DomainException inField(String field, String messageKey, Object... arguments) {
        return new DomainException(field, messageKey, arguments);
    }

    /** The id of the input this refusal concerns; empty when it concerns the whole action. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String getMessageKey() {
        return getMessage();
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
