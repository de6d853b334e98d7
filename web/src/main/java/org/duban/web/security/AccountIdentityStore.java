package org.duban.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.duban.organization.Accounts;
import org.duban.organization.Role;

import java.util.stream.Collectors;

/** The database identity store: an active account whose PBKDF2 hash matches, with its roles as groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private Accounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(account -> new CredentialValidationResult(account.getUsername(),
                        account.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
