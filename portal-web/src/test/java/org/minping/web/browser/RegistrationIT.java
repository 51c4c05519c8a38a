package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ReceiptPage;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A citizen registers, confirms the address with the code from the demo verifier, and rates with the
 * verified weight; registering with an address that has an account looks exactly the same, and its
 * holder is told through the channel instead of being sent a code.
 */
class RegistrationIT extends BrowserTestBase {

    private static final String PASSWORD = "a long enough password";

    @Test
    void aCitizenRegistersConfirmsTheCodeAndRatesAsVerified(Portal portal) throws Exception {
        String domain = uniqueDomain();
        String email = "newcomer@" + domain;
        long accounts = portal.count("SELECT COUNT(*) FROM user_account");

        openRegistration();
        fill("register:contact", "not-an-address");
        fill("register:password", "short");
        fill("register:passwordAgain", "short");
        browser.awaitProofOfWork();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("register:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register-errors")));
        assertFalse(text("contact-error").isBlank());
        assertFalse(text("password-error").isBlank());
        assertEquals(accounts, portal.count("SELECT COUNT(*) FROM user_account"), "nothing stored");

        fill("register:displayName", "测试市民");
        register(email.toUpperCase(Locale.ROOT), PASSWORD);
        assertEquals(0, portal.count("SELECT COUNT(*) FROM user_account WHERE username = '" + email + "'"),
                "no account before the code comes back");
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/confirm-registration"));
        String code = awaitCodeFor(portal, email, 1);
        confirm(wrongGuessBeside(code));
        browser.waiting().until(driver -> !driver.findElement(By.id("code-error")).getText().isBlank());
        confirm(code);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-registered")));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM user_account u JOIN user_role r ON r.user_id = u.id"
                + " WHERE u.username = '" + email + "' AND r.role = 'citizen' AND u.password_hash LIKE '$shiro2$argon2id$%'"
                + " AND u.display_name = '测试市民' AND u.verified_at IS NOT NULL"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM pending_registration WHERE username = '" + email + "'"),
                "the waiting registration ends with the account");

        LoginPage.open(browser).logInAs(email, PASSWORD);
        ReceiptPage receipt = AgencyPage.open(browser, "FJ").rateOverall(5).submit();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt.receiptCode()
                + "' AND rater_level = 'VERIFIED' AND trust_weight = 1 AND rater_key IS NOT NULL"));
        assertTrue(portal.count("SELECT COUNT(*) FROM appraisal WHERE rater_key LIKE '%newcomer%'") == 0,
                "the account is not stored with the appraisal");
    }

    @Test
    @DisplayName("Finding 8: registering a contact that has an account → the same answer; its holder gets a notice")
    void anAddressWithAnAccountGetsTheSameAnswerAndItsHolderANoticeInsteadOfACode(Portal portal) throws Exception {
        String taken = "owner@" + uniqueDomain();
        String ownersHash = createAccount(portal, taken);
        String fresh = "fresh@" + uniqueDomain();

        // In English, though the portal's default is Chinese: the notice must be in the registrant's language.
        openRegistration();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("language:en")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register-heading")));

        register(fresh, PASSWORD);
        Answer freshAnswer = answer();
        String wrongGuess = wrongGuessBeside(awaitCodeFor(portal, fresh, 1));
        confirm(wrongGuess);
        String freshRefusal = awaitCodeError();

        openRegistration();
        register(taken, "another long enough password");
        Answer takenAnswer = answer();
        confirm(wrongGuess);
        String takenRefusal = awaitCodeError();

        assertEquals(freshAnswer, takenAnswer, "the same page, word for word, whether or not the address has an account");
        assertEquals(freshRefusal, takenRefusal, "and the same answer to a code");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM user_account WHERE username = '" + taken + "'"), "no second account");
        assertEquals(ownersHash, portal.string("SELECT password_hash FROM user_account WHERE username = '" + taken + "'"),
                "the holder's password is untouched");
        String notice = java.text.MessageFormat.format(ResourceBundle.getBundle("org.minping.web.i18n.messages", Locale.ENGLISH)
                .getString("register.notice.signInAt"), portal.baseUrl() + "/login");
        browser.waiting().until(driver -> portal.log().contains(
                "MinPing notice for " + masked(taken) + ": " + notice));
        assertEquals(0, codesFor(portal, taken).size(), "the holder is sent no code");
    }

    @Test
    @DisplayName("Finding 8: the message allowance runs out alike whether or not the contact has an account")
    void theAllowanceOfMessagesRunsOutAlikeAndUnseenWhetherOrNotTheAddressHasAnAccount(Portal portal) throws Exception {
        String taken = "owner@" + uniqueDomain();
        createAccount(portal, taken);
        String fresh = "fresh@" + uniqueDomain();

        List<Answer> answers = new ArrayList<>();
        for (String contact : List.of(taken, fresh)) {
            // One more than the three messages an hour one address may receive.
            for (int attempt = 0; attempt < 4; attempt++) {
                openRegistration();
                register(contact, PASSWORD);
                answers.add(answer());
            }
        }
        assertEquals(1, answers.stream().distinct().count(), "all eight answers alike: " + answers);

        // The log is written in order: once a later registration's code is there, every earlier message is too.
        String later = "later@" + uniqueDomain();
        openRegistration();
        register(later, PASSWORD);
        awaitCodeFor(portal, later, 1);
        assertEquals(3, notices(portal, taken), "three notices to the holder, the fourth held back");
        assertEquals(0, codesFor(portal, taken).size());
        assertEquals(3, codesFor(portal, fresh).size(), "three codes to the newcomer, the fourth held back");
    }

    @Test
    void aRegistrationWithoutTheProofOfWorkIsRefusedAndStoresNothing(Portal portal) throws Exception {
        String email = "p@" + uniqueDomain();
        openRegistration();
        fill("register:contact", email);
        fill("register:password", PASSWORD);
        fill("register:passwordAgain", PASSWORD);
        // A script that skips the work: the solved field removed before sending.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('altcha-widget').forEach(w => w.remove());");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("register:submit")));
        browser.waiting().until(driver -> !driver.findElement(By.id("altcha-error")).getText().isBlank());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM pending_registration WHERE username = '" + email + "'"));
        assertEquals(0, codesFor(portal, email).size());
    }

    @Test
    void aFourthCodeWithinTheHourIsRefusedBesideTheButton(Portal portal) throws Exception {
        String account = "q@" + uniqueDomain();
        createAccount(portal, account);
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

    /** What a registrant sees after sending the form: where they are and every word on the page. */
    private record Answer(String url, String text) {
    }

    private Answer answer() {
        return new Answer(browser.driver().getCurrentUrl(), browser.driver().findElement(By.tagName("body")).getText());
    }

    /** An unverified citizen account made behind the portal's back, with the demo citizen's password; its hash. */
    private static String createAccount(Portal portal, String username) throws Exception {
        try (java.sql.Connection db = portal.database(); java.sql.Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO user_account (username, password_hash, display_name, enabled, created_at)"
                    + " SELECT '" + username + "', password_hash, '测试账号', TRUE, UTC_TIMESTAMP(6) FROM user_account WHERE username = 'citizen'");
            sql.executeUpdate("INSERT INTO user_role (user_id, role) SELECT id, 'citizen' FROM user_account WHERE username = '" + username + "'");
        }
        return portal.string("SELECT password_hash FROM user_account WHERE username = '" + username + "'");
    }

    private void openRegistration() {
        browser.go("/register");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register-heading")));
    }

    /** Sends the registration form and waits for the next step. */
    private void register(String contact, String password) {
        fill("register:contact", contact);
        fill("register:password", password);
        fill("register:passwordAgain", password);
        browser.awaitProofOfWork();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("register:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-registration-heading")));
    }

    private void confirm(String code) {
        fill("confirm:code", code);
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("confirm:submit")));
    }

    private String awaitCodeError() {
        return browser.waiting().until(driver -> {
            String problem = driver.findElement(By.id("code-error")).getText();
            return problem.isBlank() ? null : problem;
        });
    }

    private void sendCode() {
        browser.go("/verify");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verify-heading")));
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("send:submit")));
    }

    /** Waits until the demo verifier has logged this many codes for the contact; the last of them. */
    private String awaitCodeFor(Portal portal, String contact, int count) {
        return browser.waiting().until(driver -> {
            List<String> codes = codesFor(portal, contact);
            return codes.size() >= count ? codes.get(codes.size() - 1) : null;
        });
    }

    private static List<String> codesFor(Portal portal, String contact) {
        Matcher matcher = Pattern.compile("MinPing verification code for " + Pattern.quote(masked(contact)) + ": (\\d{6})")
                .matcher(portal.log());
        List<String> codes = new ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private static long notices(Portal portal, String contact) {
        return Pattern.compile("MinPing notice for " + Pattern.quote(masked(contact)) + ": ").matcher(portal.log()).results().count();
    }

    /** As the demo verifier writes an e-mail address: first letter and domain, unique here by the domain. */
    private static String masked(String email) {
        return email.charAt(0) + "***" + email.substring(email.indexOf('@'));
    }

    private static String uniqueDomain() {
        return "d" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }

    private static String wrongGuessBeside(String code) {
        return code.equals("000000") ? "111111" : "000000";
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
