package org.minping.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.browser.pages.LoginPage;
import org.minping.web.browser.pages.OpenDataPage;
import org.minping.web.browser.pages.ScoringPage;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;

/**
 * Open data of a cycle published through the scoring page: the three data sets as CSV and JSON
 * agree cell by cell; counts and satisfaction of fewer respondents than the minimum (10) are empty
 * and flagged; an agency name starting with a formula character is neutralized in the CSV; no
 * column or value carries personal data (comments, receipts); a cycle not published answers 404;
 * the page lists the cycle's downloads and describes every column.
 */
class OpenDataIT extends BrowserTestBase {

    private static final String CYCLE = "IT-ODATA";
    private static final String FORMULA_AGENCY = "IT-EQ";
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"点击\")";
    private static final String COMMENT = "=cmd|' /C calc'!A0 请联系 13800138000";
    private static final List<String> DATASETS = List.of("results", "follow-up", "appraisals");

    @Test
    @DisplayName("Open data: small cells suppressed, formulas neutralized, no personal data, CSV and JSON agree, 404 before publication")
    void aPublishedCycleHasOpenDataWithSmallCellsSuppressedAndNoPersonalData(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        // A past period nobody else's appraisals fall in, so the counts are this test's (a future one would put its
        // appraisals at the top of the moderators' queue and after every other cycle's closing).
        portal.createCycle(CYCLE, "数据开放测试", "Open data test", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    INSERT IGNORE INTO agency (code, name_zh, short_name_zh, name_en, kind, track_id, region_id, sort_order)
                    SELECT '%s', '%s', '@公式', '+SUM(1,2)', kind, track_id, region_id, 999 FROM agency WHERE code = 'HZ'"""
                    .formatted(FORMULA_AGENCY, FORMULA_NAME.replace("'", "''")));
        }
        // 20 very satisfied, 12 satisfied, 3 dissatisfied: the 3 are suppressed, and the 12 with them (complementary).
        portal.publishedAppraisals(FORMULA_AGENCY, 20, 5, "2015-03-01 10:00:00");
        portal.publishedAppraisals(FORMULA_AGENCY, 12, 4, "2015-03-02 10:00:00");
        String receipt = portal.publishedAppraisals(FORMULA_AGENCY, 3, 2, "2015-03-03 10:00:00");
        // Four raters of Shenzhen: too few for its satisfaction to be shown.
        portal.publishedAppraisals("SZ", 4, 3, "2015-04-01 10:00:00");
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE appraisal SET comment_text = '" + COMMENT.replace("'", "''") + "' WHERE receipt = '" + receipt + "'");
            sql.executeUpdate("UPDATE evaluation_cycle SET state = 'CLOSED', closed_at = '2034-01-01 00:00:00' WHERE code = '" + CYCLE + "'");
        }

        for (String dataset : DATASETS) {
            for (String format : List.of("csv", "json")) {
                assertEquals(404, http.get("/api/v1/open-data/" + CYCLE + "/" + dataset + "." + format).statusCode(),
                        "not published yet: " + dataset + "." + format);
                assertEquals(404, http.get("/api/v1/open-data/NO-SUCH-CYCLE/" + dataset + "." + format).statusCode());
            }
        }
        assertFalse(OpenDataPage.open(browser).cycles().contains(CYCLE), "an unpublished cycle is not listed");

        LoginPage.open(browser).logInAs("admin", "admin-demo");
        ScoringPage scoring = ScoringPage.open(browser, CYCLE);
        scoring.publish(scoring.startRunAndWait());
        browser.logOut();

        Map<String, List<Map<String, String>>> csvs = new LinkedHashMap<>();
        for (String dataset : DATASETS) {
            HttpResponse<String> csv = http.get("/api/v1/open-data/" + CYCLE + "/" + dataset + ".csv");
            HttpResponse<String> json = http.get("/api/v1/open-data/" + CYCLE + "/" + dataset + ".json");
            assertEquals(200, csv.statusCode(), csv.body());
            assertEquals(200, json.statusCode(), json.body());
            assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
            assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
            for (String body : List.of(csv.body(), json.body())) {
                for (String personal : List.of("cmd|", "13800138000", receipt)) {
                    assertFalse(body.contains(personal), dataset + " carries " + personal);
                }
            }
            for (String column : header(csv.body())) {
                for (String personal : List.of("comment", "receipt", "account", "user", "rater", "ip", "network", "device", "address",
                        "phone", "mail", "text")) {
                    assertFalse(column.toLowerCase(Locale.ROOT).contains(personal), dataset + " has a column " + column);
                }
            }
            List<Map<String, String>> rows = parseCsv(csv.body());
            JsonObject table = Json.createReader(new StringReader(json.body())).readObject();
            List<String> columns = table.getJsonArray("columns").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            assertEquals(columns, header(csv.body()), dataset + ": the same columns");
            List<JsonObject> jsonRows = table.getJsonArray("rows").getValuesAs(JsonObject.class);
            assertEquals(rows.size(), jsonRows.size(), dataset + ": the same rows");
            for (int i = 0; i < rows.size(); i++) {
                for (String column : columns) {
                    assertEquals(csvText(jsonRows.get(i).get(column)), unneutralized(rows.get(i).get(column)),
                            dataset + " row " + i + " column " + column);
                }
            }
            csvs.put(dataset, rows);
        }

        // Results: the formula agency's name neutralized; Shenzhen's satisfaction of 4 raters suppressed and flagged.
        String resultsCsv = http.get("/api/v1/open-data/" + CYCLE + "/results.csv").body();
        assertTrue(resultsCsv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\""), resultsCsv);
        assertTrue(resultsCsv.contains("\"'+SUM(1,2)\""), resultsCsv);
        assertFalse(resultsCsv.contains(",\"=") || resultsCsv.contains(",=") || resultsCsv.contains(",\"+") || resultsCsv.contains(",\"@"),
                "no cell starts with a formula character");
        Map<String, String> formula = row(csvs.get("results"), "agency", FORMULA_AGENCY);
        assertEquals("35", formula.get("respondents"));
        assertEquals("false", formula.get("satisfaction_suppressed"));
        assertFalse(formula.get("satisfaction_mean").isEmpty());
        Map<String, String> shenzhen = row(csvs.get("results"), "agency", "SZ");
        assertEquals("true", shenzhen.get("satisfaction_suppressed"));
        for (String column : List.of("satisfaction_mean", "satisfaction_lower", "satisfaction_upper", "effective_sample", "respondents")) {
            assertEquals("", shenzhen.get(column), "suppressed: " + column);
        }
        JsonObject shenzhenJson = Json.createReader(new StringReader(http.get("/api/v1/open-data/" + CYCLE + "/results.json").body()))
                .readObject().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("agency").equals("SZ")).findFirst().orElseThrow();
        assertEquals(JsonValue.NULL, shenzhenJson.get("respondents"), "null in JSON, not left out");

        // Appraisal counts: 20 shown; 3 under the minimum; 12 suppressed with it, or the total would give the 3 back.
        List<Map<String, String>> overall = csvs.get("appraisals").stream()
                .filter(r -> r.get("agency").equals(FORMULA_AGENCY) && r.get("indicator").equals("OVERALL") && r.get("breakdown").equals("ALL"))
                .toList();
        assertEquals(List.of("2::true:SMALL", "4::true:COMPLEMENTARY", "5:20:false:"),
                overall.stream().map(r -> r.get("level") + ":" + r.get("count") + ":" + r.get("suppressed") + ":" + r.get("suppression")).toList());
        for (Map<String, String> row : csvs.get("appraisals")) {
            if (row.get("suppressed").equals("false")) {
                assertTrue(Long.parseLong(row.get("count")) >= 10, "a shown count reaches the minimum: " + row);
            } else {
                assertEquals("", row.get("count"), "a suppressed count is empty: " + row);
            }
        }
        assertEquals("3::true:SMALL", csvs.get("appraisals").stream()
                .filter(r -> r.get("agency").equals("SZ") && r.get("indicator").equals("OVERALL"))
                .map(r -> r.get("level") + ":" + r.get("count") + ":" + r.get("suppressed") + ":" + r.get("suppression"))
                .findFirst().orElseThrow());
        assertEquals(List.of(), csvs.get("follow-up").stream().filter(r -> r.get("bad_reviews").isEmpty()).toList(),
                "follow-up counts are the results page's, not suppressed");

        // The page: the cycle's six downloads, and every column of every data set described in both languages.
        OpenDataPage page = OpenDataPage.open(browser);
        assertTrue(page.cycles().contains(CYCLE), page.cycles().toString());
        List<String> expected = new ArrayList<>();
        for (String dataset : DATASETS) {
            expected.add("/api/v1/open-data/" + CYCLE + "/" + dataset + ".csv");
            expected.add("/api/v1/open-data/" + CYCLE + "/" + dataset + ".json");
        }
        assertEquals(expected, page.downloads(CYCLE));
        assertTrue(page.suppressionRule().contains("10"), page.suppressionRule());
        for (String language : List.of("zh", "en")) {
            browser.useLanguage(language);
            page = OpenDataPage.open(browser);
            for (String dataset : DATASETS) {
                assertEquals(header(http.get("/api/v1/open-data/" + CYCLE + "/" + dataset + ".csv").body()), page.columns(dataset));
                for (String column : page.columns(dataset)) {
                    assertFalse(page.meaning(dataset, column).isBlank(), dataset + "." + column);
                }
            }
            assertEquals(List.of(), Accessibility.seriousViolations(browser, "/open-data"));
        }
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
    }

    /** A JSON value as the CSV writes it, before neutralization. */
    private static String csvText(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return ((jakarta.json.JsonString) value).getString();
        }
        return value.toString();
    }

    /** A text cell as it was before the apostrophe that keeps spreadsheets from running it. */
    private static String unneutralized(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    private static List<String> header(String csv) {
        return parse(csv).get(0);
    }

    private static List<Map<String, String>> parseCsv(String csv) {
        List<List<String>> lines = parse(csv);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < line.size(); i++) {
                row.put(lines.get(0).get(i), line.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180: quoted cells with doubled quotes, CRLF between records; the byte-order mark dropped. */
    private static List<List<String>> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return records;
    }
}
