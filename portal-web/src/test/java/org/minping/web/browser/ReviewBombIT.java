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
 * Only what matches the burst's signature is held, in one group per pattern that moderators decide
 * on separately.
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

    private static final String SIGNATURE_AGENCY = "XJ";
    /** The keyed network of a second flood, as the portal stores it (64 hex digits); moderators see its first six. */
    private static final String OTHER_NETWORK = "b0b0b0" + "0".repeat(58);

    /** Inserts a published appraisal of SIGNATURE_AGENCY as intake would have stored it; returns its receipt. */
    private static String rated(Portal portal, int level, String raterLevel, String networkKey, int minutesAgo)
            throws Exception {
        return rated(portal, SIGNATURE_AGENCY, level, raterLevel, networkKey, minutesAgo);
    }

    /** Inserts a published appraisal of the agency as intake would have stored it; returns its receipt. */
    private static String rated(Portal portal, String agency, int level, String raterLevel, String networkKey, int minutesAgo)
            throws Exception {
        String receipt = "MP-S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Connection db = portal.database(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, rater_level,"
                        + " network_key, submitted_at) SELECT ?, a.id, s.id, 'WEB', ?, 'PUBLISHED', ?, ?,"
                        + " UTC_TIMESTAMP(6) - INTERVAL ? MINUTE FROM agency a JOIN indicator_system s ON s.track_id = a.track_id"
                        + " AND s.template WHERE a.code = ?")) {
            insert.setString(1, receipt);
            insert.setInt(2, level);
            insert.setString(3, raterLevel);
            insert.setString(4, networkKey);
            insert.setInt(5, minutesAgo);
            insert.setString(6, agency);
            insert.executeUpdate();
        }
        return receipt;
    }

    private static String statusOf(Portal portal, String receipt) throws Exception {
        return portal.string("SELECT CONCAT(status, '/', COALESCE(quarantine_id, '-')) FROM appraisal WHERE receipt = '"
                + receipt + "'");
    }

    @Test
    @DisplayName("A flood from two networks → two groups; genuine 5-star and verified ratings before it stay; each group decided on its own")
    void onlyTheFloodIsHeldAndEachGroupIsDecidedOnItsOwn(Portal portal) throws Exception {
        for (int day = 1; day <= 7; day++) {
            rated(portal, 4, "REGISTERED", null, day * 24 * 60 - 30);
            rated(portal, 5, "VERIFIED", null, day * 24 * 60 - 90);
        }
        List<String> genuine = List.of(
                rated(portal, 5, "ANONYMOUS", "a1" + "0".repeat(62), 40),
                rated(portal, 5, "VERIFIED", "a2" + "0".repeat(62), 35),
                rated(portal, 1, "VERIFIED", "a3" + "0".repeat(62), 30),
                rated(portal, 2, "REGISTERED", "a4" + "0".repeat(62), 25));
        List<String> otherFlood = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            otherFlood.add(rated(portal, 1, "ANONYMOUS", OTHER_NETWORK, 5));
        }
        List<String> apiFlood = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            apiFlood.add(ApiRater.anonymous(portal).receipt("{\"agencyCode\":\"" + SIGNATURE_AGENCY + "\",\"overall\":1}"));
        }

        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage.open(browser);
        browser.driver().findElement(By.id("queue:detect")).click();
        browser.awaitQuiet();

        for (String receipt : genuine) {
            assertEquals("PUBLISHED/-", statusOf(portal, receipt), "genuine " + receipt + " stays where it was");
        }
        for (String receipt : otherFlood) {
            assertTrue(statusOf(portal, receipt).startsWith("HELD/"), receipt + " of the second network is held");
        }
        for (String receipt : apiFlood) {
            assertTrue(statusOf(portal, receipt).startsWith("HELD/"), receipt + " of the API flood is held");
        }
        String otherGroup = statusOf(portal, otherFlood.get(0)).substring("HELD/".length());
        assertTrue(otherFlood.stream().allMatch(r -> {
            try {
                return statusOf(portal, r).equals("HELD/" + otherGroup);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), "the second network is one group");
        assertTrue(!statusOf(portal, apiFlood.get(0)).endsWith("/" + otherGroup), "the API flood is another group");

        // A member whose transaction committed after the group was formed, its time inside the
        // group's: the next detection holds it in the group instead of leaving it published for good.
        String late = "MP-L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status,"
                    + " rater_level, network_key, submitted_at) SELECT '" + late + "', agency_id, indicator_system_id, channel,"
                    + " overall_level, 'PUBLISHED', rater_level, network_key, submitted_at FROM appraisal WHERE receipt = '"
                    + otherFlood.get(20) + "'");
        }
        browser.driver().findElement(By.id("queue:detect")).click();
        browser.awaitQuiet();
        assertEquals("HELD/" + otherGroup, statusOf(portal, late));
        otherFlood.add(late);

        // The moderator sees the groups with their signature and confirms only the second network's.
        By otherRow = By.xpath("//tr[.//span[@class='quarantine-agency' and text()='" + SIGNATURE_AGENCY + "']"
                + " and .//code[@class='quarantine-tag' and text()='b0b0b0']]");
        browser.go("/moderation/queue");
        browser.awaitQuiet();
        assertEquals("41", browser.driver().findElement(otherRow).findElement(By.cssSelector(".quarantine-count")).getText());
        assertEquals("NETWORK", browser.driver().findElement(otherRow).findElement(By.cssSelector(".quarantine-pattern"))
                .getAttribute("data-pattern"));
        assertEquals("1", browser.driver().findElement(otherRow).findElement(By.cssSelector(".quarantine-level"))
                .getAttribute("data-level"));
        browser.driver().findElement(otherRow).findElement(By.xpath(".//button[contains(@id, ':confirm')]")).click();
        browser.awaitQuiet();

        for (String receipt : otherFlood) {
            assertEquals("REJECTED/" + otherGroup, statusOf(portal, receipt));
        }
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'moderation.quarantine.confirm'"
                + " AND subject = 'quarantine:" + otherGroup + "'"));
        for (String receipt : apiFlood) {
            assertTrue(statusOf(portal, receipt).startsWith("HELD/"), "confirming one group leaves the other held");
        }
        for (String receipt : genuine) {
            assertEquals("PUBLISHED/-", statusOf(portal, receipt));
        }

        By release = By.xpath("//span[@class='quarantine-agency' and text()='" + SIGNATURE_AGENCY
                + "']/ancestor::tr//button[contains(@id, ':release')]");
        for (int groups = 0; groups < 5 && !browser.driver().findElements(release).isEmpty(); groups++) {
            browser.driver().findElements(release).get(0).click();
            browser.awaitQuiet();
        }
        for (String receipt : apiFlood) {
            assertTrue(!statusOf(portal, receipt).startsWith("REJECTED/"), "released, the API flood is not rejected");
        }
        assertEquals(0, portal.count("SELECT COUNT(*) FROM appraisal WHERE status = 'REJECTED' AND receipt IN ('"
                + String.join("','", apiFlood) + "')"));
    }

    @Test
    @DisplayName("A slow brigade, one lowest rating a day from one network for three weeks → its own group, with its p value; the others stay")
    void aSlowBrigadeIsHeldAsItsOwnGroupWithItsEvidence(Portal portal) throws Exception {
        String agency = "MLR";
        String network = "c0ffee" + "0".repeat(58);
        List<String> brigade = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int day = 20; day < 40; day++) {
            brigade.add(rated(portal, agency, 1, "ANONYMOUS", network, day * 24 * 60));
            others.add(rated(portal, agency, 4, "REGISTERED", null, day * 24 * 60 + 100));
            others.add(rated(portal, agency, 5, "REGISTERED", null, day * 24 * 60 + 200));
        }

        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage.open(browser);
        browser.driver().findElement(By.id("queue:detect")).click();
        browser.awaitQuiet();

        By row = By.xpath("//tr[.//span[@class='quarantine-agency' and text()='" + agency + "']"
                + " and .//code[@class='quarantine-tag' and text()='c0ffee']]");
        assertEquals("SLOW", browser.driver().findElement(row).findElement(By.cssSelector(".quarantine-detection"))
                .getAttribute("data-detection"));
        assertEquals("20", browser.driver().findElement(row).findElement(By.cssSelector(".quarantine-count")).getText());
        assertTrue(browser.driver().findElement(row).getText().contains("p ="), browser.driver().findElement(row).getText());
        String group = statusOf(portal, brigade.get(0)).substring("HELD/".length());
        for (String receipt : brigade) {
            assertEquals("HELD/" + group, statusOf(portal, receipt), "every rating of the slow brigade is in its group");
        }
        for (String receipt : others) {
            assertEquals("PUBLISHED/-", statusOf(portal, receipt), "the agency's other raters stay published");
        }

        browser.driver().findElement(row).findElement(By.xpath(".//button[contains(@id, ':release')]")).click();
        browser.awaitQuiet();
        assertTrue(statusOf(portal, brigade.get(0)).startsWith("PUBLISHED/"), "released by a moderator, the ratings count again");
    }
}
