package org.duban.organization;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Passwords are kept as PBKDF2WithHmacSHA512 hashes with 210,000 iterations (the Jakarta Security default of SHA-256
 * with 2,048 iterations is far too weak).
 */
@ApplicationScoped
public class PasswordHashing {

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    private volatile String decoy;

    /** Makes a wrong name cost as much time as a wrong password, so timing does not tell which names exist. */
    public void spendTheTimeOfACheck(String password) {
        if (decoy == null) {
            decoy = hash(java.util.UUID.randomUUID().toString());
        }
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
