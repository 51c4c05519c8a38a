package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minping.web.browser.pages.CyclePage;
import org.minping.web.browser.pages.CyclesPage;
import org.minping.web.browser.pages.Lists;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * An administrator's cycle from start to publication: created from a copy of an earlier cycle, its
 * parameters, margins and source weights set and validated in draft, opened (the settings freeze:
 * a later change is refused and audited), ratings collected, internal scores imported and a bonus
 * added, closed, run and published. The run uses them all; only ratings from the open period count;
 * the published follow-up counts are those at publication.
 */
class CycleSettingsIT extends BrowserTestBase {

    private static final String HZ_BAD_REVIEWS_ON_THE_DESK = """
            SELECT COUNT(*) FROM follow_up f JOIN appraisal a ON a.id = f.appraisal_id JOIN agency g ON g.id = f.agency_id
            WHERE g.code = 'HZ' AND f.opened_on BETWEEN '2026-01-01' AND '2026-12-31'
              AND f.status IN ('OPEN', 'ANSWERED', 'RECTIFIED') AND a.status IN ('PUBLISHED', 'APPROVED')""";

    @Test
    @DisplayName("Catalogue 10, 11: an import with bad rows, 101, duplicates, bad UTF-8 → per-row errors, nothing stored; a BOM is read")
    void aCycleIsCreatedSetOpenedCollectedClosedScoredAndPublished(Portal portal, @TempDir Path dir) throws Exception {
        Http http = new Http(portal.baseUrl());
        // Submitted before the cycle opens: not part of it.
        assertEquals(201, ApiRater.anonymous(portal).post("rake-" + UUID.randomUUID(),
                "{\"agencyCode\":\"HZ\",\"overall\":1,\"respondent\":{\"region\":\"ZJ\"}}").statusCode());
        LoginPage.open(browser).logInAs("admin", "admin-demo");

        CyclesPage cycles = CyclesPage.open(browser);
        cycles.create("IT-RAKE", "", "Weighting test", "STAGE", "2026-12-31", "2026-01-01", "2026");
        assertEquals(List.of("名称须为 1 到 100 个字。", "结束日期不能早于开始日期。"), cycles.creationProblems(),
                "every problem named, in the page's language");
        cycles.create("２０２６", "重复", "Duplicate", "ANNUAL", "2026-01-01", "2026-12-31", "");
        assertEquals(List.of("代码 2026 已被其他周期使用。"), cycles.creationProblems(), "full-width digits are the same code");
        assertEquals(0, portal.count("SELECT COUNT(*) FROM evaluation_cycle WHERE code = 'IT-RAKE'"), "nothing stored");
        cycles.create("it-rake", "加权测试", "Weighting test", "STAGE", "2026-01-01", "2026-12-31", "2026");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM evaluation_cycle c JOIN evaluation_cycle t ON t.code = '2026'"
                + " WHERE c.code = 'IT-RAKE' AND c.state = 'DRAFT' AND c.kind = 'STAGE' AND c.shrinkage_k = t.shrinkage_k"
                + " AND c.grade_bands = t.grade_bands AND c.sensitivity_draws = t.sensitivity_draws"));
        long copiedMargins = portal.count("SELECT COUNT(*) FROM cycle_margin m JOIN evaluation_cycle c ON c.id = m.cycle_id"
                + " WHERE c.code = 'IT-RAKE'");
        assertEquals(portal.count("SELECT COUNT(*) FROM cycle_margin m JOIN evaluation_cycle c ON c.id = m.cycle_id WHERE c.code = '2026'"),
                copiedMargins, "the margins are copied");
        long copiedWeights = portal.count("SELECT COUNT(*) FROM cycle_source_weight w JOIN evaluation_cycle c ON c.id = w.cycle_id"
                + " WHERE c.code = 'IT-RAKE'");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'cycle.create' AND subject = 'cycle:IT-RAKE'"));
        CyclePage cycle = CyclePage.open(browser, "IT-RAKE");
        assertEquals("DRAFT", cycle.state());

        cycle.saveParameters("0,25,50,75", "-1", "优秀 90");
        List<String> parameterProblems = cycle.problems();
        assertEquals(3, parameterProblems.size(), parameterProblems.toString());
        assertEquals(List.of("五级评价对应分值须恰好 5 个，依次对应等级 1 到 5。", "每个等次写作 等次:下限，例如 优秀:90。",
                "收缩强度 k 须为 0 或以上的数字。"), parameterProblems, "the page's language, naming each parameter");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM evaluation_cycle WHERE code = 'IT-RAKE' AND shrinkage_k = 10"));
        cycle.saveParameters("0,30,60,80,100", "5", "优秀:90,良好:80,合格:60,不合格:-");
        assertEquals(List.of(), cycle.problems());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM evaluation_cycle WHERE code = 'IT-RAKE' AND shrinkage_k = 5"
                + " AND level_scores = '0,30,60,80,100'"));

        cycle.saveMargins("region,ZJ,0.5\nregion,GD,0.4");
        assertEquals(List.of("变量 region 各类别的比例之和须为 1。"), cycle.problems());
        assertEquals(copiedMargins, portal.count("SELECT COUNT(*) FROM cycle_margin m JOIN evaluation_cycle c ON c.id = m.cycle_id"
                + " WHERE c.code = 'IT-RAKE'"), "nothing changed");
        // Every region any test's respondents name must have a share, or raking refuses the cycle.
        cycle.saveMargins("region,ZJ,0.4\nregion,GD,0.6");
        assertEquals(List.of(), cycle.problems());
        assertEquals(2, portal.count("SELECT COUNT(*) FROM cycle_margin m JOIN evaluation_cycle c ON c.id = m.cycle_id"
                + " WHERE c.code = 'IT-RAKE'"));

        assertTrue(cycle.sourceWeights().contains("LOCAL,LAW,INTERNAL,0.6\n"), cycle.sourceWeights());
        cycle.saveSourceWeights("LOCAL,LAW,INTERNAL,0.5\nLOCAL,LAW,EXPERT,0.4\nLOCAL,LAW,PUBLIC,0\nLOCAL,NOPE,EXPERT,1\n"
                + "LOCAL,ENVIRONMENT,MAGIC,1\nLOCAL,ENVIRONMENT,EXPERT,2");
        List<String> weightProblems = cycle.problems();
        assertEquals(List.of("第 3 行：群众不评议指标 LAW，不能设 PUBLIC 权重。",
                "第 4 行：NOPE 不是考核方向 LOCAL 的末级指标。",
                "第 5 行：来源须为 INTERNAL、PUBLIC、THIRD_PARTY、EXPERT 或 STATISTICS。",
                "第 6 行：权重须为 0 到 1 之间、最多 6 位小数的数字。",
                "LOCAL/LAW：权重之和为 0.9，应为 1。"), weightProblems);
        assertEquals(copiedWeights, portal.count("SELECT COUNT(*) FROM cycle_source_weight w JOIN evaluation_cycle c ON c.id = w.cycle_id"
                + " WHERE c.code = 'IT-RAKE'"), "nothing changed");
        cycle.saveSourceWeights("LOCAL,LAW,INTERNAL,0.5\nLOCAL,LAW,THIRD_PARTY,0.5");
        assertEquals(List.of(), cycle.problems());
        assertTrue(cycle.sourceWeights().contains("LOCAL,LAW,INTERNAL,0.5\nLOCAL,LAW,THIRD_PARTY,0.5\n"), cycle.sourceWeights());
        assertTrue(cycle.sourceWeights().contains("LOCAL,ENVIRONMENT,INTERNAL,0.6\n"), "other leaves keep the template's");

        // Another administrator's page, shown while the cycle was a draft, saves after it opened.
        try (Browser second = Browser.open(portal.baseUrl())) {
            LoginPage.open(second).logInAs("admin", "admin-demo");
            CyclePage stale = CyclePage.open(second, "IT-RAKE");
            String question = CyclesPage.open(browser).openCycle("IT-RAKE");
            assertTrue(question.contains("冻结"), question);
            assertEquals("OPEN", CyclesPage.open(browser).state("IT-RAKE"));
            stale.saveParameters("0,25,50,75,100", "7", "优秀:90,良好:80,合格:60,不合格:-");
            assertEquals(List.of("本周期已开放，评分参数、人口结构和来源权重已冻结：修改未保存，此次尝试已记入审计日志。"), stale.problems());
            assertTrue(stale.frozen(), "the refused page now shows the cycle as frozen");
        }
        assertEquals(1, portal.count("SELECT COUNT(*) FROM evaluation_cycle WHERE code = 'IT-RAKE' AND shrinkage_k = 5"), "unchanged");
        assertEquals(2, portal.count("SELECT COUNT(*) FROM cycle_margin m JOIN evaluation_cycle c ON c.id = m.cycle_id"
                + " WHERE c.code = 'IT-RAKE'"), "unchanged");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'cycle.change-refused' AND subject = 'cycle:IT-RAKE'"),
                "the refused change is audited");
        cycle = CyclePage.open(browser, "IT-RAKE");
        assertEquals("OPEN", cycle.state());
        assertTrue(cycle.frozen(), "the settings forms are for reading only once the cycle is open");

        for (String region : List.of("ZJ", "ZJ", "GD")) {
            assertEquals(201, ApiRater.anonymous(portal).post("rake-" + UUID.randomUUID(),
                    "{\"agencyCode\":\"HZ\",\"overall\":4,\"respondent\":{\"region\":\"" + region + "\"}}").statusCode());
        }

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "agency,indicator,score\nHZ,LAW,101\nNOPE,LAW,80\nHZ,DUTY,80\nHZ,ENVIRONMENT,abc\n"
                + "HZ,LAW,70\nHZ,LAW,71\n");
        cycle.importInternalScores(bad);
        List<String> problems = cycle.problems();
        assertTrue(problems.contains("第 2 行，分数列：须在 0 到 100 之间。"), problems.toString());
        assertTrue(problems.contains("第 3 行，机关列：没有代码为 NOPE 的机关。"), problems.toString());
        assertTrue(problems.contains("第 4 行，指标列：DUTY 不是 HZ 指标体系中的末级指标。"), problems.toString());
        assertTrue(problems.contains("第 5 行，分数列：不是数字。"), problems.toString());
        assertTrue(problems.contains("第 7 行：HZ/LAW 重复出现。"), problems.toString());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM imported_score s JOIN evaluation_cycle c ON c.id = s.cycle_id"
                + " WHERE c.code = 'IT-RAKE'"));

        // Bad UTF-8 (a lone lead byte) is named, not replaced silently; nothing is stored.
        Path badUtf8 = dir.resolve("latin.csv");
        byte[] head = "agency,indicator,score\nHZ,LAW,92\nSZ,LAW,75 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] broken = java.util.Arrays.copyOf(head, head.length + 3);
        broken[head.length] = (byte) 0xC3;
        broken[head.length + 1] = '(';
        broken[head.length + 2] = '\n';
        Files.write(badUtf8, broken);
        cycle.importInternalScores(badUtf8);
        assertEquals(1, cycle.problems().size());
        assertTrue(cycle.problems().get(0).contains("UTF-8"), cycle.problems().toString());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM imported_score s JOIN evaluation_cycle c ON c.id = s.cycle_id"
                + " WHERE c.code = 'IT-RAKE'"));

        // A byte-order mark, as spreadsheet programs write, is not part of the header.
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "\uFEFFagency,indicator,score\nHZ,LAW,92\nHZ,ENVIRONMENT,88.5\nSZ,LAW,70\n");
        cycle.importInternalScores(good);
        assertEquals(List.of(), cycle.problems());
        assertTrue(cycle.notice().contains("3"), cycle.notice());

        // The same import from a workbook: it replaces the score it names.
        Path workbook = dir.resolve("internal.xlsx");
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(workbook)) {
            var sheet = xlsx.createSheet("scores");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("agency");
            header.createCell(1).setCellValue("indicator");
            header.createCell(2).setCellValue("score");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("SZ");
            row.createCell(1).setCellValue("LAW");
            row.createCell(2).setCellValue(75);
            xlsx.write(out);
        }
        cycle.importInternalScores(workbook);
        assertEquals(List.of(), cycle.problems());
        assertTrue(cycle.notice().contains("1"), cycle.notice());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM imported_score s JOIN evaluation_cycle c ON c.id = s.cycle_id"
                + " JOIN agency a ON a.id = s.agency_id WHERE c.code = 'IT-RAKE' AND a.code = 'SZ' AND s.score = 75"));

        // The statistics departments' figures: the format of the internal scores, a source of their own beside them.
        String statisticsOfSz = "SELECT COUNT(*) FROM imported_score s JOIN evaluation_cycle c ON c.id = s.cycle_id"
                + " JOIN agency a ON a.id = s.agency_id WHERE c.code = 'IT-RAKE' AND a.code = 'SZ' AND s.source = 'STATISTICS'";
        Path statistics = dir.resolve("statistics.csv");
        Files.writeString(statistics, "agency,indicator,score\nSZ,LAW,64\nNOPE,LAW,1\n");
        cycle.importStatistics(statistics);
        assertTrue(cycle.problems().contains("第 3 行，机关列：没有代码为 NOPE 的机关。"), cycle.problems().toString());
        assertEquals(0, portal.count(statisticsOfSz));
        Files.writeString(statistics, "agency,indicator,score\nSZ,LAW,64\n");
        cycle.importStatistics(statistics);
        assertEquals(List.of(), cycle.problems());
        assertEquals(1, portal.count(statisticsOfSz + " AND s.score = 64"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM imported_score s JOIN evaluation_cycle c ON c.id = s.cycle_id"
                + " JOIN agency a ON a.id = s.agency_id WHERE c.code = 'IT-RAKE' AND a.code = 'SZ' AND s.source = 'INTERNAL' AND s.score = 75"),
                "the internal score stays as it was");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE action = 'import.statistics' AND subject = 'cycle:IT-RAKE'"));

        cycle.addAdjustment("HZ", "国家级表彰 national award", "1.5");
        assertEquals(List.of(), cycle.problems());
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/admin/cycle"));
        // An agency that is not an entry of the list, posted by hand: refused, naming the list; nothing is added.
        Lists.forge(browser, "adjustment:agency", "NOPE");
        cycle.addAdjustmentAsChosen("伪造的机关", "2");
        assertEquals(List.of("机关：请从列表中选择。"), cycle.problems());
        assertEquals("机关：请从列表中选择。", cycle.fieldProblem("adjustment", "agency"));
        assertEquals("", cycle.notice(), "no notice of an earlier change");
        assertEquals(1, portal.count("SELECT COUNT(*) FROM score_adjustment j JOIN evaluation_cycle c ON c.id = j.cycle_id WHERE c.code = 'IT-RAKE'"));

        // A run of the open cycle is an interim look: it cannot be published, nor before closing, nor after.
        ScoringPage scoring = ScoringPage.open(browser, "IT-RAKE");
        String interim = scoring.startRunAndWait();
        assertEquals("OPEN", scoring.state());
        assertEquals("只有截止后运行过评分的周期可以发布结果；请先截止评议并运行评分。", scoring.publishAndReadProblem(interim));
        CyclesPage.open(browser).closeCycle("IT-RAKE");
        scoring = ScoringPage.open(browser, "IT-RAKE");
        assertEquals("CLOSED", scoring.state());
        String run = scoring.startRunAndWait();
        assertEquals("SCORED", scoring.state());
        assertEquals("第 " + interim + " 次运行是在开放期间进行的中期评分，不能发布；请在截止后重新运行。", scoring.publishAndReadProblem(interim));
        assertEquals(3, portal.count("SELECT appraisals FROM scoring_run WHERE id = " + run), "only the ratings of the open period count");
        scoring.publish(run);
        assertEquals("已发布", CyclesPage.open(browser).stateLabel("IT-RAKE"));

        // The published follow-up counts stay those at publication while the desk goes on.
        long published = hangzhou(http).getJsonObject("followUp").getJsonNumber("badReviews").longValue();
        long onTheDesk = portal.count(HZ_BAD_REVIEWS_ON_THE_DESK);
        assertEquals(onTheDesk, published);
        assertEquals(201, ApiRater.anonymous(portal).post("rake-" + UUID.randomUUID(),
                "{\"agencyCode\":\"HZ\",\"overall\":1}").statusCode());
        assertEquals(onTheDesk + 1, portal.count(HZ_BAD_REVIEWS_ON_THE_DESK), "a new bad review is on the desk");
        assertEquals(published, hangzhou(http).getJsonObject("followUp").getJsonNumber("badReviews").longValue(),
                "the published result does not move");

        JsonObject input = Http.object(http.get("/api/v1/cycles/IT-RAKE/input.json"));
        assertEquals(5, input.getJsonObject("parameters").getJsonNumber("shrinkageK").intValue());
        assertEquals("region", input.getJsonObject("parameters").getJsonObject("raking").getJsonArray("variables")
                .getJsonObject(0).getString("name"));
        assertEquals(3, input.getJsonArray("internalScores").size());
        JsonObject law = input.getJsonObject("trees").getJsonArray("LOCAL").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("code").equals("LAW")).findFirst().orElseThrow();
        assertEquals(Json.createObjectBuilder().add("INTERNAL", 0.5).add("THIRD_PARTY", 0.5).build(), law.getJsonObject("sources"),
                "the run used the cycle's source weights");
        List<String> terms = hangzhou(http).getJsonArray("decomposition").getValuesAs(JsonObject.class).stream()
                .map(t -> t.containsKey("adjustment") ? "ADJUSTMENT" : t.getString("indicator") + "/" + t.getString("source"))
                .toList();
        assertTrue(terms.containsAll(List.of("LAW/INTERNAL", "ENVIRONMENT/INTERNAL", "OVERALL/PUBLIC", "ADJUSTMENT")),
                terms.toString());
    }

    private static JsonObject hangzhou(Http http) throws Exception {
        return Http.object(http.get("/api/v1/cycles/IT-RAKE/results?track=LOCAL")).getJsonArray("results")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("agency").equals("HZ")).findFirst().orElseThrow();
    }
}
