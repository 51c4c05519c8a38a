package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AccountPage;
import org.minping.web.browser.pages.LoginCodePage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.PolicyPage;
import org.minping.web.browser.pages.StaffAccountsPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two-factor sign-in as its users meet it: a moderator turns it on from the account page and signs
 * in with a code from the app (here the same library, fed the key read off the page); wrong,
 * replayed and spent codes are refused with the field's message; no password alone signs in, by
 * the form or by HTTP Basic; the office's policy sends a privileged account to set it up first, and
 * an administrator resets it for a lost phone.
 */
class TwoFactorIT extends BrowserTestBase {

    private static final String WRONG_ZH = "验证码不正确：请输入应用当前显示的验证码，并检查手机时间是否准确。";
    private static final String REPLAYED_ZH = "验证码已使用过：请等待应用显示下一个验证码。";
    private static final String RECOVERY_USED_ZH = "验证码：该恢复码已使用过，每个恢复码只能使用一次。";
    private static final String WRONG_EN = "Code: this code is not correct. Enter the code your app shows now, and check that the phone shows the right time.";
    private static final String FORMAT_EN = "Code: enter the 6 digits of your authenticator app (full-width digits are fine), or a recovery code of 16 letters and digits.";

    @Test
    @DisplayName("A moderator turns two-factor sign-in on and signs in with password and code; wrong, replayed and spent codes are refused")
    void aModeratorSignsInWithEachCodeOnce(Portal portal) throws Exception {
        String moderator = portal.copyOfAccount("moderator");
        LoginPage.open(browser).logInAs(moderator, "moderator-demo");
        AccountPage account = AccountPage.open(browser);
        assertEquals("false", account.twoFactorOn());
        account.start();
        assertTrue(account.qrSource().startsWith("data:image/png;base64,"), "the QR code is drawn into the page");
        Phone phone = new Phone(account.secret());

        account.confirm(phone.wrongCode());
        assertEquals(WRONG_ZH, account.setupError());
        assertEquals(0, portal.count(twoFactorRows(moderator)), "a wrong code turns nothing on");
        account.confirm(phone.next());
        List<String> recovery = account.recoveryCodes();
        assertEquals(10, recovery.size(), "ten recovery codes, shown once");
        assertEquals("true", account.twoFactorOn());
        assertEquals(1, portal.count(audited("account.two-factor.enable", moderator)));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM two_factor_recovery r JOIN user_account u ON u.id = r.user_id"
                + " WHERE u.username = '" + moderator + "' AND r.code_hash = '" + recovery.get(0).replace("-", "") + "'"),
                "recovery codes are stored hashed");
        browser.logOut();

        LoginPage.open(browser).submitPassword(moderator, "moderator-demo");
        LoginCodePage code = LoginCodePage.current(browser);
        assertEquals("CODE", code.state());
        browser.go("/moderation/queue");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        assertTrue(browser.driver().findElements(By.id("nav-logout")).isEmpty(), "the password alone signed nobody in");
        code = LoginCodePage.open(browser);
        assertEquals("CODE", code.state(), "the sign-in still waits for its code");
        code.enter(phone.wrongCode());
        assertEquals(WRONG_ZH, code.error());
        code.enter(fullWidth(phone.next()));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("queue:appraisals")));
        browser.logOut();

        LoginPage.open(browser).submitPassword(moderator, "moderator-demo");
        code = LoginCodePage.current(browser);
        code.enter(phone.last());
        assertEquals(REPLAYED_ZH, code.error(), "the code of a step already used");
        code.enter(recovery.get(0).toUpperCase());
        assertEquals(9, AccountPage.open(browser).recoveryCodesLeft(), "a recovery code signs in once");
        browser.logOut();

        LoginPage.open(browser).submitPassword(moderator, "moderator-demo");
        code = LoginCodePage.current(browser);
        code.enter(recovery.get(0));
        assertEquals(RECOVERY_USED_ZH, code.error());
        code.enter(phone.next());
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-logout")));

        assertEquals(3, portal.count(audited("account.two-factor.refused", moderator)), "the wrong, replayed and spent codes at sign-in");
        assertEquals(1, portal.count(audited("account.two-factor.recovery", moderator)));
    }

    @Test
    @DisplayName("No password alone signs an account with a second factor in, by the form or by HTTP Basic; in English, other digits are refused and full-width digits taken")
    void aPasswordAloneSignsNobodyIn(Portal portal) throws Exception {
        String auditor = portal.copyOfAccount("auditor");
        assertEquals(200, new Http(portal.baseUrl()).getAs("/api/v1/audit/verify", auditor, "auditor-demo").statusCode());
        Phone phone = new Phone(new DefaultSecretGenerator().generate());
        try (Connection db = portal.database(); PreparedStatement enrol = db.prepareStatement(
                "INSERT INTO two_factor (user_id, secret, enabled_at, last_step) SELECT id, ?, NOW(6), 0 FROM user_account WHERE username = ?")) {
            enrol.setString(1, phone.secret);
            enrol.setString(2, auditor);
            assertEquals(1, enrol.executeUpdate());
        }

        HttpResponse<String> basic = new Http(portal.baseUrl()).getAs("/api/v1/audit/verify", auditor, "auditor-demo");
        assertEquals(401, basic.statusCode(), basic.body());
        assertTrue(basic.body().contains("second factor"), basic.body());
        Http form = new Http(portal.baseUrl());
        HttpResponse<String> login = form.logIn(auditor, "auditor-demo");
        assertEquals(302, login.statusCode());
        assertEquals(portal.baseUrl() + "/login-code", login.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> audit = form.get("/audit/index");
        assertEquals(302, audit.statusCode(), "the session of a correct password reaches nothing");
        assertEquals(portal.baseUrl() + "/login", audit.headers().firstValue("Location").orElseThrow());

        browser.useLanguage("en");
        LoginPage.open(browser).submitPassword(auditor, "auditor-demo");
        LoginCodePage code = LoginCodePage.current(browser);
        code.enter("١٢٣٤٥٦");
        assertEquals(FORMAT_EN, code.error(), "Arabic-Indic digits are not the code's digits");
        code.enter("①②③④⑤⑥");
        assertEquals(FORMAT_EN, code.error(), "nor circled digits, though NFKC folds them");
        code.enter(phone.wrongCode());
        assertEquals(WRONG_EN, code.error());
        code.enter(fullWidth(phone.next()));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-logout")));

        AccountPage account = AccountPage.open(browser);
        account.turnOff(phone.wrongCode());
        assertEquals(WRONG_EN, account.turnOffError());
        assertEquals("true", account.twoFactorOn());
        account.turnOff(phone.next());
        assertEquals("false", account.twoFactorOn());
        assertEquals(1, portal.count(audited("account.two-factor.disable", auditor)));
        assertEquals(200, new Http(portal.baseUrl()).getAs("/api/v1/audit/verify", auditor, "auditor-demo").statusCode(),
                "the password alone is its sign-in again");
    }

    @Test
    @DisplayName("With the office's policy on, an auditor sets up two-factor sign-in before reaching anything; an administrator resets it")
    void thePolicySendsPrivilegedAccountsToSetUpAndAnAdministratorResets(Portal portal) throws Exception {
        String auditor = portal.copyOfAccount("auditor");
        try (Browser office = Browser.open(portal.baseUrl())) {
            LoginPage.open(office).logInAs("admin", "admin-demo");
            try {
                assertTrue(PolicyPage.open(office).requireTwoFactor(true).twoFactorRequired());
                assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'account.two-factor.policy'"
                        + " AND payload LIKE '%true%'"));

                browser.go("/audit/index");
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
                LoginPage.open(browser).submitPassword(auditor, "auditor-demo");
                LoginCodePage code = LoginCodePage.current(browser);
                assertEquals("ENROL", code.state());
                assertEquals(401, new Http(portal.baseUrl()).getAs("/api/v1/audit/verify", auditor, "auditor-demo").statusCode(),
                        "HTTP Basic neither, until it is set up");
                Phone phone = new Phone(code.secret());
                code.confirm(phone.next());
                assertEquals("DONE", code.state());
                assertEquals(10, code.recoveryCodes().size());
                code.goOn();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit:verify")));

                StaffAccountsPage staff = StaffAccountsPage.open(office);
                assertEquals("true", staff.twoFactor(auditor));
                assertEquals("false", staff.twoFactor("admin"));
                staff.press(auditor, "resetTwoFactor");
                assertEquals("false", staff.twoFactor(auditor));
                assertTrue(staff.notice().contains(auditor), staff.notice());
                assertEquals(1, portal.count(audited("account.two-factor.reset", auditor)));

                browser.logOut();
                LoginPage.open(browser).submitPassword(auditor, "auditor-demo");
                assertEquals("ENROL", LoginCodePage.current(browser).state(), "reset, and still required: set up anew");
            } finally {
                try {
                    PolicyPage.open(office).requireTwoFactor(false);
                } finally {
                    try (Connection db = portal.database(); Statement sql = db.createStatement()) {
                        sql.executeUpdate("UPDATE sign_in_policy SET two_factor_required = FALSE");
                    }
                }
            }
        }
    }

    /**
     * The authenticator app of these tests: the codes of a key, one step after another as a person
     * would type them, never a step twice. A code of a later step is used while the portal still
     * takes it (one step ahead of the clock); further on, it waits for the clock to get there.
     */
    private final class Phone {

        private final String secret;
        private long lastStep = Long.MIN_VALUE;

        Phone(String secret) {
            this.secret = secret;
        }

        /** The code of the next step not yet used, once the portal takes it. */
        String next() {
            long step = Math.max(nowStep(), lastStep + 1);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(45)).until(d -> nowStep() >= step - 1);
            lastStep = step;
            return codeAt(step);
        }

        /** The code used last. */
        String last() {
            return codeAt(lastStep);
        }

        /** Six digits that are the code of no step near now. */
        String wrongCode() {
            Set<String> near = new HashSet<>();
            for (long step = nowStep() - 3; step <= nowStep() + 3; step++) {
                near.add(codeAt(step));
            }
            for (int candidate = 0; ; candidate++) {
                String code = String.format("%06d", candidate);
                if (!near.contains(code)) {
                    return code;
                }
            }
        }

        private String codeAt(long step) {
            try {
                return new DefaultCodeGenerator().generate(secret, step);
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static long nowStep() {
            return Instant.now().getEpochSecond() / 30;
        }
    }

    private static String twoFactorRows(String username) {
        return "SELECT COUNT(*) FROM two_factor t JOIN user_account u ON u.id = t.user_id WHERE u.username = '" + username + "'";
    }

    private static String audited(String action, String username) {
        return "SELECT COUNT(*) FROM audit_event WHERE action = '" + action + "' AND subject = 'user:" + username + "'";
    }

    /** The digits as a phone's input method in full-width mode types them. */
    private static String fullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        digits.chars().forEach(c -> wide.append((char) (c - '0' + '０')));
        return wide.toString();
    }
}
