package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

@PortalTest
class AgencyApiIT {

    private static Set<String> storedCodes(Portal portal) throws Exception {
        Set<String> codes = new java.util.HashSet<>();
        try (var db = portal.database(); var sql = db.createStatement(); var rows = sql.executeQuery("SELECT code FROM agency")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    private static Set<String> codes(HttpResponse<String> response) {
        return ((JsonArray) Http.json(response)).getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("code")).collect(Collectors.toSet());
    }

    @Nested
    class Search {

        /** The 14 pilot agencies of the notice, and any that a browser test made from the pages before. */
        @Test
        void listsThe14PilotAgenciesOfTheNoticeAndEveryOther(Portal portal) throws Exception {
            HttpResponse<String> response = new Http(portal.baseUrl()).get("/api/v1/agencies");
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            Set<String> listed = codes(response);
            assertTrue(listed.containsAll(Set.of("BJ", "JL", "FJ", "GX", "SC", "XJ", "HZ", "SZ", "NDRC", "MOF", "MLR", "MEP", "MOA", "AQSIQ")),
                    listed.toString());
            assertEquals(storedCodes(portal), listed);
        }

        @Test
        void findsHangzhouByItsChineseName(Portal portal) throws Exception {
            HttpResponse<String> response = new Http(portal.baseUrl())
                    .get("/api/v1/agencies?q=" + URLEncoder.encode("杭州市", StandardCharsets.UTF_8));
            JsonObject hangzhou = ((JsonArray) Http.json(response)).getJsonObject(0);
            assertEquals(1, ((JsonArray) Http.json(response)).size());
            assertEquals("杭州市人民政府", hangzhou.getString("name"));
            assertEquals("Hangzhou Municipal People's Government", hangzhou.getString("nameEn"));
            assertEquals("LOCAL", hangzhou.getString("track"));
            assertEquals("ZJ", hangzhou.getString("region"));
        }

        @Test
        void findsMinistriesByTheShortNameOfTheNotice(Portal portal) throws Exception {
            HttpResponse<String> response = new Http(portal.baseUrl())
                    .get("/api/v1/agencies?q=" + URLEncoder.encode("质检总局", StandardCharsets.UTF_8));
            assertEquals(Set.of("AQSIQ"), codes(response));
        }

        @Test
        void filtersByTrackAndRegion(Portal portal) throws Exception {
            Http http = new Http(portal.baseUrl());
            assertEquals(Set.of("NDRC", "MEP"), codes(http.get("/api/v1/agencies?track=ENERGY")));
            assertEquals(Set.of("MLR", "MOA", "AQSIQ"), codes(http.get("/api/v1/agencies?track=STATE_COUNCIL")));
            assertEquals(Set.of("SZ"), codes(http.get("/api/v1/agencies?region=GD")));
            assertEquals(Set.of(), codes(http.get("/api/v1/agencies?track=BUDGET&region=GD")));
        }

        @Test
        void treatsLikeWildcardsLiterally(Portal portal) throws Exception {
            assertEquals(Set.of(), codes(new Http(portal.baseUrl()).get("/api/v1/agencies?q=%25")));
        }
    }

    @Nested
    class OneAgency {

        @Test
        void showsItsServices(Portal portal) throws Exception {
            JsonObject agency = Http.object(new Http(portal.baseUrl()).get("/api/v1/agencies/HZ"));
            assertEquals("HZ", agency.getString("code"));
            List<String> services = agency.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                    .map(s -> s.getString("code")).toList();
            assertTrue(services.containsAll(List.of("HZ-BIZ", "HZ-REALTY", "HZ-HOTLINE")), services::toString);
        }

        @Test
        void formAsksOverallSatisfactionAndAtLeastThreeIndicatorsOnFiveLevels(Portal portal) throws Exception {
            for (String code : List.of("HZ", "MOF", "NDRC", "MLR")) {
                JsonObject form = Http.object(new Http(portal.baseUrl()).get("/api/v1/agencies/" + code + "/form"));
                assertEquals("OVERALL", form.getJsonObject("overall").getString("code"));
                assertTrue(form.getJsonArray("indicators").size() >= 3, code);
                List<Integer> levels = form.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getInt("level")).toList();
                assertEquals(List.of(5, 4, 3, 2, 1), levels);
                assertEquals("非常满意", form.getJsonArray("levels").getJsonObject(0).getString("label"));
                assertEquals("非常不满意", form.getJsonArray("levels").getJsonObject(4).getString("label"));
            }
        }

        @Test
        void unknownCodeIsProblem404(Portal portal) throws Exception {
            HttpResponse<String> response = new Http(portal.baseUrl()).get("/api/v1/agencies/NOPE/form");
            assertEquals(404, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
            assertEquals(404, Http.object(response).getInt("status"));
            assertTrue(Http.object(response).get("errors") == null || Http.object(response).get("errors") == JsonValue.NULL);
        }
    }
}
