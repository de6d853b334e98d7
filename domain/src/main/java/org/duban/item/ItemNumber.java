package org.duban.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.duban.shared.DomainException;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The item number 督办〔YYYY〕N号, given at registration from a gap-free sequence per year. */
@Embeddable
public class ItemNumber {

    private static final Pattern FORMAT = Pattern.compile("督办〔(\\d{4})〕(\\d+)号");

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
