package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minping.core.recompute.Recompute;
import org.minping.web.browser.pages.AgenciesPage;
import org.minping.web.browser.pages.CyclePage;
import org.minping.web.browser.pages.CyclesPage;
import org.minping.web.browser.pages.IndicatorVersionPage;
import org.minping.web.browser.pages.IndicatorsPage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * One kind of agency within a track assessed against a version of its own: the office gives the
 * budget programmes of the budget track their own weights on the cycle's page, the cycle freezes
 * that version as it opens, a programme's citizens rate against it, and a run scores the programme
 * on its tree while ranking it with the track — the run's input says so, and recomputes to the
 * same digests.
 */
class KindIndicatorSystemIT extends BrowserTestBase {

    private static final String TRACK = "BUDGET";
    private static final String KIND = "BUDGET_PROGRAMME";
    private static final String TEMPLATE = "TPL-BUDGET";

    private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
    private final String cycle = "IT-KIND-" + suffix;
    private final String programme = "IT-BP" + suffix;

    /** The cycle opened here would be the newest open one, whose versions citizens' forms use: it closes. */
    @AfterEach
    void closeTheCycle(Portal portal) throws Exception {
        portal.closeCycle(cycle);
    }

    @Test
    void aKindOfAgencyIsAssessedAgainstAVersionOfItsOwnAndRankedWithItsTrack(Portal portal) throws Exception {
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        AgenciesPage agencies = AgenciesPage.open(browser);
        agencies.saveAgency(programme, "测试预算项目", "Test budget programme", "预算项目", "财政预算资金绩效管理", "全国", "MOF");
        assertEquals("已建立机关 " + programme + "。", agencies.notice());
        // The programmes' version: the template with execution weighed up and output down (the level stays at 100%).
        IndicatorVersionPage draft = IndicatorsPage.open(browser).newDraftFrom(TEMPLATE);
        String version = draft.code();
        draft = draft.edit("EXECUTION").save(null, null, null, null, "25", Map.of());
        draft = draft.edit("OUTPUT").save(null, null, null, null, "25", Map.of());
        assertTrue(draft.usable(), String.valueOf(draft.check()));

        portal.createDraftCycle(cycle, "机关类别版本测试", "Versions per kind test", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        CyclePage page = CyclePage.open(browser, cycle);
        String trackVersion = page.boundVersion(TRACK);
        assertNull(page.boundVersion(TRACK, KIND), "a kind follows its track until given its own");
        assertTrue(page.kindChoices().contains("财政预算资金绩效管理 · 预算项目"), page.kindChoices().toString());

        // A version of another track is refused by name; nothing is bound.
        page = page.bindKindVersion(TRACK, KIND, "TPL-LOCAL");
        assertEquals(List.of("试点类别 BUDGET 没有代码为 TPL-LOCAL 的指标体系版本。"), page.problems());
        assertNull(page.boundVersion(TRACK, KIND));
        // The track's own version given to the kind: said plainly; the kind goes on following its track.
        page = page.bindKindVersion(TRACK, KIND, trackVersion);
        assertTrue(page.notice().contains(trackVersion) && page.notice().contains("沿用所属试点类别的版本"), page.notice());
        assertNull(page.boundVersion(TRACK, KIND));

        page = page.bindKindVersion(TRACK, KIND, version);
        assertEquals("已保存指标体系的选择。", page.notice());
        assertEquals(version, page.boundVersion(TRACK, KIND));
        assertEquals(trackVersion, page.boundVersion(TRACK), "the track keeps its version");
        assertFalse(page.kindChoices().contains("财政预算资金绩效管理 · 预算项目"));
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/cycle?code=" + cycle));
        // Taken back, and given again: each change audited (the track's own version given above too).
        page = page.unbindKind(TRACK, KIND);
        assertNull(page.boundVersion(TRACK, KIND));
        page = page.bindKindVersion(TRACK, KIND, version);
        assertEquals(4, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'cycle.indicator-system' AND subject = 'cycle:" + cycle
                + "'"));

        // Opening freezes the programmes' version with the track's.
        CyclesPage cycles = CyclesPage.open(browser);
        cycles.openCycle(cycle);
        assertEquals("OPEN", cycles.state(cycle));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM indicator_system WHERE code = '" + version + "' AND state = 'FROZEN'"));
        assertEquals(version, CyclePage.open(browser, cycle).boundVersion(TRACK, KIND));

        // A citizen of the programme rates against the programmes' version; the ministry's against the track's.
        assertEquals(201, ApiRater.anonymous(portal).post("kind-" + suffix, "{\"agencyCode\":\"" + programme + "\",\"overall\":4}")
                .statusCode());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal p JOIN agency a ON a.id = p.agency_id"
                + " JOIN indicator_system s ON s.id = p.indicator_system_id WHERE a.code = '" + programme + "' AND s.code = '" + version + "'"));
        assertEquals(201, ApiRater.anonymous(portal).post("kind-mof-" + suffix, "{\"agencyCode\":\"MOF\",\"overall\":4}").statusCode());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal p JOIN agency a ON a.id = p.agency_id"
                + " JOIN indicator_system s ON s.id = p.indicator_system_id WHERE a.code = 'MOF' AND s.code = '" + trackVersion + "'"
                + " AND p.id = (SELECT MAX(id) FROM appraisal WHERE agency_id = a.id)"));

        // A run scores the programme on its tree and ranks it with the track.
        String run = ScoringPage.open(browser, cycle).startRunAndWait();
        Http http = new Http(portal.baseUrl());
        String body = http.getAs("/api/v1/audit/runs/" + run + "/input.json", "auditor", "auditor-demo").body();
        JsonObject input = jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
        JsonObject ownEntry = input.getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(programme)).findFirst().orElseThrow();
        assertEquals(TRACK, ownEntry.getString("track"));
        assertEquals(TRACK + "/" + KIND, ownEntry.getString("system"));
        JsonObject ministry = input.getJsonArray("agencies").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("MOF")).findFirst().orElseThrow();
        assertFalse(ministry.containsKey("system"), "the ministry is scored on its track's tree");
        JsonObject execution = input.getJsonObject("trees").getJsonArray(TRACK + "/" + KIND).getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("code").equals("EXECUTION")).findFirst().orElseThrow();
        assertEquals(0.25, execution.getJsonNumber("weight").doubleValue(), 1e-12);
        assertEquals(1, portal.count("SELECT COUNT(*) FROM scoring_result r JOIN agency a ON a.id = r.agency_id"
                + " WHERE r.run_id = " + run + " AND a.code = '" + programme + "' AND r.track_code = '" + TRACK + "'"));
        Path file = Files.createTempFile("minping-kind-input", ".json");
        Files.writeString(file, body);
        JsonObject recomputed = Recompute.recompute(file);
        ScoringPage scoring = ScoringPage.open(browser, cycle);
        assertEquals(scoring.inputDigest(run), recomputed.getString("inputDigest"));
        assertEquals(scoring.outputDigest(run), recomputed.getString("outputDigest"));
    }
}
