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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minping.web.browser.pages.CyclePage;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.ApiRater;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/** An administrator sets a cycle's parameters, margins and source weights, imports internal scores and adds a bonus; the run uses them all. */
class CycleSettingsIT extends BrowserTestBase {

    @BeforeEach
    void createTheCycle(Portal portal) throws Exception {
        portal.createCycle("IT-RAKE", "加权测试", "Weighting test", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    }

    @Test
    @DisplayName("Catalogue 10, 11: an import with bad rows, 101, duplicates, bad UTF-8 → per-row errors, nothing stored; a BOM is read")
    void marginsInternalScoresAndABonusAreValidatedStoredAndScored(Portal portal, @TempDir Path dir) throws Exception {
        Http http = new Http(portal.baseUrl());
        for (String region : List.of("ZJ", "ZJ", "GD")) {
            assertEquals(201, ApiRater.anonymous(portal).post("rake-" + UUID.randomUUID(),
                    "{\"agencyCode\":\"HZ\",\"overall\":4,\"respondent\":{\"region\":\"" + region + "\"}}").statusCode());
        }
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        CyclePage cycle = CyclePage.open(browser, "IT-RAKE");

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
        assertEquals(0, portal.count("SELECT COUNT(*) FROM cycle_margin m JOIN evaluation_cycle c ON c.id = m.cycle_id"
                + " WHERE c.code = 'IT-RAKE'"));
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
                "第 5 行：来源须为 INTERNAL、PUBLIC、THIRD_PARTY 或 EXPERT。",
                "第 6 行：权重须为 0 到 1 之间、最多 6 位小数的数字。",
                "LOCAL/LAW：权重之和为 0.9，应为 1。"), weightProblems);
        assertEquals(0, portal.count("SELECT COUNT(*) FROM cycle_source_weight w JOIN evaluation_cycle c ON c.id = w.cycle_id"
                + " WHERE c.code = 'IT-RAKE'"));
        cycle.saveSourceWeights("LOCAL,LAW,INTERNAL,0.5\nLOCAL,LAW,THIRD_PARTY,0.5");
        assertEquals(List.of(), cycle.problems());
        assertTrue(cycle.sourceWeights().contains("LOCAL,LAW,INTERNAL,0.5\nLOCAL,LAW,THIRD_PARTY,0.5\n"), cycle.sourceWeights());
        assertTrue(cycle.sourceWeights().contains("LOCAL,ENVIRONMENT,INTERNAL,0.6\n"), "other leaves keep the template's");

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
        assertEquals(0, portal.count("SELECT COUNT(*) FROM internal_score s JOIN evaluation_cycle c ON c.id = s.cycle_id"
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
        assertEquals(0, portal.count("SELECT COUNT(*) FROM internal_score s JOIN evaluation_cycle c ON c.id = s.cycle_id"
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
        assertEquals(1, portal.count("SELECT COUNT(*) FROM internal_score s JOIN evaluation_cycle c ON c.id = s.cycle_id"
                + " JOIN agency a ON a.id = s.agency_id WHERE c.code = 'IT-RAKE' AND a.code = 'SZ' AND s.score = 75"));

        cycle.addAdjustment("HZ", "国家级表彰 national award", "1.5");
        assertEquals(List.of(), cycle.problems());

        ScoringPage scoring = ScoringPage.open(browser, "IT-RAKE");
        String run = scoring.startRunAndWait();
        scoring.publish(run);
        JsonObject input = Http.object(http.get("/api/v1/cycles/IT-RAKE/input.json"));
        assertEquals(5, input.getJsonObject("parameters").getJsonNumber("shrinkageK").intValue());
        assertEquals("region", input.getJsonObject("parameters").getJsonObject("raking").getJsonArray("variables")
                .getJsonObject(0).getString("name"));
        assertEquals(3, input.getJsonArray("internalScores").size());
        JsonObject law = input.getJsonObject("trees").getJsonArray("LOCAL").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("code").equals("LAW")).findFirst().orElseThrow();
        assertEquals(Json.createObjectBuilder().add("INTERNAL", 0.5).add("THIRD_PARTY", 0.5).build(), law.getJsonObject("sources"),
                "the run used the cycle's source weights");
        JsonObject hangzhou = Http.object(http.get("/api/v1/cycles/IT-RAKE/results?track=LOCAL")).getJsonArray("results")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("agency").equals("HZ")).findFirst().orElseThrow();
        List<String> terms = hangzhou.getJsonArray("decomposition").getValuesAs(JsonObject.class).stream()
                .map(t -> t.containsKey("adjustment") ? "ADJUSTMENT" : t.getString("indicator") + "/" + t.getString("source"))
                .toList();
        assertTrue(terms.containsAll(List.of("LAW/INTERNAL", "ENVIRONMENT/INTERNAL", "OVERALL/PUBLIC", "ADJUSTMENT")),
                terms.toString());
    }
}
