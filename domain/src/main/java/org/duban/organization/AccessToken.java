package org.duban.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.duban.shared.DomainException;
import org.duban.shared.Require;

import java.time.LocalDate;

/**
 * A personal access token (个人访问令牌): a program acting in its owner's name through the REST API, with what the
 * owner may do and no more, limited further by its {@link Scope}. Only the SHA-256 of the token is kept (64 hex
 * digits, also the row's key), so the token is shown once, when it is made; revoking it deletes the row. It ends on
 * its expiry day.
 */
@Entity
@Table(name = "ACCESS_TOKEN")
public class AccessToken {

    /** Longest name, in characters. */
    public static final int NAME_LENGTH = 100;
    /** The validities a token may be given, in days. */
    public static final int[] VALID_DAYS = {30, 90, 365};

    /** What a token may be used for. */
    public enum Scope {
        /** Reading only: to-dos, items, statistics. */
        READ,
        /** Reading, and the actions of the seven steps its owner may take. */
        READ_WRITE;

        public boolean allowsWriting() {
            return this == READ_WRITE;
        }
    }

    @Id
    @Column(name = "TOKEN_SHA256", length = 64)
    private String tokenSha256;

    @Column(name = "ACCOUNT_ID", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "NAME", nullable = false, length = NAME_LENGTH, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "SCOPE", nullable = false, length = 20, updatable = false)
    private Scope scope;

    @Column(name = "CREATED_ON", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Column(name = "EXPIRES_ON", nullable = false, updatable = false)
    private LocalDate expiresOn;

    protected AccessToken() {
    }

    /**
     * A token of the account {@code accountId}, made on {@code on}, valid for {@code days} days (one of
     * {@link #VALID_DAYS}).
     *
     * @throws DomainException {@code error.accessToken.name} without a name or with a longer one than
     *                         {@link #NAME_LENGTH}; {@code error.accessToken.scope} without a scope;
     *                         {@code error.accessToken.days} for any other validity
     */
    public AccessToken(String tokenSha256, long accountId, String name, Scope scope, LocalDate on, int days) {
        Require.that(tokenSha256 != null && tokenSha256.matches("[0-9a-f]{64}"), "error.accessToken.token");
        String named = Require.textIn("name", name, "error.accessToken.name");
        Require.thatIn("name", named.length() <= NAME_LENGTH, "error.accessToken.name");
        Require.presentIn("scope", scope, "error.accessToken.scope");
        Require.thatIn("days", java.util.Arrays.stream(VALID_DAYS).anyMatch(valid -> valid == days),
                "error.accessToken.days", days);
        this.tokenSha256 = tokenSha256;
        this.accountId = accountId;
        this.name = named;
        this.scope = scope;
        this.createdOn = Require.present(on, "error.accessToken.token");
        this.expiresOn = on.plusDays(days - 1L); // valid for {@code days} days, the day it is made the first
    }

    /** Valid on {@code day}: up to and including its last day (made on the 1st for 30 days: the 30th). */
    public boolean isValidOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }

    public String getTokenSha256() { return tokenSha256; }
    public Long getAccountId() { return accountId; }
    public String getName() { return name; }
    public Scope getScope() { return scope; }
    public LocalDate getCreatedOn() { return createdOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
}
