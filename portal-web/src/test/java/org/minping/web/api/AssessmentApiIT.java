package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;
import org.minping.web.security.CraftedWorkbooks;

/**
 * Systems of evaluator organisations upload score sheets with their tokens: bad input is named,
 * HTML in disguise and oversized files are refused, and no organisation sees another's sheet.
 */
@PortalTest
class AssessmentApiIT {

    private static final String BOUNDARY = "minping-boundary";

    @Test
    @DisplayName("Catalogue 2, 9: another organisation's sheet → 404; HTML named .csv or .pdf → refused; no path kept in a name")
    void anOrganisationsSystemUploadsAndSeesOnlyItsOwnSheets(Portal portal) throws Exception {
        Organisation first = organisation(portal);
        Organisation second = organisation(portal);
        String tokenA = first.token();
        String tokenB = second.token();
        List<String> leaves = first.leaves();
        StringBuilder csv = new StringBuilder("agency,indicator,score\n");
        leaves.forEach(leaf -> csv.append("SZ,").append(leaf).append(",77\n"));
        Http http = new Http(portal.baseUrl());

        assertEquals(401, upload(http, null, "IT-API", "sheet.csv", csv.toString()).statusCode());
        HttpResponse<String> created = upload(http, tokenA, "IT-API", "../../etc/结果表.csv", csv.toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject sheet = Http.object(created);
        assertEquals("PENDING", sheet.getString("status"));
        assertEquals("结果表.csv", sheet.getString("fileName"), "no path is kept");
        long id = sheet.getJsonNumber("id").longValue();

        assertEquals(200, state(http, tokenA, id).statusCode());
        assertEquals(404, state(http, tokenB, id).statusCode(), "another organisation's sheet does not exist for it");

        HttpResponse<String> disguised = upload(http, tokenA, "IT-API", "report.csv", "<html><body><script>x()</script></body></html>");
        assertEquals(422, disguised.statusCode(), disguised.body());
        assertTrue(disguised.body().contains("\"field\":\"sheet\"") && disguised.body().contains("text/html"), disguised.body());
        HttpResponse<String> badRows = upload(http, tokenA, "IT-API", "bad.csv", "agency,indicator,score\nSZ,NOPE,50\n");
        assertEquals(422, badRows.statusCode());
        assertTrue(badRows.body().contains("row 2, column indicator"), badRows.body());
        JsonObject rowError = Http.object(badRows).getJsonArray("errors").getJsonObject(0);
        assertEquals("csv.indicator", rowError.getString("code"), badRows.body());
        assertEquals("[2,\"NOPE\",\"SZ\"]", rowError.getJsonArray("arguments").toString(),
                "the values the message names, for a client's own translation");
        assertEquals(413, upload(http, tokenA, "IT-API", "big.csv", "agency,indicator,score\n" + "x".repeat(5 * 1024 * 1024 + 10)).statusCode());
        // A system sending a large body asks first (Expect: 100-continue) and is refused before sending it.
        String hugeBody = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"cycle\"\r\n\r\nIT-API\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"huge.csv\"\r\n\r\n" + "x".repeat(12 * 1024 * 1024)
                + "\r\n--" + BOUNDARY + "--\r\n";
        HttpResponse<String> huge = http.send(http.request("/api/v1/assessments").expectContinue(true).version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Authorization", "Bearer " + tokenA)
                .POST(HttpRequest.BodyPublishers.ofString(hugeBody, StandardCharsets.UTF_8)).build());
        assertEquals(413, huge.statusCode(), "beyond any request the API takes, refused before it is read");
        assertTrue(huge.body().contains("too-large"), huge.body());
        assertEquals(1, portal.count("SELECT COUNT(*) FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE o.code = '" + first.code() + "'"),
                "only the valid sheet was stored");

        // The same sheet as an XLSX workbook: the second version.
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var rows = workbook.createSheet("sheet");
            String[] header = {"agency", "indicator", "score"};
            var headerRow = rows.createRow(0);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < leaves.size(); r++) {
                var row = rows.createRow(r + 1);
                row.createCell(0).setCellValue("SZ");
                row.createCell(1).setCellValue(leaves.get(r));
                row.createCell(2).setCellValue(81.25);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        HttpResponse<String> fromXlsx = uploadBytes(http, tokenA, "IT-API", "结果表.xlsx", xlsx);
        assertEquals(201, fromXlsx.statusCode(), fromXlsx.body());
        assertEquals(2, Http.object(fromXlsx).getInt("version"));
        assertEquals(leaves.size(), Http.object(fromXlsx).getInt("rows"));
        assertFalse(Http.object(fromXlsx).getBoolean("report"));

        // With a report: a PDF by its bytes; HTML named .pdf is refused, naming the part, and nothing is stored.
        HttpResponse<String> fakeReport = uploadBytes(http, tokenA, "IT-API", "sheet.xlsx", xlsx,
                "<html><body>not a report</body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, fakeReport.statusCode(), fakeReport.body());
        assertTrue(fakeReport.body().contains("\"field\":\"report\""), fakeReport.body());
        assertEquals(2, portal.count("SELECT COUNT(*) FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE o.code = '" + first.code() + "'"));
        HttpResponse<String> withReport = uploadBytes(http, tokenA, "IT-API", "sheet.xlsx", xlsx,
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(201, withReport.statusCode(), withReport.body());
        assertTrue(Http.object(withReport).getBoolean("report"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM score_sheet WHERE id = " + Http.object(withReport).getJsonNumber("id")
                + " AND report_name = '评估报告.pdf' AND report_file IS NOT NULL"));
    }

    @Test
    @DisplayName("Catalogue 8: XLSX with an external entity, billion laughs, zip bomb, duplicate entries → refused, no outbound connection")
    void hostileWorkbooksAreRefusedWithoutAConnection(Portal portal) throws Exception {
        Organisation organisation = organisation(portal);
        Http http = new Http(portal.baseUrl());
        try (java.nio.channels.ServerSocketChannel listener = java.nio.channels.ServerSocketChannel.open()) {
            listener.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
            listener.configureBlocking(false);
            String url = "http://127.0.0.1:" + ((java.net.InetSocketAddress) listener.getLocalAddress()).getPort();
            java.util.Map<String, byte[]> hostile = new java.util.LinkedHashMap<>();
            hostile.put("external entity", CraftedWorkbooks.externalEntity(url + "/entity"));
            hostile.put("external DTD", CraftedWorkbooks.rewrite(CraftedWorkbooks.workbook(), "xl/worksheets/sheet1.xml",
                    xml -> xml.replaceFirst("<worksheet", "<!DOCTYPE worksheet SYSTEM \"" + url + "/dtd\"><worksheet")));
            hostile.put("local file entity", CraftedWorkbooks.externalEntity("file:///etc/passwd"));
            hostile.put("billion laughs", CraftedWorkbooks.billionLaughs());
            hostile.put("zip bomb", CraftedWorkbooks.zipBomb());
            hostile.put("duplicate entries", CraftedWorkbooks.duplicateEntries());
            for (var file : hostile.entrySet()) {
                HttpResponse<String> refused = uploadBytes(http, organisation.token(), "IT-API", "sheet.xlsx", file.getValue());
                assertEquals(422, refused.statusCode(), file.getKey() + ": " + refused.body());
                assertTrue(refused.body().contains("\"field\":\"sheet\""), file.getKey() + ": " + refused.body());
                assertFalse(refused.body().contains("root:"), file.getKey());
            }
            // Each upload is answered after its parse: a connection the parser had opened would be waiting now.
            assertEquals(null, listener.accept(), "the portal connected to " + url);
        }
        assertEquals(0, organisation.sheets(portal), "nothing stored");
    }

    @Test
    @DisplayName("Catalogue 9: hostile file names (../, NUL, CRLF, RTL override, 300 characters) → stored under a generated name")
    void hostileFileNamesAreStoredUnderAGeneratedName(Portal portal) throws Exception {
        Organisation organisation = organisation(portal);
        Http http = new Http(portal.baseUrl());
        byte[] sheet = organisation.csv("77").getBytes(StandardCharsets.UTF_8);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        List<String> names = List.of("../../../../tmp/minping-escape.pdf", "..\\..\\windows\\report.pdf", "report\u0000.exe.pdf",
                "report\r\nX-Injected: 1.pdf", "invoice\u202Efdp.exe", "长".repeat(300) + ".pdf");
        for (String name : names) {
            HttpResponse<String> stored = uploadNamed(http, organisation.token(), "IT-API", name.replace(".pdf", ".csv"), sheet, name, pdf);
            assertTrue(stored.statusCode() == 201 || stored.statusCode() == 400 || stored.statusCode() == 422,
                    name + ": " + stored.statusCode() + " " + stored.body());
            if (stored.statusCode() != 201) {
                continue;
            }
            long id = Http.object(stored).getJsonNumber("id").longValue();
            try (Connection db = portal.database(); Statement sql = db.createStatement();
                 ResultSet row = sql.executeQuery("SELECT report_file, report_name, file_name FROM score_sheet WHERE id = " + id)) {
                row.next();
                assertTrue(row.getString(1).matches("[0-9a-f]{32}\\.pdf"), "stored under a generated name: " + row.getString(1));
                for (String shown : List.of(row.getString(2), row.getString(3))) {
                    assertFalse(shown.contains("/") || shown.contains("\\") || shown.chars().anyMatch(c -> c < 0x20),
                            "no path and no control character in the name shown: " + shown);
                    assertTrue(shown.length() <= 200, shown.length() + " characters");
                }
            }
        }
        assertTrue(organisation.sheets(portal) >= 4, "the ordinary hostile names were taken: " + organisation.sheets(portal));
        assertFalse(Files.exists(Path.of("/tmp/minping-escape.pdf")), "nothing written where the name pointed");
    }

    @Test
    @DisplayName("Catalogue 10: malformed CSV (wrong delimiter, bad UTF-8, huge line, too many rows) → a bounded error, nothing stored")
    void malformedSheetsAreRefusedWithABoundedErrorAndNothingIsStored(Portal portal) throws Exception {
        Organisation organisation = organisation(portal);
        Http http = new Http(portal.baseUrl());
        String leaf = organisation.leaves().get(0);
        HttpResponse<String> semicolons = uploadBytes(http, organisation.token(), "IT-API", "sheet.csv",
                ("agency;indicator;score\nSZ;" + leaf + ";77\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, semicolons.statusCode(), semicolons.body());
        assertTrue(semicolons.body().contains("header"), semicolons.body());
        byte[] head = ("agency,indicator,score\nSZ," + leaf + ",77\nSZ,").getBytes(StandardCharsets.UTF_8);
        byte[] badUtf8 = java.util.Arrays.copyOf(head, head.length + 3);
        badUtf8[head.length] = (byte) 0xC3;
        badUtf8[head.length + 1] = '(';
        badUtf8[head.length + 2] = '\n';
        HttpResponse<String> latin = uploadBytes(http, organisation.token(), "IT-API", "sheet.csv", badUtf8);
        assertEquals(422, latin.statusCode(), latin.body());
        assertTrue(latin.body().contains("UTF-8"), latin.body());
        HttpResponse<String> hugeLine = uploadBytes(http, organisation.token(), "IT-API", "sheet.csv",
                ("agency,indicator,score\n" + "S".repeat(4 * 1024 * 1024) + "," + leaf + ",77\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, hugeLine.statusCode(), hugeLine.body().substring(0, Math.min(300, hugeLine.body().length())));
        assertTrue(hugeLine.body().contains("row 2"), "the row is named");
        assertTrue(hugeLine.body().length() < 16 * 1024, "the answer does not echo the line: " + hugeLine.body().length() + " characters");
        StringBuilder rows = new StringBuilder("agency,indicator,score\n");
        while (rows.length() < 4 * 1024 * 1024) {
            rows.append("SZ,").append(leaf).append(",1\n");
        }
        HttpResponse<String> tooMany = uploadBytes(http, organisation.token(), "IT-API", "sheet.csv",
                rows.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(422, tooMany.statusCode());
        assertTrue(tooMany.body().contains("more than 100000 rows"), tooMany.body().substring(0, Math.min(300, tooMany.body().length())));
        assertEquals(0, organisation.sheets(portal), "nothing stored");
    }

    @Test
    @DisplayName("Catalogue 11: out-of-range scores (-1, 101, NaN, 1e309, duplicate rows) → an error per row, nothing stored")
    void outOfRangeScoresAreNamedRowByRowAndNothingIsStored(Portal portal) throws Exception {
        Organisation organisation = organisation(portal);
        Http http = new Http(portal.baseUrl());
        String leaf = organisation.leaves().get(0);
        String csv = "agency,indicator,score\nSZ," + leaf + ",-1\nSZ," + leaf + ",101\nSZ," + leaf + ",NaN\nSZ," + leaf + ",1e309\n"
                + "SZ," + leaf + ",80\nSZ," + leaf + ",81\n";
        HttpResponse<String> refused = uploadBytes(http, organisation.token(), "IT-API", "sheet.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.statusCode(), refused.body());
        for (String expected : List.of("row 2, column score", "row 3, column score", "row 4, column score", "row 5, column score",
                "row 7: SZ/" + leaf + " appears twice")) {
            assertTrue(refused.body().contains(expected), expected + " in " + refused.body());
        }
        assertFalse(refused.body().contains("row 6"), "the good row is no error");
        assertEquals(0, organisation.sheets(portal), "nothing stored");
    }

    /** An evaluator organisation assigned to Shenzhen in the cycle IT-API, its system's token, and the leaves it scores. */
    private record Organisation(String code, String token, List<String> leaves) {

        String csv(String score) {
            StringBuilder csv = new StringBuilder("agency,indicator,score\n");
            leaves.forEach(leaf -> csv.append("SZ,").append(leaf).append(',').append(score).append('\n'));
            return csv.toString();
        }

        long sheets(Portal portal) throws Exception {
            return portal.count("SELECT COUNT(*) FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE o.code = '" + code + "'");
        }
    }

    private static Organisation organisation(Portal portal) throws Exception {
        String code = "TP-H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String token = "mp_api-h-" + UUID.randomUUID();
        List<String> leaves = new ArrayList<>();
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            apiCycle(portal);
            sql.executeUpdate("INSERT INTO evaluator_org (code, name_zh, name_en, created_by, created_at)"
                    + " VALUES ('" + code + "', '机构', 'Organisation', 'admin', UTC_TIMESTAMP(6))");
            sql.executeUpdate("INSERT INTO evaluator_assignment (org_id, agency_id, cycle_id, assigned_by, assigned_at)"
                    + " SELECT o.id, a.id, c.id, 'admin', UTC_TIMESTAMP(6) FROM evaluator_org o, agency a, evaluation_cycle c"
                    + " WHERE o.code = '" + code + "' AND a.code = 'SZ' AND c.code = 'IT-API'");
            sql.executeUpdate("INSERT INTO conflict_declaration (org_id, agency_id, has_conflict, statement, declared_by, declared_at)"
                    + " SELECT o.id, a.id, FALSE, '无', 'admin', UTC_TIMESTAMP(6) FROM evaluator_org o, agency a"
                    + " WHERE o.code = '" + code + "' AND a.code = 'SZ'");
            sql.executeUpdate("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at, org_id)"
                    + " SELECT 'system', 'assessments', '" + sha256(token) + "', 'admin', UTC_TIMESTAMP(6), id FROM evaluator_org"
                    + " WHERE code = '" + code + "'");
            try (ResultSet rows = sql.executeQuery("""
                    SELECT i.code FROM indicator i JOIN indicator_system s ON s.id = i.system_id AND s.template
                    JOIN agency a ON a.track_id = s.track_id AND a.code = 'SZ'
                    JOIN indicator_source_weight w ON w.indicator_id = i.id AND w.source = 'THIRD_PARTY' AND w.weight > 0""")) {
                while (rows.next()) {
                    leaves.add(rows.getString(1));
                }
            }
        }
        return new Organisation(code, token, leaves);
    }

    /** A sheet and a report, each under the file name given, written into the multipart body as a client would. */
    private static HttpResponse<String> uploadNamed(Http http, String token, String cycle, String sheetName, byte[] sheet,
                                                    String reportName, byte[] report) throws Exception {
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"cycle\"\r\n\r\n" + cycle + "\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"" + sheetName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(sheet);
        body.write(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"report\"; filename=\"" + reportName + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(report);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request("/api/v1/assessments").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static HttpResponse<String> upload(Http http, String token, String cycle, String fileName, String content) throws Exception {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"cycle\"\r\n\r\n" + cycle + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
        HttpRequest.Builder request = http.request("/api/v1/assessments").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build());
    }

    private static HttpResponse<String> uploadBytes(Http http, String token, String cycle, String fileName, byte[] content) throws Exception {
        return uploadBytes(http, token, cycle, fileName, content, null);
    }

    /** With a report part when {@code report} is given. */
    private static HttpResponse<String> uploadBytes(Http http, String token, String cycle, String fileName, byte[] content, byte[] report)
            throws Exception {
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"cycle\"\r\n\r\n" + cycle + "\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        if (report != null) {
            body.write(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"report\"; filename=\"评估报告.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(report);
        }
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request("/api/v1/assessments").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static HttpResponse<String> state(Http http, String token, long id) throws Exception {
        return http.send(http.request("/api/v1/assessments/" + id).header("Authorization", "Bearer " + token).GET().build());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The cycle the organisations' sheets are for, set up by whichever test needs it first. */
    private static void apiCycle(Portal portal) throws Exception {
        if (portal.count("SELECT COUNT(*) FROM evaluation_cycle WHERE code = 'IT-API'") == 0) {
            portal.createCycle("IT-API", "接口测试", "API test", java.time.LocalDate.parse("2023-01-01"),
                    java.time.LocalDate.parse("2023-12-31"));
        }
    }
}
