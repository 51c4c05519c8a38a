package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.CyclePage;
import org.minping.web.browser.pages.CyclesPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ResultsPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/** A whole cycle through the pages: appraisals in, a scoring run, review, publication, public results. */
class ScoringCycleIT extends BrowserTestBase {

    private static void appraise(Portal portal, String agency, int overall, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            assertEquals(201, ApiRater.anonymous(portal).post("cycle-" + UUID.randomUUID(),
                    "{\"agencyCode\":\"" + agency + "\",\"overall\":" + overall + ",\"ratings\":{\"EFFICIENCY\":" + overall + "}}")
                    .statusCode());
        }
    }

    @Test
    void appraisalsRunReviewPublishAndThePublicSeesTheSameNumbersAsTheApi(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        // A cycle of this year whose minimum effective sample six raters reach, with the same
        // internal scores for JL and FJ: public appraisal and internal assessment together carry
        // more than half of their weight, so both are ranked, by their ratings. XJ has ratings only.
        java.time.Year thisYear = java.time.Year.now(java.time.ZoneOffset.UTC);
        portal.createCycle("IT-WHOLE", "全流程测试", "Whole cycle test", thisYear.atDay(1), thisYear.atMonth(12).atEndOfMonth());
        try (java.sql.Connection db = portal.database(); java.sql.Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE evaluation_cycle SET min_effective_n = 5 WHERE code = 'IT-WHOLE'");
        }
        portal.internalScores("IT-WHOLE", "JL", 80);
        portal.internalScores("IT-WHOLE", "FJ", 80);
        appraise(portal, "JL", 5, 6);
        appraise(portal, "FJ", 2, 6);
        appraise(portal, "XJ", 3, 6);
        portal.closeCycle("IT-WHOLE");

        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, "IT-WHOLE");
        String run = scoring.startRunAndWait();
        int jilin = Integer.parseInt(scoring.rankOf("JL"));
        int fujian = Integer.parseInt(scoring.rankOf("FJ"));
        assertTrue(jilin < fujian, "the better rated agency ranks higher: JL " + jilin + ", FJ " + fujian);

        // Publishing asks first, naming the run and what becomes public; no publishes nothing.
        String confirmation = scoring.askToPublish(run);
        assertTrue(confirmation.contains("#" + run) && confirmation.contains("input.json") && confirmation.contains("排名"),
                confirmation);
        scoring.cancelPublication();
        assertEquals(0, portal.count("SELECT COUNT(*) FROM evaluation_cycle WHERE code = 'IT-WHOLE' AND published_run_id = " + run),
                "cancelled: the run is not published");
        scoring.publish(run);

        // An auditor downloads the run's full input and recomputes it offline: same digests. The
        // public file names the run and its digests.
        java.nio.file.Path input = java.nio.file.Files.createTempFile("minping-input", ".json");
        java.nio.file.Files.writeString(input, http.getAs("/api/v1/audit/runs/" + run + "/input.json", "auditor", "auditor-demo").body());
        JsonObject recomputed = org.minping.core.recompute.Recompute.recompute(input);
        assertEquals(scoring.inputDigest(run), recomputed.getString("inputDigest"));
        assertEquals(scoring.outputDigest(run), recomputed.getString("outputDigest"));
        JsonObject published = Http.object(http.get("/api/v1/cycles/IT-WHOLE/input.json"));
        assertEquals(Long.parseLong(run), published.getJsonObject("run").getJsonNumber("id").longValue());
        assertEquals(scoring.inputDigest(run), published.getJsonObject("run").getString("inputDigest"));

        ResultsPage results = ResultsPage.open(browser, "IT-WHOLE", "LOCAL");
        assertTrue(results.hasChart());
        String head;
        try (java.sql.Connection db = portal.database(); java.sql.Statement sql = db.createStatement();
             java.sql.ResultSet row = sql.executeQuery("SELECT hash FROM audit_head")) {
            row.next();
            head = row.getString(1);
        }
        assertTrue(results.auditHead().endsWith(head), "the page shows today's audit chain head: " + results.auditHead());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'scoring.publish'"
                + " AND subject = 'cycle:IT-WHOLE/run:" + run + "' AND actor = 'admin'"));
        Map<String, String[]> rows = results.rows();
        Map<String, String> notRanked = results.notRanked();
        JsonObject api = Http.object(http.get("/api/v1/cycles/IT-WHOLE/results?track=LOCAL"));
        assertEquals(Long.parseLong(run), api.getJsonNumber("run").longValue());
        for (JsonObject agency : api.getJsonArray("results").getValuesAs(JsonObject.class)) {
            String[] shown = rows.get(agency.getString("agency"));
            if (!agency.getBoolean("ranked")) {
                assertTrue(shown == null && notRanked.containsKey(agency.getString("agency")),
                        agency.getString("agency") + " is listed apart, as the API says");
                continue;
            }
            assertEquals(String.valueOf(agency.getInt("rank")), shown[0], agency.getString("agency"));
            assertEquals(0, new BigDecimal(shown[1]).compareTo(agency.getJsonNumber("score").bigDecimalValue()),
                    agency.getString("agency"));
            // The grade comes with a code and its name in both languages, for systems reading either.
            assertEquals(agency.getString("grade"), agency.getJsonObject("gradeNames").getString("zh"));
            assertTrue(List.of("EXCELLENT", "GOOD", "PASS", "FAIL").contains(agency.getString("gradeCode")),
                    agency.getString("gradeCode"));
            assertTrue(agency.getJsonObject("gradeNames").getString("en").matches("[A-Za-z]+"));
        }
        assertTrue(notRanked.containsKey("XJ"), "ratings alone carry less than half of the weight: " + notRanked);
        ResultsPage.AgencyResultPage jilinResult = results.openAgency("JL");
        assertEquals(rows.get("JL")[1], jilinResult.score());
        assertTrue(jilinResult.decompositionTerms() >= 1);
        assertTrue(jilinResult.hasChart());
    }

    @Test
    @DisplayName("Catalogue 18: a rerun on the same data → identical digests; changed input → another digest")
    void aRerunOnTheSameDataGivesTheSameDigestAndNewDataChangesTheInputDigest(Portal portal) throws Exception {
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, "2026");
        String first = scoring.startRunAndWait();
        String second = scoring.startRunAndWait();
        assertNotEquals(first, second);
        assertEquals(scoring.inputDigest(first), scoring.inputDigest(second));
        assertEquals(scoring.outputDigest(first), scoring.outputDigest(second));

        appraise(portal, "GX", 4, 1);
        String third = ScoringPage.open(browser, "2026").startRunAndWait();
        assertNotEquals(scoring.inputDigest(second), ScoringPage.open(browser, "2026").inputDigest(third));
    }

    @Test
    @DisplayName("A run that fails says why on the scoring page, in the page's language, and stores no run")
    void aFailedRunIsExplainedInThePagesLanguage(Portal portal) throws Exception {
        // Margins by region, and no appraisal in the cycle's period states a region: nothing can be weighted.
        portal.createDraftCycle("IT-NORAKE", "加权失败测试", "Failed weighting test", LocalDate.parse("2021-01-01"),
                LocalDate.parse("2021-12-31"));
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        CyclePage.open(browser, "IT-NORAKE").saveMargins("region,ZJ,0.4\nregion,GD,0.6");
        CyclesPage.open(browser).openCycle("IT-NORAKE");

        ScoringPage chinese = ScoringPage.open(browser, "IT-NORAKE");
        assertEquals("没有评议人填写全部加权变量，无法加权。", chinese.startRunAndReadProblem());

        browser.useLanguage("en");
        ScoringPage english = ScoringPage.open(browser, "IT-NORAKE");
        assertEquals("No appraisal states all weighting variables: there is nothing to weight.", english.startRunAndReadProblem());
        assertEquals(List.of(), english.runIds(), "a failed run stores nothing");
        assertEquals(0, portal.count("SELECT COUNT(*) FROM scoring_run r JOIN evaluation_cycle c ON c.id = r.cycle_id WHERE c.code = 'IT-NORAKE'"));
    }
}
