package org.duban.organization;

import org.duban.settings.Settings;
import org.duban.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class AdministrationRulesTest {

    private static void refused(String key, Executable action) {
        assertEquals(key, assertThrows(DomainException.class, action).getMessageKey());
    }

    @Test
    void aPasswordHasEightToSixtyFourCharactersAndIsNotTheLoginName() {
        refused("error.password.length", () -> PasswordRule.check("1234567", "zhang"));
        assertEquals("12345678", PasswordRule.check("12345678", "zhang"));
        assertEquals("密".repeat(64), PasswordRule.check("密".repeat(64), "zhang"));
        refused("error.password.length", () -> PasswordRule.check("a".repeat(65), "zhang"));
        refused("error.password.username", () -> PasswordRule.check("ZhangWei01", "zhangwei01"));
        refused("error.password.required", () -> PasswordRule.check("        ", "zhang"));
    }

    @Test
    void aResetForcesAChangeAtTheNextSignInAndTheChangeClearsIt() {
        Account account = new Account("zhang", "张伟", new Unit("JW", "教务处"), Set.of(Role.UNIT_STAFF), "hash-1");
        assertFalse(account.isMustChangePassword());
        account.resetPassword("hash-2");
        assertTrue(account.isMustChangePassword());
        assertEquals("hash-2", account.getPasswordHash());
        account.changePassword("hash-3");
        assertFalse(account.isMustChangePassword());
    }

    @Test
    void aDirectoryAccountNeverWaitsForAPasswordChangeItCannotMake() {
        Unit unit = new Unit("JW", "教务处");
        Account account = new Account("zhang", "张伟", unit, Set.of(Role.UNIT_STAFF), "hash");
        account.resetPassword("temporary");
        account.describe("张伟", unit, Set.of(Role.UNIT_STAFF), null, null, true);
        assertFalse(account.isMustChangePassword());
        refused("error.account.directoryPassword", () -> account.resetPassword("another"));
    }

    @Test
    void aHeadWhoLeavesIsReleased() {
        Unit unit = new Unit("JW", "教务处");
        Account head = new Account("wang", "王五", unit, Set.of(Role.UNIT_HEAD), "hash");
        unit.describe("JW", "教务处", head);
        unit.releaseHead(new Account("li", "李四", unit, Set.of(Role.UNIT_HEAD), "hash"));
        assertSame(head, unit.getHead(), "someone else leaving changes nothing");
        unit.releaseHead(head);
        assertNull(unit.getHead());
    }

    @Test
    void aRefusedDescriptionChangesNothing() {
        Unit unit = new Unit("JW", "教务处");
        Account account = new Account("zhang", "张伟", unit, Set.of(Role.UNIT_STAFF), "hash");
        refused("error.account.email", () -> account.describe("张三", unit, Set.of(Role.UNIT_HEAD), "not-mail", "en", true));
        assertEquals("张伟", account.getFullName());
        assertEquals(Set.of(Role.UNIT_STAFF), account.getRoles());
        assertFalse(account.isDirectoryLogin());
        refused("error.account.roleRequired", () -> account.describe("张三", unit, Set.of(), null, null, false));
    }

    @Test
    void aUnitsHeadIsOneOfItsOwnPeopleAndItsCodeFitsAnArchiveNumber() {
        Unit jw = new Unit("JW", "教务处");
        Unit cw = new Unit("CW", "财务处");
        Account stranger = new Account("li", "李四", cw, Set.of(Role.UNIT_HEAD), "hash");
        refused("error.unit.headElsewhere", () -> jw.describe("JW", "教务处", stranger));
        refused("error.unit.codeFormat", () -> jw.describe("J W/1", "教务处", null));
        refused("error.unit.codeFormat", () -> new Unit("教务", "教务处"));
        refused("error.account.usernameFormat", () -> new Account("张 伟", "张伟", jw, Set.of(Role.UNIT_STAFF), "hash"));
        Account head = new Account("wang", "王五", jw, Set.of(Role.UNIT_HEAD), "hash");
        jw.describe("JWC", "教务处（新）", head);
        assertEquals("JWC", jw.getCode());
        assertSame(head, jw.getHead());
    }

    @Test
    void theDirectoryNeedsAnLdapAddressAndANamePatternTogether() {
        Settings settings = new Settings();
        refused("error.settings.idleTimeout", () -> settings.changeSignIn(2, null, null));
        refused("error.settings.directoryUrl", () -> settings.changeSignIn(30, "http://ldap", "uid={0},dc=x"));
        refused("error.settings.directoryIncomplete", () -> settings.changeSignIn(30, "ldap://127.0.0.1:389", ""));
        refused("error.settings.directoryUserDn", () -> settings.changeSignIn(30, "ldap://127.0.0.1:389", "uid=x"));
        settings.changeSignIn(45, "ldap://127.0.0.1:10389", "uid={0},ou=people,dc=college,dc=edu");
        assertTrue(settings.hasDirectory());
        assertEquals(45, settings.getIdleTimeoutMinutes());
        settings.changeSignIn(30, " ", null);
        assertFalse(settings.hasDirectory());
    }

    @Test
    void thePortalsAddressesAreOriginsAsTypedAndAnythingElseIsRefusedShowingTheValue() {
        Settings settings = new Settings();
        assertEquals(java.util.List.of(), settings.getPortalOrigins());
        // full-width letters and punctuation, a no-break space, a trailing slash, upper case, a repeat
        settings.changePortal("ＨＴＴＰＳ://Portal.College.edu.cn/，\u00a0http://127.0.0.1:8081\nhttps://portal.college.edu.cn");
        assertEquals(java.util.List.of("https://portal.college.edu.cn", "http://127.0.0.1:8081"), settings.getPortalOrigins());
        for (String wrong : new String[]{"https://portal.college.edu.cn/oa", "*", "portal.college.edu.cn",
                "javascript:alert(1)", "https://*.college.edu.cn", "https://a b"}) {
            DomainException refusal = assertThrows(DomainException.class, () -> settings.changePortal(wrong));
            assertEquals("error.settings.portalOrigin", refusal.getMessageKey(), wrong);
        }
        assertEquals(2, settings.getPortalOrigins().size(), "a refused value changes nothing");
        settings.changePortal(" ");
        assertEquals(java.util.List.of(), settings.getPortalOrigins());
    }

    @Test
    void singleSignOnNeedsAnHttpsProviderAClientAndASecretAndKeepsTheSecretWhenLeftEmpty() {
        Settings settings = new Settings();
        assertFalse(settings.hasSingleSignOn());
        settings.changeSingleSignOn(" ｈｔｔｐｓ://ids.college.edu.cn/oidc/\u00a0", "duban", "s3cret", "");
        assertTrue(settings.hasSingleSignOn());
        assertEquals("https://ids.college.edu.cn/oidc", settings.getSsoProvider(), "full width, spaces, the end slash");
        assertEquals(Settings.DEFAULT_ACCOUNT_CLAIM, settings.getSsoAccountClaim());
        settings.changeSingleSignOn("https://ids.college.edu.cn/oidc", "duban", "", "uid");
        assertEquals("s3cret", settings.getSsoClientSecret(), "an empty secret keeps the saved one");
        assertEquals("uid", settings.getSsoAccountClaim());
        settings.changeSingleSignOn("http://127.0.0.1:8089/college", "duban", null, "sub"); // a provider on this machine
        for (String[] wrong : new String[][]{{"http://ids.college.edu.cn", "duban", "x", "sub", "error.settings.ssoProvider"},
                {"https://ids college", "duban", "x", "sub", "error.settings.ssoProvider"},
                {"ldap://ids.college.edu.cn", "duban", "x", "sub", "error.settings.ssoProvider"},
                {"https://ids.college.edu.cn", " ", "x", "sub", "error.settings.ssoClientId"},
                {"https://ids.college.edu.cn", "duban", "x", "学号 ", "error.settings.ssoAccountClaim"}}) {
            DomainException refusal = assertThrows(DomainException.class,
                    () -> settings.changeSingleSignOn(wrong[0], wrong[1], wrong[2], wrong[3]));
            assertEquals(wrong[4], refusal.getMessageKey(), String.join(" ", wrong));
        }
        assertEquals("http://127.0.0.1:8089/college", settings.getSsoProvider(), "a refused value changes nothing");
        Settings fresh = new Settings();
        assertEquals("error.settings.ssoClientSecret", assertThrows(DomainException.class,
                () -> fresh.changeSingleSignOn("https://ids.college.edu.cn", "duban", "", "sub")).getMessageKey());
        settings.changeSingleSignOn("", null, null, null);
        assertFalse(settings.hasSingleSignOn());
        assertNull(settings.getSsoClientSecret(), "turned off, the secret is gone too");
    }

    @Test
    void anAccessTokenIsValidForItsDaysTheDayItIsMadeTheFirstAndRefusesAnyOtherValidity() {
        java.time.LocalDate made = java.time.LocalDate.of(2026, 12, 2);
        AccessToken token = new AccessToken("a".repeat(64), 7L, " 门户待办\u3000", AccessToken.Scope.READ, made, 30);
        assertEquals("门户待办", token.getName());
        assertEquals(made.plusDays(29), token.getExpiresOn());
        assertTrue(token.isValidOn(made) && token.isValidOn(made.plusDays(29)));
        assertFalse(token.isValidOn(made.plusDays(30)));
        assertFalse(token.getScope().allowsWriting());
        assertEquals("error.accessToken.days", assertThrows(DomainException.class, () -> new AccessToken("a".repeat(64),
                7L, "x", AccessToken.Scope.READ_WRITE, made, 31)).getMessageKey());
        assertEquals("error.accessToken.name", assertThrows(DomainException.class, () -> new AccessToken("a".repeat(64),
                7L, "\u200b ", AccessToken.Scope.READ_WRITE, made, 90)).getMessageKey());
        assertEquals("error.accessToken.scope", assertThrows(DomainException.class, () -> new AccessToken("a".repeat(64),
                7L, "x", null, made, 90)).getMessageKey());
    }
}
