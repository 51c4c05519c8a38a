package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Administrators switch an agency, or a running cycle, to pre-moderation: everything is held for a moderator. */
class PolicyIT extends BrowserTestBase {

    @Test
    void preModerationPerAgencyAndPerCycleHoldsEverything(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            portal.createCycle("IT-PRE", "先审后发测试", "Pre-moderation test", LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        }
        try {
            LoginPage.open(browser).logInAs("admin", "admin-demo");
            toggle("tr[data-agency='MOF']");
            assertEquals("HELD", submit(portal, http, "MOF").getString("status"));
            assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'moderation.policy' AND subject = 'agency:MOF'"));
            assertEquals("PUBLISHED", submit(portal, http, "NDRC").getString("status"), "other agencies are not affected");
            toggle("tr[data-agency='MOF']");
            assertEquals("PUBLISHED", submit(portal, http, "MOF").getString("status"));

            toggle("tr[data-cycle='IT-PRE']");
            JsonObject held = submit(portal, http, "NDRC");
            assertEquals("HELD", held.getString("status"));
            assertTrue(held.getJsonArray("reasons").toString().contains("pre-moderation"), held.toString());
            toggle("tr[data-cycle='IT-PRE']");
            assertEquals("PUBLISHED", submit(portal, http, "NDRC").getString("status"));
        } finally {
            try (Connection db = portal.database(); Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE agency SET pre_moderation = FALSE WHERE code = 'MOF'");
                sql.executeUpdate("UPDATE evaluation_cycle SET pre_moderation = FALSE WHERE code = 'IT-PRE'");
            }
        }
    }

    private void toggle(String row) {
        browser.go("/admin/policy");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("policy-heading")));
        String before = browser.driver().findElement(By.cssSelector(row)).getAttribute("data-pre");
        browser.clickAndAwaitNewPage(browser.driver().findElement(By.cssSelector(row + " input[type=submit]")));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("policy-notice")));
        assertEquals(Boolean.toString(!Boolean.parseBoolean(before)),
                browser.driver().findElement(By.cssSelector(row)).getAttribute("data-pre"));
    }

    private static JsonObject submit(Portal portal, Http http, String agency) throws Exception {
        String receipt = Http.object(ApiRater.anonymous(portal).post("policy-" + UUID.randomUUID(),
                "{\"agencyCode\":\"" + agency + "\",\"overall\":4}")).getString("receipt");
        return Http.object(http.get("/api/v1/appraisals/" + receipt));
    }
}
