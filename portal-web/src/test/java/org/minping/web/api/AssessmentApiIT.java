package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

/**
 * Systems of evaluator organisations upload score sheets with their tokens: bad input is named,
 * HTML in disguise and oversized files are refused, and no organisation sees another's sheet.
 */
@PortalTest
class AssessmentApiIT {

    private static final String BOUNDARY = "minping-boundary";

    @Test
    void anOrganisationsSystemUploadsAndSeesOnlyItsOwnSheets(Portal portal) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String tokenA = "mp_api-a-" + UUID.randomUUID();
        String tokenB = "mp_api-b-" + UUID.randomUUID();
        List<String> leaves = new ArrayList<>();
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    INSERT IGNORE INTO evaluation_cycle (code, name_zh, name_en, period_start, period_end, level_scores, shrinkage_k,
                      min_effective_n, grade_bands, max_bonus, max_deduction, sensitivity_draws, sensitivity_seed)
                    VALUES ('IT-API', '接口测试', 'API test', '2023-01-01', '2023-12-31', '0,25,50,75,100', 10, 30,
                      '优秀:90,良好:80,合格:60,不合格:-', 5, 5, 10, 1)""");
            for (String org : List.of("TP-A" + suffix, "TP-B" + suffix)) {
                sql.executeUpdate("INSERT INTO evaluator_org (code, name_zh, name_en, created_by, created_at)"
                        + " VALUES ('" + org + "', '机构', 'Organisation', 'admin', UTC_TIMESTAMP(6))");
                sql.executeUpdate("INSERT INTO evaluator_assignment (org_id, agency_id, cycle_id, assigned_by, assigned_at)"
                        + " SELECT o.id, a.id, c.id, 'admin', UTC_TIMESTAMP(6) FROM evaluator_org o, agency a, evaluation_cycle c"
                        + " WHERE o.code = '" + org + "' AND a.code = 'SZ' AND c.code = 'IT-API'");
                sql.executeUpdate("INSERT INTO conflict_declaration (org_id, agency_id, has_conflict, statement, declared_by, declared_at)"
                        + " SELECT o.id, a.id, FALSE, '无', 'admin', UTC_TIMESTAMP(6) FROM evaluator_org o, agency a"
                        + " WHERE o.code = '" + org + "' AND a.code = 'SZ'");
            }
            sql.executeUpdate("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at, org_id)"
                    + " SELECT 'system A', 'assessments', '" + sha256(tokenA) + "', 'admin', UTC_TIMESTAMP(6), id FROM evaluator_org WHERE code = 'TP-A" + suffix + "'");
            sql.executeUpdate("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at, org_id)"
                    + " SELECT 'system B', 'assessments', '" + sha256(tokenB) + "', 'admin', UTC_TIMESTAMP(6), id FROM evaluator_org WHERE code = 'TP-B" + suffix + "'");
            try (ResultSet rows = sql.executeQuery("""
                    SELECT i.code FROM indicator i JOIN indicator_system s ON s.id = i.system_id AND s.template
                    JOIN agency a ON a.track_id = s.track_id AND a.code = 'SZ'
                    JOIN indicator_source_weight w ON w.indicator_id = i.id AND w.source = 'THIRD_PARTY' AND w.weight > 0""")) {
                while (rows.next()) {
                    leaves.add(rows.getString(1));
                }
            }
        }
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
        assertEquals(1, portal.count("SELECT COUNT(*) FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE o.code = 'TP-A" + suffix + "'"),
                "only the valid sheet was stored");

        // The same sheet as an XLSX workbook: the second version.
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var rows = workbook.createSheet("sheet");
            String[] header = {"agency", "indicator", "score"};
            var first = rows.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
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
        assertEquals(2, portal.count("SELECT COUNT(*) FROM score_sheet s JOIN evaluator_org o ON o.id = s.org_id WHERE o.code = 'TP-A" + suffix + "'"));
        HttpResponse<String> withReport = uploadBytes(http, tokenA, "IT-API", "sheet.xlsx", xlsx,
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(201, withReport.statusCode(), withReport.body());
        assertTrue(Http.object(withReport).getBoolean("report"));
        assertEquals(1, portal.count("SELECT COUNT(*) FROM score_sheet WHERE id = " + Http.object(withReport).getJsonNumber("id")
                + " AND report_name = '评估报告.pdf' AND report_file IS NOT NULL"));
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
}
