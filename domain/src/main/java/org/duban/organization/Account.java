package org.duban.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.duban.shared.Require;
import org.duban.shared.TypedText;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A person who signs in. Belongs to exactly one unit and may hold several roles. */
@Entity
@Table(name = "ACCOUNT")
@NamedQuery(name = Account.ACTIVE_BY_USERNAME, query = "select a from Account a join fetch a.unit"
        + " left join fetch a.roles where a.username = :username and a.active = :active")
public class Account implements java.io.Serializable {

    /** The signed-in person's account, if still active, with unit and roles; parameters username and active (TRUE). */
    public static final String ACTIVE_BY_USERNAME = "Account.activeByUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "USERNAME", nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "FULL_NAME", nullable = false, length = 100)
    private String fullName;

    @ManyToOne(optional = false)
    @JoinColumn(name = "UNIT_ID")
    private Unit unit;

    /** Lazy: lists name people without their roles; the reads that show or check roles fetch them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Column(name = "ROLE_NAME", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    /** PBKDF2 hash in the Jakarta Security format; never the password itself. */
    @Column(name = "PASSWORD_HASH", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Column(name = "LANGUAGE", length = 10)
    private String language;

    /** Where the daily digest goes, if anywhere. */
    @Column(name = "EMAIL", length = 200)
    private String email;

    /** Set by a password reset: the next sign-in must choose a new password before anything else. */
    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    /** Signs in with the college directory's password (LDAP) instead of a password kept here. */
    @Column(name = "DIRECTORY_LOGIN", nullable = false)
    private boolean directoryLogin;

    @Version
    @Column(name = "VERSION")
    private int version;

    protected Account() {
    }

    public Account(String username, String fullName, Unit unit, Set<Role> roles, String passwordHash) {
        this.username = Require.text(TypedText.canonical(username), "error.account.usernameRequired");
        Require.that(this.username.matches("[A-Za-z0-9._@-]{2,50}"), "error.account.usernameFormat");
        this.fullName = Require.text(fullName, "error.account.fullNameRequired");
        this.unit = Require.present(unit, "error.account.unitRequired");
        Require.that(roles != null && !roles.isEmpty(), "error.account.roleRequired");
        this.roles = new HashSet<>(roles);
        this.passwordHash = Require.text(passwordHash, "error.account.passwordRequired");
    }

    /** The administrator's changes of who the person is and what they may do, all checked before any is made. */
    public void describe(String fullName, Unit unit, Set<Role> roles, String email, String language,
                         boolean directoryLogin) {
        String name = Require.text(fullName, "error.account.fullNameRequired");
        Require.present(unit, "error.account.unitRequired");
        Require.that(roles != null && !roles.isEmpty(), "error.account.roleRequired");
        changeEmail(email);
        this.fullName = name;
        this.unit = unit;
        this.roles = new HashSet<>(roles);
        this.language = Require.optionalText(language);
        this.directoryLogin = directoryLogin;
        if (directoryLogin) {
            // the directory owns the password: a change asked for here could never be made
            this.mustChangePassword = false;
        }
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** An administrator sets a temporary password; the person must replace it at their next sign-in. */
    public void resetPassword(String temporaryHash) {
        Require.that(!directoryLogin, "error.account.directoryPassword");
        this.passwordHash = Require.text(temporaryHash, "error.account.passwordRequired");
        this.mustChangePassword = true;
    }

    /** The person chose a new password (checked against {@link PasswordRule} before hashing). */
    public void changePassword(String newHash) {
        this.passwordHash = Require.text(newHash, "error.account.passwordRequired");
        this.mustChangePassword = false;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isDirectoryLogin() {
        return directoryLogin;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Unit getUnit() {
        return unit;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public String getLanguage() {
        return language;
    }

    public String getEmail() {
        return email;
    }

    public void changeEmail(String email) {
        String value = Require.optionalText(TypedText.canonical(email));
        Require.that(value == null || value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "error.account.email");
        this.email = value;
    }

    public void chooseLanguage(String language) {
        this.language = Require.optionalText(language);
    }

    @Override
    public boolean equals(Object o) {
        // the other's key through its getter: a lazy reference may be a provider's proxy with empty fields
        return o instanceof Account other && (id != null ? Objects.equals(id, other.getId()) : this == other);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
