package org.minping.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minping.core.audit.AuditChain;
import org.minping.web.browser.Browser;
import org.minping.web.browser.pages.CyclePage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;
import org.openqa.selenium.By;

/** The audit chain: written by administrators' actions, append-only in the database, tampering found and named. */
@PortalTest
class AuditIT {

    private static final String TRIGGER = "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW"
            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are append-only'";

    private static HttpResponse<String> getAs(Http http, String path, String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(http.request(path).header("Authorization", "Basic " + credentials).GET().build());
    }

    @Test
    @DisplayName("Catalogue 17: an UPDATE to an audit row behind the application's back → every verifier names it")
    void actionsAreChainedAndATamperedEventIsNamedByEveryVerifier(Portal portal, @TempDir Path dir) throws Exception {
        portal.createDraftCycle("IT-AUDIT", "审计测试", "Audit test", java.time.LocalDate.parse("2020-01-01"),
                java.time.LocalDate.parse("2020-12-31"));
        try (Browser browser = Browser.open(portal.baseUrl())) {
            LoginPage.open(browser).logInAs("admin", "admin-demo");
            CyclePage.open(browser, "IT-AUDIT").saveMargins("");
        }
        long seq = portal.count("SELECT MAX(seq) FROM audit_event WHERE action = 'cycle.margins' AND actor = 'admin'");
        Http http = new Http(portal.baseUrl());

        assertEquals(401, http.get("/api/v1/audit/verify").statusCode());
        assertEquals(403, getAs(http, "/api/v1/audit/verify", "citizen", "citizen-demo").statusCode());
        JsonObject intact = Http.object(getAs(http, "/api/v1/audit/verify", "auditor", "auditor-demo"));
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertTrue(intact.getJsonNumber("events").longValue() >= 1);

        try (Connection app = portal.applicationDatabase(); Statement sql = app.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_event SET actor = 'nobody' WHERE seq = " + seq));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_event WHERE seq = " + seq));
            // Nor can the portal's account remove the guard: it holds row rights, not the schema.
            SQLException noDrop = assertThrows(SQLException.class, () -> sql.execute("DROP TRIGGER audit_event_no_update"));
            assertTrue(noDrop.getMessage().toLowerCase(java.util.Locale.ROOT).contains("denied"), noDrop.getMessage());
        }

        String original;
        try (Connection root = portal.database(); Statement sql = root.createStatement()) {
            var result = sql.executeQuery("SELECT payload FROM audit_event WHERE seq = " + seq);
            result.next();
            original = result.getString(1);
            // Someone with the power to drop the trigger edits the event behind the application's back.
            sql.execute("DROP TRIGGER audit_event_no_update");
            sql.executeUpdate("UPDATE audit_event SET payload = REPLACE(payload, '\"admin\"', '\"someone\"') WHERE seq = " + seq);
            sql.execute(TRIGGER);
        }
        try {
            JsonObject broken = Http.object(getAs(http, "/api/v1/audit/verify", "auditor", "auditor-demo"));
            assertFalse(broken.getBoolean("intact"));
            assertEquals(seq, broken.getJsonObject("brokenLink").getJsonNumber("seq").longValue());

            Path export = dir.resolve("events.json");
            Files.writeString(export, getAs(http, "/api/v1/audit/events", "auditor", "auditor-demo").body());
            var events = org.minping.core.audit.VerifyAuditChain.read(export);
            assertEquals(seq, AuditChain.verify(events).orElseThrow().seq());

            try (Browser browser = Browser.open(portal.baseUrl())) {
                LoginPage.open(browser).logInAs("auditor", "auditor-demo");
                browser.go("/audit/index");
                browser.driver().findElement(By.id("audit:verify")).click();
                browser.waiting().until(d -> !d.findElements(By.id("audit-result")).isEmpty());
                assertEquals(Long.toString(seq), browser.driver().findElement(By.id("audit-result")).getAttribute("data-broken-seq"));
                assertEquals(5, browser.driver().findElements(By.cssSelector("#appeal-statistics dd")).size(),
                        "auditors see the outcomes of appeals and agencies' contests");
            }
        } finally {
            try (Connection root = portal.database(); Statement sql = root.createStatement()) {
                sql.execute("DROP TRIGGER audit_event_no_update");
                try (var restore = root.prepareStatement("UPDATE audit_event SET payload = ? WHERE seq = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, seq);
                    restore.executeUpdate();
                }
                sql.execute(TRIGGER);
            }
        }
        assertTrue(Http.object(getAs(http, "/api/v1/audit/verify", "auditor", "auditor-demo")).getBoolean("intact"));
    }
}
