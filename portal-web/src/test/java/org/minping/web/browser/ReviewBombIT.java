package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ModerationQueuePage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;

/**
 * A brigade: hundreds of lowest ratings for one agency within minutes, after a week of ordinary
 * ones. It is quarantined, and the agency's score stays what it was until a moderator releases it.
 */
class ReviewBombIT extends BrowserTestBase {

    private static final String AGENCY = "SC";

    private static double scoreOf(Portal portal, String run) throws Exception {
        try (Connection db = portal.database();
             PreparedStatement query = db.prepareStatement("SELECT r.score FROM scoring_result r JOIN agency a ON a.id = r.agency_id"
                     + " WHERE r.run_id = ? AND a.code = ?")) {
            query.setLong(1, Long.parseLong(run));
            query.setString(2, AGENCY);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getDouble(1);
            }
        }
    }

    @Test
    @DisplayName("Catalogue 16: a brigade of 200 lowest ratings → held, listed for moderators, score unchanged until released")
    void aBrigadeIsQuarantinedAndMovesNoScoreUntilReleased(Portal portal) throws Exception {
        // A week of ordinary history: 14 appraisals at level 4, two a day.
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            for (int i = 1; i <= 14; i++) {
                sql.executeUpdate("INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status,"
                        + " submitted_at) SELECT 'MP-H" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()
                        + "', a.id, s.id, 'WEB', 4, 'PUBLISHED', UTC_TIMESTAMP(6) - INTERVAL " + (12 * i) + " HOUR"
                        + " FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template WHERE a.code = '"
                        + AGENCY + "'");
            }
        }
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        String before = ScoringPage.open(browser, "2026").startRunAndWait();
        double scoreBefore = scoreOf(portal, before);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Http http = new Http(portal.baseUrl());
                posts.add(pool.submit(() -> ApiRater.anonymous(portal).post("bomb-" + UUID.randomUUID(),
                        "{\"agencyCode\":\"" + AGENCY + "\",\"overall\":1}").statusCode()));
            }
            for (Future<Integer> post : posts) {
                assertEquals(201, post.get());
            }
        } finally {
            pool.shutdownNow();
        }

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage queue = ModerationQueuePage.open(browser);
        browser.driver().findElement(By.id("queue:detect")).click();
        browser.awaitQuiet();
        assertTrue(browser.driver().findElements(By.cssSelector("span.quarantine-agency")).stream()
                .anyMatch(e -> e.getText().equals(AGENCY)), "the brigade's window is listed");
        assertEquals(200, portal.count("SELECT COUNT(*) FROM appraisal a JOIN agency g ON g.id = a.agency_id"
                + " WHERE g.code = '" + AGENCY + "' AND a.status = 'HELD' AND a.quarantine_id IS NOT NULL"));
        // The every-minute detection may have caught the brigade mid-way first: then there are two windows.
        assertTrue(portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'moderation.quarantine'"
                + " AND subject LIKE 'agency:" + AGENCY + "/%'") >= 1);

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        String during = ScoringPage.open(browser, "2026").startRunAndWait();
        assertEquals(scoreBefore, scoreOf(portal, during), 0.0, "quarantined ratings do not count");

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage.open(browser);
        By release = By.xpath("//span[@class='quarantine-agency' and text()='" + AGENCY
                + "']/ancestor::tr//button[contains(@id, ':release')]");
        for (int windows = 0; windows < 5 && !browser.driver().findElements(release).isEmpty(); windows++) {
            browser.driver().findElements(release).get(0).click();
            browser.awaitQuiet();
        }
        assertEquals(0, portal.count("SELECT COUNT(*) FROM appraisal a JOIN agency g ON g.id = a.agency_id"
                + " WHERE g.code = '" + AGENCY + "' AND a.status = 'HELD'"));

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        String after = ScoringPage.open(browser, "2026").startRunAndWait();
        assertTrue(scoreOf(portal, after) < scoreBefore, "released, the ratings count: " + scoreOf(portal, after));
    }
}
