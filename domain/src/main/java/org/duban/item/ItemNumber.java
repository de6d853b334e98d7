package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.duban.shared.DomainException;
import org.duban.shared.TypedText;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The item number 督办〔YYYY〕N号, given at registration from a gap-free sequence per year. */
@Embeddable
public class ItemNumber implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("督办〔(\\d{4})〕(\\d+)号");
    private static final Pattern TYPED = Pattern.compile(
            "(?:督办)?[\\[(【〔〖]?(\\d{4})(?:[\\])】〕〗][-—第]?|[-—第])(\\d{1,6})号?"); // 2026 and 12 apart, not 202612

    @Column(name = "NUMBER_YEAR")
    private Integer year;

    @Column(name = "NUMBER_SEQ")
    private Integer sequence;

    protected ItemNumber() {
    }

    public ItemNumber(int year, int sequence) {
        if (year < 1900 || year > 9999) {
            throw new DomainException("error.itemNumber.year", year);
        }
        if (sequence < 1) {
            throw new DomainException("error.itemNumber.sequence", sequence);
        }
        this.year = year;
        this.sequence = sequence;
    }

    public static ItemNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new DomainException("error.itemNumber.format", text);
        }
        return new ItemNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /**
     * The number a person means, typed as people type it: with or without 督办 and 号, the year in any bracket that
     * looks like 〔〕 ([], (), 【】, 〖〗, full-width or not) or none, spaces anywhere ({@code 督办[2026]12号},
     * {@code 〔２０２６〕１２号}, {@code 2026-12}); empty when the text is not a number.
     */
    public static java.util.Optional<ItemNumber> lookup(String typed) {
        String text = TypedText.canonical(typed).replaceAll("\\s+", "");
        Matcher matcher = TYPED.matcher(text);
        if (!matcher.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new ItemNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
        } catch (RuntimeException notANumber) {
            return java.util.Optional.empty();
        }
    }

    public int getYear() {
        return year;
    }

    public int getSequence() {
        return sequence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemNumber other && Objects.equals(year, other.year) && Objects.equals(sequence, other.sequence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, sequence);
    }

    @Override
    public String toString() {
        return "督办〔" + year + "〕" + sequence + "号";
    }
}
