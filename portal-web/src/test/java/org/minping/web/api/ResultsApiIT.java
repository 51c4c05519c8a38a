package org.minping.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

@PortalTest
class ResultsApiIT {

    @Test
    void cyclesAreListedWithWhetherTheyArePublished(Portal portal) throws Exception {
        JsonArray cycles = (JsonArray) Http.json(new Http(portal.baseUrl()).get("/api/v1/cycles"));
        JsonObject cycle2026 = cycles.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("2026")).findFirst().orElseThrow();
        assertEquals("2026-01-01", cycle2026.getString("periodStart"));
        assertTrue(cycle2026.containsKey("published"));
    }

    @Test
    void nothingOfAnUnpublishedCycleIsShown(Portal portal) throws Exception {
        try (Connection db = portal.database(); Statement sql = db.createStatement()) {
            portal.createCycle("IT-OPEN", "测试周期", "Test cycle", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        }
        Http http = new Http(portal.baseUrl());
        assertEquals(404, http.get("/api/v1/cycles/IT-OPEN/results").statusCode());
        assertEquals(404, http.get("/api/v1/cycles/IT-OPEN/results?track=LOCAL").statusCode());
        assertEquals(404, http.get("/api/v1/cycles/IT-OPEN/results.csv").statusCode());
        assertEquals(404, http.get("/api/v1/cycles/IT-OPEN/input.json").statusCode());
        assertEquals(404, http.get("/results?cycle=IT-OPEN&track=LOCAL").statusCode());
        assertEquals(404, http.get("/api/v1/cycles/NO-SUCH/results").statusCode());
        assertEquals(200, http.get("/results").statusCode(), "the results menu answers, published or not");
    }

    @Test
    void aRunsFullInputIsForAuditorsOnly(Portal portal) throws Exception {
        Http http = new Http(portal.baseUrl());
        assertEquals(401, http.get("/api/v1/audit/runs/999999/input.json").statusCode());
        assertEquals(403, http.getAs("/api/v1/audit/runs/999999/input.json", "citizen", "citizen-demo").statusCode());
        assertEquals(404, http.getAs("/api/v1/audit/runs/999999/input.json", "auditor", "auditor-demo").statusCode(),
                "no such run");
        assertEquals(404, http.getAs("/api/v1/audit/runs/999999/input.json", "admin", "admin-demo").statusCode(),
                "administrators are auditors too");
    }
}
