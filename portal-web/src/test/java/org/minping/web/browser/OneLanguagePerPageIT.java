package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page, as each role sees it, speaks one language: an English page shows no Chinese and a
 * Chinese page no English sentence. What people wrote (comments, names) and the other language's
 * link in the switcher are marked as such and not counted: text inside an element whose
 * {@code lang} is another language, or marked {@code translate="no"} (names) or
 * {@code data-user-text} (what citizens and staff wrote), and the data in text areas. Texts of attributes a person meets
 * (placeholders, tooltips, labels for screen readers, button captions) count as page text.
 */
class OneLanguagePerPageIT extends BrowserTestBase {

    /** The text of the page in its language: text nodes and the attributes people meet, outside marked elements. */
    private static final String PAGE_TEXT = """
            const language = document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
            const foreign = element => {
              for (let e = element; e && e !== document.documentElement; e = e.parentElement) {
                if (e.getAttribute('translate') === 'no' || e.hasAttribute('data-user-text')) { return true; }
                const lang = e.getAttribute('lang');
                if (lang && !lang.startsWith(language)) { return true; }
              }
              return false;
            };
            const texts = [document.title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement;
              if (!parent || ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA'].includes(parent.tagName) || foreign(parent)) { continue; }
              if (node.textContent.trim()) { texts.push(node.textContent.trim()); }
            }
            for (const element of document.body.querySelectorAll('[placeholder], [title], [aria-label], [alt], input[type=submit], input[type=button]')) {
              if (foreign(element)) { continue; }
              for (const name of ['placeholder', 'title', 'aria-label', 'alt']) {
                if (element.getAttribute(name)) { texts.push(element.getAttribute(name)); }
              }
              if (element.matches('input[type=submit], input[type=button]') && element.value) { texts.push(element.value); }
            }
            return texts;""";

    private static final String DRAFT = "IT-LANG-DRAFT";

