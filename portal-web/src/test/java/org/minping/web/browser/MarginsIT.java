package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minping.web.browser.pages.AgencyPage;
import org.minping.web.browser.pages.CyclePage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ReceiptPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * Margins that can be used: respondents state region and age band on the form and through the API,
 * administrators import margins from a statistics CSV, and a cycle whose appraisals cannot be
 * weighted says so before the run and can be run without weighting, explicitly.
 */
class MarginsIT extends BrowserTestBase {

    @Test
    @DisplayName("The form asks for region and age band from lists, says why, and stores them; the API refuses unknown codes")
    void aCitizenStatesRegionAndAgeBandFromListsAndUnknownCodesAreRefused(Portal portal) throws Exception {
        AgencyPage agency = AgencyPage.open(browser, "SZ");
        assertTrue(agency.whyWeAsk().contains("代表全体人口") && agency.whyWeAsk().contains("不会公开"), agency.whyWeAsk());
        assertTrue(agency.respondentChoices("region").containsAll(List.of("不填写", "广东省", "浙江省")),
                agency.respondentChoices("region").toString());
        assertEquals(List.of("不填写", "18 岁以下", "18–29 岁", "30–44 岁", "45–59 岁", "60 岁及以上"), agency.respondentChoices("ageBand"));

        ReceiptPage receipt = agency.rateOverall(4).respondent("GD", "60+").submit();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM appraisal WHERE receipt = '" + receipt.receiptCode()
                + "' AND channel = 'WEB' AND respondent_region = 'GD' AND respondent_age_band = '60+'"));

        browser.useLanguage("en");
        AgencyPage english = AgencyPage.open(browser, "SZ");
        assertTrue(english.whyWeAsk().contains("represent the whole population"), english.whyWeAsk());
        assertTrue(english.respondentChoices("region").contains("Guangdong"), english.respondentChoices("region").toString());
        assertTrue(english.respondentChoices("ageBand").contains("60 and over"), english.respondentChoices("ageBand").toString());

        // The API and the page share one validation: unknown codes are named, field by field, and nothing is stored.
        long before = portal.count("SELECT COUNT(*) FROM appraisal");
        HttpResponse<String> refused = ApiRater.anonymous(portal).post("margins-" + UUID.randomUUID(),
                "{\"agencyCode\":\"SZ\",\"overall\":4,\"respondent\":{\"region\":\"XX\",\"ageBand\":\"25-30\"}}");
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = Http.object(refused);
        Set<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("respondent.region", "respondent.ageBand"), fields);
        assertEquals(before, portal.count("SELECT COUNT(*) FROM appraisal"));
    }

    @Test
    @DisplayName("Catalogue 10: margins from a statistics CSV: each bad line named in the page's language, nothing stored; counts become shares")
    void marginsAreImportedFromAStatisticsCsvAndBadLinesAreNamed(Portal portal, @TempDir Path dir) throws Exception {
        portal.createDraftCycle("IT-MARGINS-CSV", "边际导入测试", "Margins import test", LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31"));
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "variable,category,count\nregion,ZJ,6457\nregion,XX,100\nageBand,30-44,-3\nageBand,60+,abc\n");
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        CyclePage cycle = CyclePage.open(browser, "IT-MARGINS-CSV").importMargins(bad);
        assertEquals(List.of("第 3 行：XX 不是 region 的类别（地区代码，或年龄段 <18、18-29、30-44、45-59、60+）。",
                "第 4 行：人数须为 0 或以上的数字。", "第 5 行：人数须为 0 或以上的数字。"), cycle.problems());
        assertEquals(0, marginsOf(portal, "IT-MARGINS-CSV"));

        browser.useLanguage("en");
        CyclePage english = CyclePage.open(browser, "IT-MARGINS-CSV").importMargins(bad);
        assertEquals(List.of("Line 3: XX is not a category of region (a region code, or an age band <18, 18-29, 30-44, 45-59, 60+).",
                "Line 4: the count must be a number of 0 or more.", "Line 5: the count must be a number of 0 or more."),
                english.problems());
        Path header = dir.resolve("header.csv");
        Files.writeString(header, "variable,category,percent\nregion,ZJ,40\n");
        assertEquals(List.of("The first line must be the header variable,category,share / variable,category,count."),
                english.importMargins(header).problems());
        assertEquals(0, marginsOf(portal, "IT-MARGINS-CSV"));

        // Counts from a census table: shares of their variable's total, replacing what the cycle had.
        english.saveMargins("region,ZJ,1");
        Path good = dir.resolve("census.csv");
        Files.writeString(good, "\uFEFFvariable,category,count\r\nregion,ZJ,300\r\nregion,GD,700\r\nageBand,18-29,1\r\nageBand,60+,3\r\n");
        english.importMargins(good);
        assertEquals(List.of(), english.problems());
        assertEquals("Shares of 4 categories imported.", english.notice());
        assertEquals("ageBand,18-29,0.25\nageBand,60+,0.75\nregion,GD,0.7\nregion,ZJ,0.3\n", english.margins());
        assertEquals(4, marginsOf(portal, "IT-MARGINS-CSV"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'cycle.margins' AND actor = 'admin'"
                + " AND subject = 'cycle:IT-MARGINS-CSV' AND payload LIKE '%\"source\":\"csv\"%' AND payload LIKE '%region,GD,0.7%'"));
    }

    @Test
    @DisplayName("Appraisals that cannot be weighted to the margins: said before the run with the numbers; a run without weighting by choice")
    void aCycleThatCannotBeWeightedSaysSoBeforeTheRunAndRunsUnweightedOnlyByChoice(Portal portal) throws Exception {
        // Four appraisals in the cycle's period: three state a region only, one an age band only.
        String submitted = "2017-06-01 10:17:23";
        portal.createDraftCycle("IT-MARGINS-SPARSE", "加权样本不足测试", "Sparse weighting test", LocalDate.parse("2017-01-01"),
                LocalDate.parse("2017-12-31"));
        portal.publishedAppraisals("SZ", 4, 4, submitted);
        try (java.sql.Connection db = portal.database(); java.sql.Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE appraisal SET respondent_region = 'GD' WHERE submitted_at = '" + submitted + "'");
            sql.executeUpdate("UPDATE appraisal SET respondent_region = NULL, respondent_age_band = '60+' WHERE submitted_at = '"
                    + submitted + "' ORDER BY id LIMIT 1");
        }
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        CyclePage.open(browser, "IT-MARGINS-SPARSE").saveMargins("region,ZJ,0.4\nregion,GD,0.6\nageBand,18-29,0.5\nageBand,60+,0.5");
        portal.openCycle("IT-MARGINS-SPARSE");

        ScoringPage chinese = ScoringPage.open(browser, "IT-MARGINS-SPARSE");
        List<String> warning = chinese.weightingWarning();
        assertEquals("本周期设有人口结构边际，但计入的评议无法按其加权：计入的 4 条评议中，3 条填写了地区，1 条填写了年龄段，0 条填写了全部加权变量。",
                warning.get(0));
        assertEquals("没有评议人填写全部加权变量，无法加权。", warning.get(1));
        // The ordinary run fails as before, and stores nothing.
        assertEquals("没有评议人填写全部加权变量，无法加权。", chinese.startRunAndReadProblem());
        assertEquals(List.of(), chinese.runIds());

        browser.useLanguage("en");
        ScoringPage english = ScoringPage.open(browser, "IT-MARGINS-SPARSE");
        assertEquals("This cycle has population margins, but its counted appraisals cannot be weighted to them: of 4 counted"
                + " appraisals, 3 state a region, 1 an age band, and 0 every weighting variable.", english.weightingWarning().get(0));
        String run = english.runUnweightedAndWait();
        assertTrue(english.isUnweighted(run), "the run list says the run was not weighted");
        assertTrue(english.rankingIsMarkedUnweighted(), "so does the heading of its ranking");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM scoring_run WHERE id = " + run
                + " AND parameters LIKE '%\"populationWeighting\":\"skipped\"%' AND appraisals = 4"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'scoring.run' AND actor = 'admin'"
                + " AND subject = 'cycle:IT-MARGINS-SPARSE/run:" + run + "' AND payload LIKE '%\"populationWeighting\":\"skipped\"%'"));

        // Once the margins fit the appraisals, there is nothing to warn about and runs are weighted.
        // (Settings freeze when a cycle opens: the fitting margins are another draft's, over the same period.)
        portal.createDraftCycle("IT-MARGINS-FIT", "加权样本适配测试", "Fitting weighting test", LocalDate.parse("2017-01-01"),
                LocalDate.parse("2017-12-31"));
        CyclePage.open(browser, "IT-MARGINS-FIT").saveMargins("region,GD,1");
        portal.openCycle("IT-MARGINS-FIT");
        ScoringPage fitting = ScoringPage.open(browser, "IT-MARGINS-FIT");
        assertEquals(List.of(), fitting.weightingWarning());
        String weighted = fitting.startRunAndWait();
        assertFalse(fitting.isUnweighted(weighted));
        assertFalse(fitting.rankingIsMarkedUnweighted());
    }

    private static long marginsOf(Portal portal, String cycle) throws Exception {
        return portal.count("SELECT COUNT(*) FROM cycle_margin m JOIN evaluation_cycle c ON c.id = m.cycle_id WHERE c.code = '" + cycle + "'");
    }
}
