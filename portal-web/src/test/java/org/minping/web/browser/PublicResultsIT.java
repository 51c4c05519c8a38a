package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ResultsPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.Http;
import org.minping.web.it.OfflineRecompute;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;

/**
 * A published cycle's public results: satisfaction of fewer than 10 raters is not shown (the score
 * is), neither in the results nor in the run's public input, and each agency's bad-review follow-up
 * counts are, in the API and on the page.
 */
class PublicResultsIT extends BrowserTestBase {

    private static final String FEBRUARY_10 = "2025-02-10 10:00:00";

    @Test
    @DisplayName("Finding 6: the public input.json withholds what the results withhold; the full input only for auditors")
    void fewRatersAreNotShownAndFollowUpsAre(Portal portal) throws Exception {
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            portal.createCycle("IT-K", "公开门槛测试", "Threshold test", LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-28"));
            portal.publishedAppraisals("HZ", 3, 4, FEBRUARY_10);
            portal.publishedAppraisals("SZ", 12, 4, FEBRUARY_10);
            String bad = portal.publishedAppraisals("SZ", 1, 1, FEBRUARY_10);
            sql.executeUpdate("""
                    INSERT INTO follow_up (appraisal_id, agency_id, opened_on, due_on, status, callback_at, callback_by,
                      callback_note, rectified_at, rectified_by, rectification_note)
                    SELECT a.id, a.agency_id, '2025-02-10', '2025-02-17', 'RECTIFIED', '2025-02-11 09:00:00', 'agency',
                      '回访', '2025-02-14 09:00:00', 'agency', '整改' FROM appraisal a WHERE a.receipt = '%s'""".formatted(bad));
        }
        portal.closeCycle("IT-K");
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, "IT-K");
        String run = scoring.startRunAndWait();
        scoring.publish(run);
        String inputDigest = scoring.inputDigest(run);
        String outputDigest = scoring.outputDigest(run);
        browser.logOut();

        JsonObject results = Http.object(new Http(portal.baseUrl()).get("/api/v1/cycles/IT-K/results?track=LOCAL"));
        JsonObject hangzhou = agency(results, "HZ");
        JsonObject shenzhen = agency(results, "SZ");
        assertTrue(hangzhou.getJsonArray("flags").toString().contains("FEWER_THAN_MIN_RATERS"), hangzhou.toString());
        assertFalse(hangzhou.containsKey("publicSatisfaction"), "3 raters: not shown");
        assertFalse(hangzhou.isNull("score"), "the score is published all the same");
        assertFalse(hangzhou.getBoolean("ranked"), "three ratings and nothing else: not ranked");
        assertEquals("INSUFFICIENT_DATA", hangzhou.getString("notRankedReason"));
        assertFalse(hangzhou.containsKey("grade") || hangzhou.containsKey("rank"), hangzhou.toString());
        assertEquals(13, shenzhen.getJsonObject("publicSatisfaction").getInt("respondents"));
        JsonObject followUp = shenzhen.getJsonObject("followUp");
        assertEquals(1, followUp.getInt("badReviews"));
        assertEquals(1, followUp.getInt("answeredInTime"));
        assertEquals(1, followUp.getInt("rectified"));
        String csv = new Http(portal.baseUrl()).get("/api/v1/cycles/IT-K/results.csv?track=LOCAL").body();
        String hangzhouLine = csv.lines().filter(line -> line.startsWith("\"HZ\"")).findFirst().orElseThrow();
        assertTrue(hangzhouLine.contains(",,,,,"), "no satisfaction in the download either: " + hangzhouLine);

        theRunsInputShowsThePublicNoMoreThanTheResultsAndAuditorsAll(portal, run, inputDigest, outputDigest);

        ResultsPage.open(browser, "IT-K", "LOCAL");
        assertEquals("1 / 1 / 1", browser.driver().findElement(By.cssSelector("td.follow-up[data-agency='SZ']")).getText().strip());
        // Neither has enough data to be ranked: both are listed apart, their satisfaction withheld.
        assertFalse(browser.driver().findElements(By.cssSelector("#not-ranked .suppressed")).isEmpty());
    }

    /**
     * The public input.json carries no cube cell of an agency whose satisfaction is withheld, so none
     * can be computed from it, and says which and why; the auditors' file (HTTP Basic, audit:read)
     * has every cell and recomputes to the run's digests.
     */
    private static void theRunsInputShowsThePublicNoMoreThanTheResultsAndAuditorsAll(Portal portal, String run,
            String inputDigest, String outputDigest) throws Exception {
        Http anyone = new Http(portal.baseUrl());
        JsonObject published = Http.object(anyone.get("/api/v1/cycles/IT-K/input.json"));
        assertEquals("minping-public-input/1", published.getString("format"));
        JsonObject withheld = published.getJsonObject("withheld");
        assertEquals("FEWER_THAN_MIN_RATERS", withheld.getString("reason"));
        assertEquals(10, withheld.getInt("minRaters"));
        Set<String> flagged = Http.object(anyone.get("/api/v1/cycles/IT-K/results")).getJsonArray("results")
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonArray("flags").toString().contains("FEWER_THAN_MIN_RATERS"))
                .map(r -> r.getString("agency")).collect(Collectors.toSet());
        assertTrue(flagged.contains("HZ") && !flagged.contains("SZ"), flagged.toString());
        assertEquals(flagged, strings(withheld.getJsonArray("agencies")), "the same agencies as the results withhold");
        assertFalse(agenciesInTheCube(published).contains("HZ"), "no cell of the agency with 3 raters");
        assertTrue(agenciesInTheCube(published).contains("SZ"));
        assertEquals(inputDigest, published.getJsonObject("run").getString("inputDigest"));
        assertEquals(outputDigest, published.getJsonObject("run").getString("outputDigest"));
        JsonObject fromThePublicFile = OfflineRecompute.of(published.toString());
        JsonObject hangzhou = fromThePublicFile.getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("agency").equals("HZ")).findFirst().orElseThrow();
        for (JsonObject indicator : hangzhou.getJsonArray("indicators").getValuesAs(JsonObject.class)) {
            assertFalse(indicator.containsKey("public"), "no satisfaction of HZ from the public file: " + indicator);
            assertFalse(indicator.getJsonObject("sources").containsKey("PUBLIC"), indicator.toString());
        }
        assertNotEquals(inputDigest, fromThePublicFile.getString("inputDigest"), "what is withheld is part of the run");

        String auditorsFile = "/api/v1/audit/runs/" + run + "/input.json";
        assertEquals(401, anyone.get(auditorsFile).statusCode());
        assertEquals(403, anyone.getAs(auditorsFile, "citizen", "citizen-demo").statusCode());
        HttpResponse<String> full = anyone.getAs(auditorsFile, "auditor", "auditor-demo");
        assertEquals(200, full.statusCode());
        JsonObject fullInput = Http.object(full);
        assertEquals("minping-scoring-input/1", fullInput.getString("format"));
        assertTrue(agenciesInTheCube(fullInput).contains("HZ"));
        JsonObject fromTheFullFile = OfflineRecompute.of(full.body());
        assertEquals(inputDigest, fromTheFullFile.getString("inputDigest"));
        assertEquals(outputDigest, fromTheFullFile.getString("outputDigest"));
    }

    private static List<String> agenciesInTheCube(JsonObject input) {
        return input.getJsonArray("cube").getValuesAs(JsonObject.class).stream().map(c -> c.getString("agency")).toList();
    }

    private static Set<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
    }

    private static JsonObject agency(JsonObject results, String code) {
        return results.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("agency").equals(code)).findFirst().orElseThrow();
    }
}