    @Test
    void everyPageOfEveryRoleIsInOneLanguage(Portal portal) throws Exception {
        String receipt = Http.object(ApiRater.anonymous(portal).post("one-language-" + UUID.randomUUID(),
                "{\"agencyCode\":\"HZ\",\"overall\":1,\"comment\":\"窗口排队太久，没有人解释原因\"}")).getString("receipt");
        PublishedCycle.publish(browser, portal);
        String cycle = PublishedCycle.CODE;
        // A draft, whose settings forms take input and so show their line errors.
        portal.createDraftCycle(DRAFT, "语言草稿测试", "Language draft test", java.time.LocalDate.parse("2030-01-01"),
                java.time.LocalDate.parse("2030-12-31"));
        // A service hall: the agency's page lists it, its link chooses it on the form, and it has a poster.
        String hall = portal.addServiceHall("HZ").code();
        // A rectification task of HZ in the published cycle, overdue, and an accountability record that follows it.
        String task;
        try (var db = portal.database(); var sql = db.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO rectification_task (cycle_id, agency_id, indicator_code, origin, description, working_days, opened_on,
                      due_on, status, opened_by, opened_at, plan_text, plan_by, plan_at)
                    SELECT c.id, a.id, NULL, 'REVIEW_PATTERN', '差评集中，请逐条回访', 5, '2026-01-05', '2026-01-12', 'PLAN_SUBMITTED',
                      'admin', UTC_TIMESTAMP(6), '逐条回访并公开整改结果', 'agency', UTC_TIMESTAMP(6)
                    FROM evaluation_cycle c, agency a WHERE c.code = '%s' AND a.code = 'HZ'""".formatted(cycle));
            task = portal.string("SELECT MAX(id) FROM rectification_task");
            sql.executeUpdate("""
                    INSERT INTO accountability_record (cycle_id, agency_id, task_id, decision, reason, responsible_unit, decided_on,
                      created_by, created_at)
                    SELECT cycle_id, agency_id, id, 'INTERVIEW', '整改逾期', '杭州市行政审批局', '2026-02-01', 'admin', UTC_TIMESTAMP(6)
                    FROM rectification_task WHERE id = %s""".formatted(task));
        }
        Map<String, List<String>> pagesByRole = new LinkedHashMap<>();
        pagesByRole.put(null, List.of("/", "/agency?code=HZ", "/agency?code=HZ&hall=" + hall, "/results", "/open-data", "/results?cycle=" + cycle + "&track=LOCAL",
                "/result?cycle=" + cycle + "&agency=HZ", "/receipt?receipt=" + receipt, "/receipt?receipt=NOPE-NOPE",
                "/register", "/login", "/login-code", "/qr?code=HZ&service=HZ-BIZ", "/qr?code=HZ&hall=" + hall,
                "/no-such-page", "/invitation?token=no-such-link"));
        pagesByRole.put("citizen", List.of("/mine", "/verify"));
        pagesByRole.put("evaluator", List.of("/evaluator/assignments", "/evaluator/sheets"));
        pagesByRole.put("expert", List.of("/expert/scores"));
        pagesByRole.put("agency", List.of("/desk/followups", "/desk/reports", "/desk/rectification", "/desk/rectification-task?id=" + task, "/desk/plan"));
        pagesByRole.put("moderator", List.of("/moderation/queue", "/moderation/redact?receipt=" + receipt));
        pagesByRole.put("admin", List.of("/admin/index", "/admin/cycles", "/admin/cycle?code=2026", "/admin/cycle?code=" + DRAFT,
                "/admin/scoring?cycle=" + cycle,
                "/admin/followups", "/admin/policy", "/admin/evaluators", "/admin/panels?cycle=2026", "/admin/calendar",
                "/admin/tokens", "/admin/lexicon", "/admin/users", "/admin/reports", "/admin/plans", "/admin/plan-dashboard",
                "/admin/agencies", "/admin/agencies?agency=HZ&service=HZ-BIZ", "/account",
                "/admin/indicators", "/admin/indicator?version=TPL-LOCAL", "/admin/indicator?version=TPL-LOCAL&node=DUTY",
                "/admin/rectification?cycle=" + cycle + "&agency=HZ", "/admin/rectification-task?id=" + task,
                "/admin/accountability?cycle=" + cycle + "&agency=HZ&task=" + task, "/admin/supervision?cycle=2026"));
        pagesByRole.put("auditor", List.of("/audit/index", "/account", "/audit/accountability", "/admin/supervision?cycle=2026"));

        List<String> mixed = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : pagesByRole.entrySet()) {
            for (String language : List.of("zh", "en")) {
                if (role.getKey() != null) {
                    LoginPage.open(browser).logInAs(role.getKey(), role.getKey() + "-demo");
                }
                browser.useLanguage(language);
                for (String page : role.getValue()) {
                    browser.go(page);
                    browser.awaitQuiet();
                    mixed.addAll(otherLanguage(language, (role.getKey() == null ? "public" : role.getKey()) + " " + page));
                }
                if ("admin".equals(role.getKey())) {
                    mixed.addAll(rowErrorsOfBadInput(language));
                }
                if (role.getKey() != null) {
                    browser.logOut();
                }
            }
        }
        assertEquals(List.of(), mixed, "text of the other language on a page");
    }

    /** Messages about the lines of what an administrator typed, which name the line and the value. */
    private List<String> rowErrorsOfBadInput(String language) {
        List<String> found = new ArrayList<>();
        browser.go("/admin/cycle?code=" + DRAFT);
        browser.awaitQuiet();
        type("margins:text", "region,ZJ,0.5\nageBand,18-34\nincome,high,0.2\n");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("margins:save")));
        found.addAll(otherLanguage(language, "admin bad margins"));
        browser.go("/admin/calendar");
        browser.awaitQuiet();
        type("days:lines", "2031-13-01,HOLIDAY,元旦,New Year's Day\n2031-01-02,HOLIDAYS,元旦,New Year's Day\n");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("days:save")));
        found.addAll(otherLanguage(language, "admin bad calendar"));
        return found;
    }

    private void type(String id, String text) {
        org.openqa.selenium.WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * A page shows times in the zone the visitor's browser reports, and Beijing time until the
     * browser has reported one (the first page a visitor sees).
     */
    @Test
    void timesAreShownInTheViewersZoneAndInBeijingTimeByDefault(Portal portal) throws Exception {
        String receipt = Http.object(ApiRater.anonymous(portal).post("time-zone-" + UUID.randomUUID(),
                "{\"agencyCode\":\"HZ\",\"overall\":5}")).getString("receipt");
        LocalDateTime submittedUtc;
        try (Connection db = portal.database(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT submitted_at FROM appraisal WHERE receipt = '" + receipt + "'")) {
            assertTrue(row.next());
            submittedUtc = row.getTimestamp(1).toLocalDateTime();
        }
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));

        browser.go("/receipt?receipt=" + receipt);
        assertTrue(pageText().contains(shown(submittedUtc, "Asia/Shanghai")), "the first page shows Beijing time");
        assertEquals("本页时间为北京时间（UTC+8）。", browser.driver().findElement(By.id("time-zone-note")).getText());

        browser.go("/receipt?receipt=" + receipt);
        assertTrue(pageText().contains(shown(submittedUtc, "America/New_York")), "later pages show the browser's zone");
        assertTrue(browser.driver().findElement(By.id("time-zone-note")).getText().contains("America/New_York"));
    }

    private static String shown(LocalDateTime utc, String zone) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of(zone)).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    private String pageText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** The texts of the page that are in the other language, each with where it was seen. */
    private List<String> otherLanguage(String language, String where) {
        assertEquals(language.equals("zh") ? "zh-CN" : "en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"), where);
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(PAGE_TEXT);
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            if (language.equals("en") ? Texts.hasChinese(text) : Texts.hasEnglishPhrase(text)) {
                found.add(language + " " + where + ": " + text);
            }
        }
        return found;
    }

    /** What counts as text of the other language. */
    static final class Texts {

        private static final java.util.regex.Pattern CHINESE = java.util.regex.Pattern.compile("\\p{IsHan}");
        /**
         * Three English words in a row, apart by spaces: a phrase, not a code (MP-XXXXX-XXXXX), a
         * file header (agency,indicator,score) or an abbreviation (CSV, XLSX).
         */
        private static final java.util.regex.Pattern ENGLISH_PHRASE =
                java.util.regex.Pattern.compile("\\b[A-Za-z][a-z]+(?:(?: |, )[A-Za-z][a-z]+){2,}\\b");

        static boolean hasChinese(String text) {
            return CHINESE.matcher(text).find();
        }

        static boolean hasEnglishPhrase(String text) {
            return ENGLISH_PHRASE.matcher(text).find();
        }
    }
}
