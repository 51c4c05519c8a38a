package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.Lists;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.StaffAccountsPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The evaluation office makes a staff account from the portal: invitation, one-time link, password, sign-in, disabling. */
class StaffAccountsIT extends BrowserTestBase {

    @Test
    @DisplayName("An administrator invites an expert; the link sets the password once; a disabled account is refused at once")
    void anInvitedExpertSignsInAndIsRefusedOnceDisabled(Portal portal) throws Exception {
        String expert = "expert-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        StaffAccountsPage staff = StaffAccountsPage.open(browser);

        staff.invite(expert.toUpperCase(), "", null, null, null);
        assertEquals(List.of("请填写 1 到 100 个字的姓名。", "请选择此人在门户中的角色。"), staff.problems(),
                "each missing field named, in the page's language");
        staff.invite("admin", "王五", "专家", null, null);
        assertEquals(List.of("用户名 admin 已被使用。"), staff.problems());
        staff.invite(expert, "周敏", "机关工作人员", null, null);
        assertEquals(List.of("机关工作人员须属于一个机关，请选择。"), staff.problems());
        assertEquals("机关工作人员须属于一个机关，请选择。", staff.fieldProblem("agency"), "named beside its list too");
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/users with problems"));
        // An agency that is not an entry of the list, posted by hand: refused, naming the list.
        Lists.chooseCode(browser, "invite:agency", "HZ");
        Lists.forge(browser, "invite:agency", "NOPE");
        staff.send();
        assertEquals(List.of("所属机关（机关工作人员）：请从列表中选择。"), staff.problems());
        assertEquals("所属机关（机关工作人员）：请从列表中选择。", staff.fieldProblem("agency"));
        Lists.forge(browser, "invite:role", "CITIZEN");
        staff.send();
        assertEquals("角色：请从列表中选择。", staff.fieldProblem("role"), "nor a role that staff do not have");
        assertEquals(0, portal.count("SELECT COUNT(*) FROM user_account WHERE username = '" + expert + "'"), "a refused invitation stores nothing");

        // Full-width letters and digits fold to the one spelling of the name.
        staff.invite(toFullWidth(expert), "周敏", "专家", null, null);
        assertEquals(List.of(), staff.problems());
        String link = staff.link();
        assertTrue(link.contains("/invitation?token="), link);
        assertEquals("INVITED", staff.status(expert));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'account.invite' AND subject = 'user:" + expert + "'"));
        browser.logOut();

        String invitation = URI.create(link).getRawPath().replaceFirst("^.*/invitation", "/invitation") + "?" + URI.create(link).getRawQuery();
        browser.go(invitation);
        assertTrue(text("invitation-for").contains("周敏"), text("invitation-for"));
        choosePassword("short", "short");
        assertEquals("密码须为 10 到 128 个字符。", text("password-error"));
        choosePassword("a long enough password", "another password");
        assertEquals("两次输入的密码不一致。", text("passwordAgain-error"));
        choosePassword("a long enough password", "a long enough password");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("invitation-accepted")));

        browser.go(invitation);
        assertTrue(text("invitation-invalid").startsWith("此邀请链接无效"), "a link works once");

        LoginPage.open(browser).logInAs(expert, "a long enough password");
        browser.go("/expert/scores");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("expert-heading")));

        try (Browser office = Browser.open(portal.baseUrl())) {
            LoginPage.open(office).logInAs("admin", "admin-demo");
            StaffAccountsPage accounts = StaffAccountsPage.open(office);
            assertEquals("ACTIVE", accounts.status(expert));
            accounts.press("admin", "disable");
            assertEquals(List.of("不能停用自己的账户。"), accounts.problems());
            accounts.press(expert, "disable");
            assertEquals("DISABLED", accounts.status(expert));
        }
        browser.go("/expert/scores");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-title")));
        assertEquals("403", browser.driver().findElement(By.id("error-title")).getAttribute("data-error"),
                "the expert's open session is refused as soon as the account is disabled");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'account.disable' AND subject = 'user:" + expert + "'"));
    }

    private void choosePassword(String password, String again) {
        browser.driver().findElement(By.id("invitation:password")).sendKeys(password);
        browser.driver().findElement(By.id("invitation:passwordAgain")).sendKeys(again);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("invitation:submit")));
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(Character.isLetterOrDigit(c) ? (char) (c - 0x21 + 0xFF01) : (char) c));
        return wide.toString();
    }
}
