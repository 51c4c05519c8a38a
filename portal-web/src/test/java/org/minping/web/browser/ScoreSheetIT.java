package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minping.web.browser.pages.Lists;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.ModerationQueuePage;
import org.minping.web.browser.pages.ScoreSheetsPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An evaluator uploads a sheet with errors and sees them by row, an HTML file named .csv is refused
 * by its bytes, the fixed sheet waits for a moderator, who accepts it, and the next scoring run
 * counts it as third-party evaluation.
 */
class ScoreSheetIT extends BrowserTestBase {

    @Test
    @DisplayName("Catalogue 2, 7, 9: another organisation's evaluator reads no upload (404); a hostile file name is text; HTML named .csv or .pdf → refused")
    void aSheetIsValidatedByRowAcceptedByASecondPersonAndScored(Portal portal, @TempDir Path dir) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String org = "TP-S" + suffix;
        String account = "ev-" + suffix.toLowerCase();
        String otherOrg = "TP-O" + suffix;
        String otherAccount = "ev2-" + suffix.toLowerCase();
        List<String> leaves = new ArrayList<>();
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT INTO evaluator_org (code, name_zh, name_en, created_by, created_at)"
                    + " VALUES ('" + otherOrg + "', '另一机构', 'Another organisation', 'admin', UTC_TIMESTAMP(6))");
            sql.executeUpdate("INSERT INTO user_account (username, password_hash, display_name, enabled, created_at)"
                    + " SELECT '" + otherAccount + "', password_hash, '另一评估员', TRUE, UTC_TIMESTAMP(6) FROM user_account WHERE username = 'evaluator'");
            sql.executeUpdate("INSERT INTO user_role (user_id, role) SELECT id, 'evaluator' FROM user_account WHERE username = '" + otherAccount + "'");
            sql.executeUpdate("INSERT INTO evaluator_member (user_id, org_id) SELECT u.id, o.id FROM user_account u, evaluator_org o"
                    + " WHERE u.username = '" + otherAccount + "' AND o.code = '" + otherOrg + "'");
            portal.createCycle("IT-SHEET", "第三方测试", "Third-party test", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
            portal.createCycle("IT-SHEET-DONE", "第三方测试（已结束）", "Third-party test, closed", LocalDate.parse("2023-01-01"),
                    LocalDate.parse("2023-12-31"));
            portal.closeCycle("IT-SHEET-DONE");
            portal.createDraftCycle("IT-SHEET-DRAFT", "第三方测试（草稿）", "Third-party test, draft", LocalDate.parse("2025-01-01"),
                    LocalDate.parse("2025-12-31"));
            sql.executeUpdate("INSERT INTO evaluator_org (code, name_zh, name_en, created_by, created_at)"
                    + " VALUES ('" + org + "', '测试机构', 'Test organisation', 'admin', UTC_TIMESTAMP(6))");
            sql.executeUpdate("INSERT INTO user_account (username, password_hash, display_name, enabled, created_at)"
                    + " SELECT '" + account + "', password_hash, '测试评估员', TRUE, UTC_TIMESTAMP(6) FROM user_account WHERE username = 'evaluator'");
            sql.executeUpdate("INSERT INTO user_role (user_id, role) SELECT id, 'evaluator' FROM user_account WHERE username = '" + account + "'");
            sql.executeUpdate("INSERT INTO evaluator_member (user_id, org_id) SELECT u.id, o.id FROM user_account u, evaluator_org o"
                    + " WHERE u.username = '" + account + "' AND o.code = '" + org + "'");
            for (String agency : List.of("HZ", "SZ")) {
                sql.executeUpdate("INSERT INTO evaluator_assignment (org_id, agency_id, cycle_id, assigned_by, assigned_at)"
                        + " SELECT o.id, a.id, c.id, 'admin', UTC_TIMESTAMP(6) FROM evaluator_org o, agency a, evaluation_cycle c"
                        + " WHERE o.code = '" + org + "' AND a.code = '" + agency + "' AND c.code = 'IT-SHEET'");
            }
            sql.executeUpdate("INSERT INTO conflict_declaration (org_id, agency_id, has_conflict, statement, declared_by, declared_at)"
                    + " SELECT o.id, a.id, FALSE, '无利益冲突', '" + account + "', UTC_TIMESTAMP(6) FROM evaluator_org o, agency a"
                    + " WHERE o.code = '" + org + "' AND a.code = 'HZ'");
            try (ResultSet rows = sql.executeQuery("""
                    SELECT i.code FROM indicator i JOIN indicator_system s ON s.id = i.system_id AND s.template
                    JOIN agency a ON a.track_id = s.track_id AND a.code = 'HZ'
                    JOIN indicator_source_weight w ON w.indicator_id = i.id AND w.source = 'THIRD_PARTY' AND w.weight > 0
                    ORDER BY i.id""")) {
                while (rows.next()) {
                    leaves.add(rows.getString(1));
                }
            }
        }
        assertTrue(leaves.size() >= 2, leaves.toString());

        LoginPage.open(browser).logInAs(account, "evaluator-demo");
        Path bad = dir.resolve("结果表<1>.csv");
        Files.writeString(bad, "agency,indicator,score\nHZ,NOPE,50\nHZ," + leaves.get(0) + ",101\nSZ," + leaves.get(0) + ",80\nHZ,"
                + leaves.get(1) + ",abc\nHZ," + leaves.get(1) + ",\"=SUM(80,5)\"\n");
        List<String> problems = upload(bad);
        assertTrue(problems.contains("第 2 行，指标列：NOPE 不是 HZ 指标体系中的末级指标。"), problems.toString());
        assertTrue(problems.contains("第 3 行，分数列：须在 0 到 100 之间。"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("第 4 行，机关列：")), problems.toString());
        assertTrue(problems.contains("第 5 行，分数列：不是数字。"), problems.toString());
        assertTrue(problems.contains("第 6 行，分数列：不是数字。"), "a formula is not a score: " + problems);
        assertEquals(List.of(), Accessibility.seriousViolations(browser, "/evaluator/sheets with problems"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE o.code = '" + org + "'"));

        // The cycle is picked from those under way or closed and not yet published (third parties often
        // assess after the period); a draft posted by hand is refused naming the list, and nothing is stored.
        ScoreSheetsPage page = ScoreSheetsPage.open(browser);
        assertTrue(page.cycles().contains("第三方测试 (IT-SHEET)"), page.cycles().toString());
        assertTrue(page.cycles().contains("第三方测试（已结束） (IT-SHEET-DONE)"), "a closed cycle is offered: " + page.cycles());
        assertTrue(page.cycles().stream().noneMatch(c -> c.endsWith("(IT-SHEET-DRAFT)")), "a draft is not offered");
        page.chooseCycle("IT-SHEET");
        Lists.forge(browser, "upload:cycle", "IT-SHEET-DRAFT");
        Path valid = dir.resolve("valid.csv");
        Files.writeString(valid, "agency,indicator,score\n" + String.join("\n", leaves.stream().map(l -> "HZ," + l + ",80").toList()) + "\n");
        assertEquals(List.of("评价周期：请从列表中选择。"), page.upload(valid, null));
        assertEquals("评价周期：请从列表中选择。", page.cycleProblem());
        assertEquals(0, portal.count("SELECT COUNT(*) FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE o.code = '" + org + "'"));

        Path html = dir.resolve("sheet.csv");
        Files.writeString(html, "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        assertTrue(upload(html).get(0).contains("text/html"), "judged by its bytes, not its name");

        Path partial = dir.resolve("partial.csv");
        Files.writeString(partial, "agency,indicator,score\nHZ," + leaves.get(0) + ",80\n");
        assertTrue(upload(partial).stream().anyMatch(p -> p.startsWith("HZ：缺少必填指标 ")), "every third-party leaf is required");

        // The template, downloaded in the evaluator's session: the assessable agency's required leaves, scores to fill in.
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        Http http = new Http(portal.baseUrl());
        var template = http.send(http.request("/evaluator/template.csv?cycle=IT-SHEET").header("Cookie", "JSESSIONID=" + session)
                .GET().build());
        assertEquals(200, template.statusCode());
        List<String> lines = template.body().lines().toList();
        assertEquals("\uFEFFagency,indicator,score,机关 agency name,指标 indicator name", lines.get(0));
        assertEquals(leaves.size(), lines.size() - 1, "one line per required leaf of the one agency the organisation may assess");
        assertTrue(lines.stream().skip(1).allMatch(line -> line.startsWith("\"HZ\",") && line.contains("杭州市人民政府")), lines.toString());
        String filled = template.body().lines().map(line -> line.contains(",,") ? line.replaceFirst(",,", ",85.5,") : line)
                .collect(java.util.stream.Collectors.joining("\n"));
        // A hostile file name: kept as given (without any path), shown as text, never as markup.
        String hostileName = "=1+2 <img src=x onerror=alert(1)>.csv";
        Path sheet = dir.resolve(hostileName);
        Files.writeString(sheet, filled);
        Path fakePdf = dir.resolve("report.pdf");
        Files.writeString(fakePdf, "<html><body>not a report</body></html>");
        assertTrue(upload(sheet, fakePdf).get(0).contains("PDF"), "a report is a PDF by its bytes");
        Path pdf = dir.resolve("评估报告.pdf");
        Files.write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(List.of(), upload(sheet, pdf));
        assertEquals("PENDING", browser.driver().findElement(By.cssSelector("#sheets tr[data-version='1']")).getAttribute("data-status"));
        long withReport = portal.count("SELECT s.id FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE o.code = '" + org + "'");
        String evaluatorSession = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertEquals(200, report(portal, evaluatorSession, withReport).statusCode(), "the organisation reads its report");
        assertTrue(browser.driver().findElement(By.cssSelector("#sheets tr[data-version='1']")).getText().contains(hostileName));
        assertTrue(browser.driver().findElements(By.cssSelector("#sheets img")).isEmpty(), "the name is not markup");
        assertEquals(hostileName, portal.string("SELECT file_name FROM score_sheet WHERE id = " + withReport));
        var rows = sheetRows(portal, evaluatorSession, withReport);
        assertEquals(200, rows.statusCode(), "every version stays readable to its organisation");
        assertEquals(leaves.size() + 1, rows.body().lines().count());
        assertTrue(rows.body().lines().skip(1).allMatch(line -> line.startsWith("\"HZ\",") && line.contains(",85.5,")), rows.body());

        // The XLSX template, filled in a spreadsheet program's stead by POI, uploads as the next version.
        var xlsxTemplate = http.client().send(http.request("/evaluator/template.xlsx?cycle=IT-SHEET")
                .header("Cookie", "JSESSIONID=" + evaluatorSession).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsxTemplate.statusCode());
        assertTrue(xlsxTemplate.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        Path workbook = dir.resolve("filled.xlsx");
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsxTemplate.body()));
             var out = Files.newOutputStream(workbook)) {
            var first = xlsx.getSheetAt(0);
            assertEquals("score", first.getRow(0).getCell(2).getStringCellValue());
            assertEquals(leaves.size(), first.getLastRowNum(), "one row per required leaf");
            for (int r = 1; r <= first.getLastRowNum(); r++) {
                assertEquals("HZ", first.getRow(r).getCell(0).getStringCellValue());
                first.getRow(r).createCell(2).setCellValue(86);
            }
            xlsx.write(out);
        }
        assertEquals(List.of(), upload(workbook));
        assertEquals("PENDING", browser.driver().findElement(By.cssSelector("#sheets tr[data-version='2']")).getAttribute("data-status"));
        assertEquals(2, portal.count("SELECT COUNT(*) FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE o.code = '" + org + "'"));

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs("moderator", "moderator-demo");
        ModerationQueuePage.open(browser);
        long sheetId = withReport;
        browser.driver().findElement(By.xpath("//span[@class='sheet-org' and @data-sheet='" + sheetId
                + "']/ancestor::tr//button[contains(@id, ':accept')]")).click();
        browser.awaitQuiet();
        assertEquals(1, portal.count("SELECT COUNT(*) FROM score_sheet WHERE id = " + sheetId + " AND status = 'ACCEPTED' AND decided_by = 'moderator'"));
        var download = report(portal, browser.driver().manage().getCookieNamed("JSESSIONID").getValue(), sheetId);
        assertEquals(200, download.statusCode(), "a moderator reads the report");
        assertTrue(download.headers().firstValue("Content-Type").orElseThrow().startsWith("application/pdf"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"), "never shown inline");
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(200, sheetRows(portal, browser.driver().manage().getCookieNamed("JSESSIONID").getValue(), sheetId).statusCode(),
                "a moderator reads what was accepted");
        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs("citizen", "citizen-demo");
        assertEquals(404, report(portal, browser.driver().manage().getCookieNamed("JSESSIONID").getValue(), sheetId).statusCode(),
                "nobody else learns it exists");

        // Another organisation's evaluator: neither the report nor the sheets nor the agencies of this one.
        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs(otherAccount, "evaluator-demo");
        String otherSession = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertEquals(404, report(portal, otherSession, sheetId).statusCode(), "another organisation learns nothing");
        assertEquals(404, sheetRows(portal, otherSession, sheetId).statusCode(), "nor reads the sheet");
        browser.go("/evaluator/sheets");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sheets-heading")));
        assertTrue(browser.driver().findElements(By.cssSelector("#sheets tr[data-version]")).isEmpty(), "no sheet of another organisation is listed");
        var otherTemplate = http.send(http.request("/evaluator/template.csv?cycle=IT-SHEET").header("Cookie", "JSESSIONID=" + otherSession)
                .GET().build());
        assertEquals(1, otherTemplate.body().lines().count(), "only the header: the other organisation is assigned nothing");

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAs("admin", "admin-demo");
        String run = ScoringPage.open(browser, "IT-SHEET").startRunAndWait();
        assertTrue(portal.count("SELECT COUNT(*) FROM scoring_contribution t JOIN agency a ON a.id = t.agency_id"
                + " WHERE t.run_id = " + run + " AND a.code = 'HZ' AND t.source = 'THIRD_PARTY'") >= leaves.size(),
                "the accepted sheet counts as third-party evaluation");
    }

    private static java.net.http.HttpResponse<byte[]> report(Portal portal, String session, long sheet) throws Exception {
        Http http = new Http(portal.baseUrl());
        return http.client().send(http.request("/reports/report.pdf?sheet=" + sheet).header("Cookie", "JSESSIONID=" + session).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private static java.net.http.HttpResponse<String> sheetRows(Portal portal, String session, long sheet) throws Exception {
        Http http = new Http(portal.baseUrl());
        return http.send(http.request("/reports/sheet.csv?sheet=" + sheet).header("Cookie", "JSESSIONID=" + session).GET().build());
    }

    private List<String> upload(Path file) {
        return upload(file, null);
    }

    private List<String> upload(Path file, Path report) {
        return ScoreSheetsPage.open(browser).chooseCycle("IT-SHEET").upload(file, report);
    }
}
