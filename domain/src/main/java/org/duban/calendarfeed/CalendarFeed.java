package org.duban.calendarfeed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.shared.Require;

import java.time.LocalDate;

/**
 * A person's secret calendar address, one per account. Only the SHA-256 of the address's token is kept (64 hex
 * digits), so the address is shown once, when it is made; renewing it replaces the fingerprint, and the old address
 * stops answering at once.
 */
@Entity
@Table(name = "CALENDAR_FEED")
public class CalendarFeed {

    @Id
    @Column(name = "ACCOUNT_ID")
    private Long accountId;

    @Column(name = "TOKEN_SHA256", nullable = false, length = 64)
    private String tokenSha256;

    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;

    @Version
    @Column(name = "VERSION")
    private int version;

    protected CalendarFeed() {
    }

    /** The first address of the account {@code accountId}: its token's SHA-256, made on {@code on}. */
    public CalendarFeed(long accountId, String tokenSha256, LocalDate on) {
        this.accountId = accountId;
        renew(tokenSha256, on);
    }

    /** A new address in place of the old one, made on {@code on}. */
    public void renew(String tokenSha256, LocalDate on) {
        Require.that(tokenSha256 != null && tokenSha256.matches("[0-9a-f]{64}"), "error.calendarFeed.token");
        this.tokenSha256 = tokenSha256;
        this.issuedOn = Require.present(on, "error.calendarFeed.token");
    }

    public Long getAccountId() {
        return accountId;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }
}
