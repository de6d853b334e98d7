package org.duban.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.duban.shared.DomainException;
import org.duban.shared.TypedText;
import org.duban.shared.Require;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 档号 {@code 全宗号-门类代码·年度-保管期限-机构代码-件号}, e.g. {@code J001-WS·2026-D30-DB-0007} (DA/T 22-2015).
 * The first five parts name the class (分类) within which the 件号 runs without gaps.
 */
@Embeddable
public class ArchivalNumber implements java.io.Serializable {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,10}");
    private static final Pattern FORMAT = Pattern.compile(
            "([A-Z0-9]{1,10})-([A-Z0-9]{1,10})·(\\d{4})-(Y|D30|D10)-([A-Z0-9]{1,10})-(\\d{4})");

    @Column(name = "FONDS", nullable = false, length = 10)
    private String fonds;

    @Column(name = "CATEGORY_CODE", nullable = false, length = 10)
    private String categoryCode;

    @Column(name = "FILING_YEAR", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "RETENTION", nullable = false, length = 4)
    private Retention retention;

    @Column(name = "ORG_CODE", nullable = false, length = 10)
    private String orgCode;

    @Column(name = "PIECE", nullable = false)
    private int piece;

    protected ArchivalNumber() {
    }

    public ArchivalNumber(String fonds, String categoryCode, int year, Retention retention, String orgCode, int piece) {
        this.fonds = code(fonds, "error.archive.fonds");
        this.categoryCode = code(categoryCode, "error.archive.categoryCode");
        Require.that(year >= 1900 && year <= 9999, "error.archive.year");
        this.year = year;
        this.retention = Require.present(retention, "error.archive.retentionRequired");
        this.orgCode = code(orgCode, "error.archive.orgCode");
        Require.that(piece >= 1 && piece <= 9999, "error.archive.piece");
        this.piece = piece;
    }

    /** Reads a number as printed; refuses anything else with a message. */
    public static ArchivalNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new DomainException("error.archive.numberFormat", String.valueOf(text));
        }
        return new ArchivalNumber(m.group(1), m.group(2), Integer.parseInt(m.group(3)), Retention.valueOf(m.group(4)),
                m.group(5), Integer.parseInt(m.group(6)));
    }

    /** A code as the settings give it: upper-case letters and digits. */
    public static String code(String value, String messageKey) {
        String code = value == null ? "" : value.strip();
        Require.that(CODE.matcher(code).matches(), messageKey, String.valueOf(value));
        return code;
    }

    /**
     * The beginning of an archival number as typed into a search box, in the stored form: full-width letters and
     * digits plain, letters upper-case, any look-alike of the middle dot ({@code .}, {@code ・}, {@code •}, …) as {@code ·}.
     */
    public static String searchable(String typed) {
        return TypedText.canonical(typed).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "")
                .replaceAll("[.・•‧∙⋅･]", "·");
    }

    /** Everything before the 件号: the class the pieces are counted in. */
    public String classPrefix() {
        return fonds + "-" + categoryCode + "·" + year + "-" + retention + "-" + orgCode;
    }

    public String getFonds() {
        return fonds;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public int getYear() {
        return year;
    }

    public Retention getRetention() {
        return retention;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public int getPiece() {
        return piece;
    }

    @Override
    public String toString() {
        return classPrefix() + "-" + String.format("%04d", piece);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArchivalNumber other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toString());
    }
}
