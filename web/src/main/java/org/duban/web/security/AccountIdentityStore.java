package org.duban.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.duban.organization.Account;
import org.duban.organization.SignIns;
import org.duban.organization.Role;

import java.util.stream.Collectors;

/**
 * The identity store: an active account whose password is right — its PBKDF2 hash here, or the college directory
 * (LDAP) for a directory account — with its roles as groups. Throttling and the audit trail are in {@link SignIns}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private SignIns signIns;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignIns.Attempt attempt = signIns.attempt(credential.getCaller(), credential.getPasswordAsString());
        if (attempt.outcome() != SignIns.Outcome.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = attempt.account();
        return new CredentialValidationResult(account.getUsername(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
