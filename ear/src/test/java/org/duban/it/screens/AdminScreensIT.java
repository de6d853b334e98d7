package org.duban.it.screens;

import org.duban.it.support.*;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The administrator in the browser: makes a unit and a person in it, hands over the temporary password; the person
 * must choose their own before anything else; the change is in the audit view; after signing out, the back button
 * shows the login form, not the page.
 */
class AdminScreensIT extends ScreenTest {

    @Test
    void aNewPersonGetsATemporaryPasswordAndMustChooseTheirOwn() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 6);
        String code = "S" + id.toUpperCase();
        String unitName = "新设中心" + id;
        String login = "person-" + id;

        screens.signIn("admin");
        browser.findElement(By.id("menu-units")).click();
        screens.type(By.id("units:code"), code);
        screens.type(By.id("units:name"), unitName);
        screens.submit(By.id("units:save"));
        assertTrue(screens.text(By.id("units:list")).contains(unitName));

        browser.findElement(By.id("menu-accounts")).click();
        screens.type(By.id("accounts:username"), login);
        screens.type(By.id("accounts:fullName"), "新同事" + id);
        screens.select(By.id("accounts:unit"), unitName);
        screens.tick("accounts:roles", "承办人");
        screens.type(By.id("accounts:email"), login + "@college.test");
        screens.submit(By.id("accounts:save"));
        String temporary = screens.text(By.id("accounts:temporaryPassword"));
        assertEquals(12, temporary.length(), "a temporary password to hand over");
        Browser.screenshot(browser, "admin-accounts-zh");

        browser.findElement(By.id("menu-audit")).click();
        screens.select(By.id("audit:kind"), "管理操作");
        screens.type(By.id("audit:actor"), "admin");
        screens.submit(By.id("audit:find"));
        assertTrue(screens.text(By.id("audit:events")).contains("account " + login), "the change is in the trail");
        Browser.screenshot(browser, "admin-audit-zh");

        // the new person: only the password page until a new password is chosen
        browser.manage().deleteAllCookies();
        browser.get(base + "login.xhtml");
        screens.type(By.id("login:username"), login);
        screens.type(By.id("login:password"), temporary);
        screens.submit(By.id("login:submit"));
        assertTrue(browser.getCurrentUrl().endsWith("/password.xhtml"), browser.getCurrentUrl());
        screens.open("items/worklist.xhtml");
        assertTrue(browser.getCurrentUrl().endsWith("/password.xhtml"), "nothing else before the change");
        screens.type(By.id("password:current"), temporary);
        screens.type(By.id("password:chosen"), "short");
        screens.type(By.id("password:repeated"), "short");
        screens.submit(By.id("password:change"));
        assertTrue(screens.globalMessages().contains("8 至 64"), screens.globalMessages());
        screens.type(By.id("password:current"), temporary);
        screens.type(By.id("password:chosen"), "我的新密码-" + id);
        screens.type(By.id("password:repeated"), "我的新密码-" + id);
        screens.submit(By.id("password:change"));
        assertTrue(browser.getCurrentUrl().endsWith("/home.xhtml"), browser.getCurrentUrl());
        assertTrue(screens.text(By.id("current-user")).contains(unitName));

        // signed out, the back button asks the server again and gets the login form
        screens.submit(By.id("header:logout"));
        browser.navigate().back();
        assertFalse(browser.findElements(By.id("login:username")).isEmpty(), "the login form, not the home page");
        assertTrue(browser.findElements(By.id("current-user")).isEmpty());
    }

    @Test
    void anImportWithABadRowNamesItsLineAndImportsNothingThenTheMendedFileGoesIn() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path file = Files.createTempFile("units", ".csv");
        Files.writeString(file, "单位代码,单位名称\nA" + id + ",甲中心\n有 空格,乙中心\n", StandardCharsets.UTF_8);
        screens.signIn("admin");
        screens.open("admin/import.xhtml");
        browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        screens.submit(By.id("import:importFile"));
        assertTrue(screens.globalMessages().contains("未导入任何数据"), screens.globalMessages());
        String problems = screens.text(By.id("import:problems"));
        assertTrue(problems.contains("3") && problems.contains("单位代码须为"), problems);
        Browser.screenshot(browser, "admin-import-refused-zh");

        Files.writeString(file, "单位代码,单位名称\nA" + id + ",甲中心\nB" + id + ",乙中心\n", StandardCharsets.UTF_8);
        browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        screens.submit(By.id("import:importFile"));
        assertTrue(screens.globalMessages().contains("已导入 2 个单位"), screens.globalMessages());
        screens.open("admin/units.xhtml");
        assertTrue(screens.text(By.id("units:list")).contains("乙中心"));
        Files.delete(file);
    }
}
