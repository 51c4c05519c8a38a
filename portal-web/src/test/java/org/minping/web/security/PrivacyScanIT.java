package org.minping.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.Browser;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Catalogue case 22: personal data given to the portal (a mobile number, an identity number and an
 * e-mail address in comments, written plainly and in look-alike ways, as user names at sign-in and
 * as contacts at registration; requests from a client address the portal sees behind its trusted
 * proxy) appears in no public page, no public API answer, no export and no line of the server log,
 * in any writing; nor do the keyed hashes and device tokens the portal knows raters by.
 *
 * <p>The public pages and API answers are those the permission tables of docs/SECURITY.md open to
 * anonymous visitors, so a new public page is scanned as soon as it has its row.
 */
@PortalTest
class PrivacyScanIT {

    /** A documentation address (RFC 5737): distinctive, and nobody's. */
    private static final String CLIENT_ADDRESS = "198.51.100.213";
    private static final String PHONE = "13957146823";
    private static final String IDENTITY_NUMBER = withCheckCharacter("33010619850317428");
    private static final String EMAIL_LOCAL_PART = "lixiaoyu.7315";
    private static final String EMAIL = EMAIL_LOCAL_PART + "@example.org";
    /** An agency no other test comments on much, so these comments are among the twenty its page shows. */
    private static final String AGENCY = "BJ";
    private static final String PASSWORD = "a long enough password";

    /** Comments by their marker, each in a different writing of the data, each unlike the others (no near-duplicates). */
    private static final Map<String, String> API_COMMENTS = Map.of(
            "隐私扫描甲", "隐私扫描甲：政务大厅办事效率很高，工作人员耐心解答。有问题可以打我手机" + PHONE + "联系。",
            "隐私扫描乙", "隐私扫描乙：预约系统好用，材料一次就审核通过了。号码 １３９ ５７１４ ６８２３ 随时可以回访。",
            "隐私扫描丙", "隐私扫描丙：排队时间有点长，希望增加自助设备。电话一三九五七一四六八二三。",
            "隐私扫描丁", "隐私扫描丁：证件办理流程清楚，我的身份证号" + IDENTITY_NUMBER + "已经登记过了。",
            "隐私扫描戊", "隐私扫描戊：网上申报页面加载慢，请回复到邮箱 " + EMAIL + " 谢谢。",
            "隐私扫描己", "隐私扫描己：夜里在家用宽带提交，地址是" + CLIENT_ADDRESS + "，页面偶尔打不开。");
    private static final String FORM_MARKER = "隐私扫描庚";
    private static final String FORM_COMMENT = FORM_MARKER + "：表单填写顺畅，联系我 139-5714-6823 或 ｌｉｘｉａｏｙｕ．７３１５＠ｅｘａｍｐｌｅ．ｏｒｇ。";

