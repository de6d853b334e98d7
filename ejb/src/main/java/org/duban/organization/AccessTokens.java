package org.duban.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.organization.AccessToken.Scope;
import org.duban.shared.DomainException;
import org.duban.shared.SecretToken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person's own personal access tokens for the REST API: made, listed and revoked by their owner alone, each
 * audited. A token is {@value #PREFIX} followed by a {@link SecretToken} (47 characters); the prefix tells it apart from
 * a password in a script or a log.
 */
@Stateless
@PermitAll
public class AccessTokens {

    /** Every personal access token begins so. */
    public static final String PREFIX = "dbn_";

    /** Who a valid token stands for, and what it may do. */
    public record Holder(String username, Scope scope) {
    }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * A new token of the caller's.
     *
     * @param days how long it is valid: one of {@link AccessToken#VALID_DAYS}
     * @return the token, 47 characters; only its SHA-256 is kept, so this is the only time it can be shown
     * @throws DomainException a name missing or over 100 characters, no scope, another validity
     */
    public String create(String name, Scope scope, int days) {
        Account owner = callers.current().account();
        String token = PREFIX + SecretToken.next();
        AccessToken made = new AccessToken(SecretToken.fingerprint(token), owner.getId(), name, scope,
                LocalDate.now(clock), days);
        em.persist(made);
        audit.record(AuditKind.ACCESS_TOKEN_CREATED, "account " + owner.getUsername(),
                made.getName() + " (" + scope + ", " + made.getExpiresOn() + ")");
        return token;
    }

    /** The caller's tokens, newest first (expired ones too, until revoked). */
    public List<AccessToken> mine() {
        return em.createQuery("select t from AccessToken t where t.accountId = :owner"
                        + " order by t.createdOn desc, t.name", AccessToken.class)
                .setParameter("owner", callers.current().account().getId()).getResultList();
    }

    /**
     * Ends one of the caller's tokens at once.
     *
     * @param fingerprint the token's SHA-256 as {@link #mine} lists it
     * @throws DomainException {@code error.accessToken.notFound}: the caller holds no such token (revoked already)
     */
    public void revoke(String fingerprint) {
        Account owner = callers.current().account();
        AccessToken token = fingerprint == null ? null : em.find(AccessToken.class, fingerprint);
        if (token == null || !token.getAccountId().equals(owner.getId())) {
            throw new DomainException("error.accessToken.notFound");
        }
        em.remove(token);
        audit.record(AuditKind.ACCESS_TOKEN_REVOKED, "account " + owner.getUsername(), token.getName());
    }

    /** The active account a token stands for, with the token's scope; empty for any other, expired or revoked token. */
    public Optional<Holder> holderOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || !SecretToken.isWellFormed(token.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        return em.createQuery("select a.username, t.scope from AccessToken t, Account a"
                        + " where t.tokenSha256 = :fingerprint and a.id = t.accountId and a.active = :active"
                        + " and t.expiresOn >= :today", Object[].class)
                .setParameter("fingerprint", SecretToken.fingerprint(token)).setParameter("active", Boolean.TRUE)
                .setParameter("today", LocalDate.now(clock)).getResultStream().findFirst()
                .map(row -> new Holder((String) row[0], (Scope) row[1]));
    }
}
