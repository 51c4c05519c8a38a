package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ReceiptPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A citizen registers, verifies the address with the code from the demo verifier, and rates with the verified weight. */
class RegistrationIT extends BrowserTestBase {

    @Test
    void aCitizenRegistersVerifiesAndRatesAsVerified(Portal portal) throws Exception {
        String local = "c" + UUID.randomUUID().toString().substring(0, 8);
        String email = local + "@example.com";
        long accounts = portal.count("SELECT COUNT(*) FROM user_account");

        browser.go("/register");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register-heading")));
        fill("register:contact", "not-an-address");
        fill("register:password", "short");
        fill("register:passwordAgain", "short");
        browser.awaitProofOfWork();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("register:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register-errors")));
        assertFalse(text("contact-error").isBlank());
        assertFalse(text("password-error").isBlank());
        assertEquals(accounts, portal.count("SELECT COUNT(*) FROM user_account"), "nothing stored");

        fill("register:contact", email.toUpperCase());
        fill("register:displayName", "测试市民");
        fill("register:password", "a long enough password");
        fill("register:passwordAgain", "a long enough password");
        browser.awaitProofOfWork();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("register:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-registered")));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM user_account u JOIN user_role r ON r.user_id = u.id"
                + " WHERE u.username = '" + email + "' AND r.role = 'citizen' AND u.password_hash LIKE '$shiro2$argon2id$%'"));

        LoginPage.open(browser).logInAs(email, "a long enough password");
        browser.go("/verify");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verify-heading")));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("send:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verify-sent")));
        Pattern logged = Pattern.compile("MinPing verification code for " + Pattern.quote(local.charAt(0) + "***@example.com") + ": (\\d{6})");
        String code = browser.waiting().until(driver -> {
            Matcher matcher = logged.matcher(portal.log());
            String last = null;
            while (matcher.find()) {
                last = matcher.group(1);
            }
            return last;
        });
        String wrong = code.equals("000000") ? "111111" : "000000";
        fill("confirm:code", wrong);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("confirm:submit")));
        browser.waiting().until(driver -> !driver.findElement(By.id("code-error")).getText().isBlank());
        fill("confirm:code", code);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("confirm:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verified")));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM user_account WHERE username = '" + email + "' AND verified_at IS NOT NULL"));

        ReceiptPage receipt = AgencyPage.open(browser, "FJ").rateOverall(5).submit();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt.receiptCode()
                + "' AND rater_level = 'VERIFIED' AND trust_weight = 1 AND rater_key IS NOT NULL"));
        assertTrue(portal.count("SELECT COUNT(*) FROM appraisal WHERE rater_key LIKE '%" + local + "%'") == 0,
                "the account is not stored with the appraisal");
    }

    @Test
    void aRegistrationWithoutTheProofOfWorkIsRefusedAndStoresNothing(Portal portal) throws Exception {
        String email = "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        browser.go("/register");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register-heading")));
        fill("register:contact", email);
        fill("register:password", "a long enough password");
        fill("register:passwordAgain", "a long enough password");
        // A script that skips the work: the solved field removed before sending.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('altcha-widget').forEach(w => w.remove());");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("register:submit")));
        browser.waiting().until(driver -> !driver.findElement(By.id("altcha-error")).getText().isBlank());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM user_account WHERE username = '" + email + "'"));
    }

    @Test
    void aFourthCodeWithinTheHourIsRefusedBesideTheButton(Portal portal) throws Exception {
        String account = "q" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (java.sql.Connection db = portal.database(); java.sql.Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO user_account (username, password_hash, display_name, enabled, created_at)"
                    + " SELECT '" + account + "', password_hash, '限流测试', TRUE, UTC_TIMESTAMP(6) FROM user_account WHERE username = 'citizen'");
            sql.executeUpdate("INSERT INTO user_role (user_id, role) SELECT id, 'citizen' FROM user_account WHERE username = '" + account + "'");
        }
        LoginPage.open(browser).logInAs(account, "citizen-demo");
        for (int i = 0; i < 3; i++) {
            sendCode();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verify-sent")));
            assertTrue(text("send-error").isBlank());
        }
        sendCode();
        browser.waiting().until(driver -> !driver.findElement(By.id("send-error")).getText().isBlank());
        assertTrue(browser.driver().findElements(By.id("verify-sent")).isEmpty(), "no fourth code is sent");
    }

    private void sendCode() {
        browser.go("/verify");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verify-heading")));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("send:submit")));
    }

    private void fill(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