    @Test
    @DisplayName("Catalogue 22, finding 5: no phone, identity number, e-mail or IP address, in any writing, in a public page, API answer, export or log line")
    void personalDataReachesNoPublicPageApiAnswerExportOrLogLine(Portal portal) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        AccessFixture fixture = AccessFixture.seed(portal, today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> receipts = new ArrayList<>();
        List<String> deviceTokens = new ArrayList<>();

        for (Map.Entry<String, String> comment : API_COMMENTS.entrySet()) {
            String device = "privacy-device-" + UUID.randomUUID();
            deviceTokens.add(device);
            HttpResponse<String> submitted = submit(portal, comment.getValue(), device, true);
            assertEquals(201, submitted.statusCode(), submitted.body());
            answers.put("the answer to submitting " + comment.getKey(), submitted.body());
            receipts.add(Http.object(submitted).getString("receipt"));
        }
        String control = Http.object(submit(portal, "隐私扫描对照：没有经过代理提交的评价，用来比较网络标识。", "privacy-control-"
                + UUID.randomUUID(), false)).getString("receipt");
        for (String userName : List.of(EMAIL, PHONE)) {
            Http http = new Http(portal.baseUrl());
            String token = Http.loginToken(http.send(http.request("/login").header("X-Forwarded-For", CLIENT_ADDRESS).GET().build()).body());
            HttpResponse<String> refused = http.send(http.request("/login").header("X-Forwarded-For", CLIENT_ADDRESS)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(userName, StandardCharsets.UTF_8)
                            + "&password=wrong-password&csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).build());
            assertEquals(200, refused.statusCode(), "a failed sign-in as " + userName);
            answers.put("the answer to signing in as a contact", refused.body());
        }

        try (Browser browser = Browser.open(portal.baseUrl())) {
            // The browser comes through the trusted proxy (the test portal trusts the loopback address) from the client address.
            ChromeDriver chromium = (ChromeDriver) browser.driver();
            chromium.executeCdpCommand("Network.enable", Map.of());
            chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", CLIENT_ADDRESS)));
            register(browser, PHONE);
            register(browser, EMAIL);
            receipts.add(AgencyPage.open(browser, AGENCY).rateOverall(4).comment(FORM_COMMENT).submit().receiptCode());
            deviceTokens.add(chromium.manage().getCookieNamed(RaterIdentity.DEVICE_COOKIE).getValue());
            // The demo verifier logs a code per registration; once both are there, every earlier line is too.
            browser.waiting().until(driver -> portal.log().contains("MinPing verification code for 139****6823: ")
                    && portal.log().contains("MinPing verification code for l***@example.org: "));
            fixture.publish(browser);
        }

        String inList = "'" + String.join("','", receipts) + "'";
        // The portal must have seen the client's address, or the scan for it proves nothing.
        List<String> networkKeys = column(portal, "SELECT DISTINCT network_key FROM appraisal WHERE receipt IN (" + inList + ")");
        assertEquals(1, networkKeys.size(), "all came from one network, the client's: " + networkKeys);
        assertNotEquals(networkKeys.get(0), portal.string("SELECT network_key FROM appraisal WHERE receipt = '" + control + "'"),
                "the portal saw the client's address, not the proxy's");

        PersonalDataScan scan = new PersonalDataScan()
                .seek("mobile number", PHONE)
                .seek("identity number", IDENTITY_NUMBER.substring(0, 17))
                .seek("e-mail address", EMAIL_LOCAL_PART)
                .seek("client address", CLIENT_ADDRESS);
        deviceTokens.forEach(token -> scan.seek("device token", token));
        for (String key : column(portal, "SELECT rater_key FROM appraisal WHERE receipt IN (" + inList + ")")) {
            scan.seek("rater key", key.substring(0, 16));
        }
        scan.seek("network key", networkKeys.get(0).substring(0, 16));

        Map<String, String> placeholders = fixture.placeholders();
        placeholders.put("agency", AGENCY);
        placeholders.put("service", portal.string("SELECT s.code FROM service_offering s JOIN agency a ON a.id = s.agency_id"
                + " WHERE a.code = '" + AGENCY + "' ORDER BY s.sort_order LIMIT 1"));
        placeholders.put("receipt", receipts.get(0));
        Http anyone = new Http(portal.baseUrl(), HttpClient.Redirect.NORMAL);
        Map<String, String> sources = new LinkedHashMap<>(answers);
        for (PermissionTable.Row row : AuthorizationMatrixIT.pagesTable().rows()) {
            if (row.expectedFor(AccessFixture.ANONYMOUS) == Access.OK) {
                String path = Targets.page(row.target(), placeholders);
                sources.put(path, anyone.get(path).body());
            }
        }
        for (PermissionTable.Row row : AuthorizationMatrixIT.apiTable().rows()) {
            if (row.expectedFor(AccessFixture.ANONYMOUS) == Access.OK && row.target().startsWith("GET ")) {
                String path = Targets.api("GET", row.target().substring("GET ".length()), placeholders);
                sources.put(path, anyone.get(path).body());
            }
        }
        for (String receipt : receipts) {
            sources.put("/receipt?receipt=" + receipt, anyone.get("/receipt?receipt=" + receipt).body());
            sources.put("/api/v1/appraisals/" + receipt, anyone.get("/api/v1/appraisals/" + receipt).body());
        }
        String auditorsInput = "/api/v1/audit/runs/" + placeholders.get("run") + "/input.json";
        HttpResponse<String> fullInput = anyone.send(anyone.request(auditorsInput)
                .header("Authorization", fixture.authorization("auditor").orElseThrow()).GET().build());
        assertEquals(200, fullInput.statusCode(), auditorsInput);
        sources.put(auditorsInput + " (the auditors' export)", fullInput.body());
        sources.put("the server log", portal.log());

        List<String> findings = new ArrayList<>();
        sources.forEach((source, text) -> findings.addAll(scan.findIn(source, text)));
        assertEquals(List.of(), findings, "personal data found in " + sources.size() + " sources scanned");

        // Nor would it if the comments had not been published: then the pages scanned had not shown them.
        assertEquals(receipts.size(), portal.count("SELECT COUNT(*) FROM appraisal WHERE status = 'PUBLISHED' AND receipt IN ("
                + inList + ")"), "every comment with personal data is public");
        String agencyPage = new Http(portal.baseUrl()).get("/agency?code=" + AGENCY).body();
        for (String marker : concat(API_COMMENTS.keySet(), FORM_MARKER)) {
            assertTrue(agencyPage.contains(marker), marker + " is shown on the agency's page");
        }
    }

    private static HttpResponse<String> submit(Portal portal, String comment, String device, boolean throughTheProxy)
            throws Exception {
        String body = Json.createObjectBuilder().add("agencyCode", AGENCY).add("channel", "APP").add("overall", 4)
                .add("comment", comment).build().toString();
        ApiRater app = ApiRater.system(portal).as(device);
        HttpRequest.Builder request = app.request("privacy-" + UUID.randomUUID(), body);
        if (throughTheProxy) {
            request.header("X-Forwarded-For", CLIENT_ADDRESS);
        }
        return app.send(request.build());
    }

    /** Sends the registration form with the contact (no code is ever confirmed: the log line is what matters). */
    private static void register(Browser browser, String contact) {
        browser.go("/register");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register-heading")));
        fill(browser, "register:contact", contact);
        fill(browser, "register:password", PASSWORD);
        fill(browser, "register:passwordAgain", PASSWORD);
        browser.awaitProofOfWork();
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("register:submit")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-registration-heading")));
    }

    private static void fill(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static List<String> column(Portal portal, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection db = portal.database(); Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<String> concat(Collection<String> first, String last) {
        List<String> all = new ArrayList<>(first);
        all.add(last);
        return all;
    }

    /** An 18-digit resident identity number: the 17 digits and their check character (GB 11643). */
    private static String withCheckCharacter(String seventeenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * weights[i];
        }
        return seventeenDigits + "10X98765432".charAt(sum % 11);
    }
}
