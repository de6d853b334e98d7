package org.duban.it.services;

import org.duban.it.support.*;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import jakarta.ejb.EJB;
import org.duban.audit.AuditFilter;
import org.duban.audit.AuditKind;
import org.duban.audit.AuditLog;
import org.duban.organization.Account;
import org.duban.organization.AccountInput;
import org.duban.organization.Accounts;
import org.duban.organization.Administration;
import org.duban.organization.Role;
import org.duban.settings.Settings;
import org.duban.settings.SettingsService;
import org.duban.shared.DomainException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Signing in with the college directory: a real LDAP server (UnboundID's in-memory server, started by the test on
 * 127.0.0.1 inside the application server's JVM) holds the people; the application binds as them.
 */
class DirectoryLoginIT extends InServerTest {

    private static final String BASE = "dc=college,dc=test";

    @Deployment
    static WebArchive deployment() {
        return Deployments.microWarForInContainerTests().addAsLibraries(Deployments.jarOf(InMemoryDirectoryServer.class));
    }

    @EJB
    private Administration administration;
    @EJB
    private SettingsService settings;
    @EJB
    private Accounts accounts;
    @EJB
    private AuditLog audit;

    private InMemoryDirectoryServer directory;

    @BeforeEach
    void startTheDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("default",
                InetAddress.getLoopbackAddress(), 0, null));
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE, "objectClass: domain", "dc: college");
        directory.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        directory.startListening();
        signIn.as(world.admin.getUsername(), Fixtures.PASSWORD);
        Settings current = settings.current();
        settings.changeSignIn(current.getVersion(), current.getIdleTimeoutMinutes(),
                "ldap://127.0.0.1:" + directory.getListenPort(), "uid={0},ou=people," + BASE);
    }

    @AfterEach
    void stopTheDirectory() {
        signIn.as(world.admin.getUsername(), Fixtures.PASSWORD);
        Settings current = settings.current();
        settings.changeSignIn(current.getVersion(), current.getIdleTimeoutMinutes(), null, null);
        directory.shutDown(true);
    }

    private void person(String uid, String password) throws Exception {
        directory.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + uid,
                "cn: " + uid, "sn: " + uid, "userPassword: " + password);
    }

    @Test
    void aDirectoryAccountSignsInWithItsDirectoryPasswordAndLocalAccountsKeepTheirs() throws Exception {
        String login = "ldap-" + world.id;
        person(login, "目录密码-2026");
        administration.createAccount(new AccountInput(login, "目录用户", world.leadUnit.getId(),
                Set.of(Role.UNIT_STAFF), null, null, true));
        Account account = accounts.findByUsername(login).orElseThrow();
        assertTrue(account.isDirectoryLogin());
        assertFalse(account.isMustChangePassword(), "the directory owns the password");

        signIn.as(login, "目录密码-2026");
        assertThrows(IllegalStateException.class, () -> signIn.as(login, "wrong"));
        assertThrows(IllegalStateException.class, () -> signIn.as(login, ""), "an empty password is no anonymous bind");
        signIn.as(login, "目录密码-2026");
        assertEquals("error.account.directoryPassword", assertThrows(DomainException.class,
                () -> accounts.changeOwnPassword("目录密码-2026", "another-one-1", "another-one-1")).getMessageKey());

        // the directory changes the password: the new one works here at once
        directory.modify("uid=" + login + ",ou=people," + BASE,
                new com.unboundid.ldap.sdk.Modification(com.unboundid.ldap.sdk.ModificationType.REPLACE,
                        "userPassword", "新密码-2027"));
        assertThrows(IllegalStateException.class, () -> signIn.as(login, "目录密码-2026"));
        signIn.as(login, "新密码-2027");

        // local accounts beside it are untouched
        signIn.as(world.leadHead.getUsername(), Fixtures.PASSWORD);

        signIn.as(world.admin.getUsername(), Fixtures.PASSWORD);
        assertEquals(3, audit.page(new AuditFilter(AuditKind.SIGN_IN_FAILED, login, null, null), 0, 10).size());
        assertTrue(audit.page(new AuditFilter(AuditKind.SIGN_IN, login, null, null), 0, 10).stream()
                .allMatch(e -> "directory".equals(e.getDetail())));
    }

    @Test
    void aNameCannotReshapeTheDistinguishedNameNorBorrowAnotherPerson() throws Exception {
        person("victim-" + world.id, "secret-of-victim");
        String login = "ldapx-" + world.id;
        administration.createAccount(new AccountInput(login, "目录用户", world.leadUnit.getId(),
                Set.of(Role.UNIT_STAFF), null, null, true));
        // no directory entry of that name: the victim's password does not open it
        assertThrows(IllegalStateException.class, () -> signIn.as(login, "secret-of-victim"));
        // a local account's password is never checked against the directory
        person(world.leadStaff.getUsername(), "directory-says-yes");
        assertThrows(IllegalStateException.class, () -> signIn.as(world.leadStaff.getUsername(), "directory-says-yes"));
        signIn.as(world.leadStaff.getUsername(), Fixtures.PASSWORD);
    }
}
