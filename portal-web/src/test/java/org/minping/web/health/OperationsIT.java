package org.minping.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

@PortalTest
class OperationsIT {

    @Test
    void readinessChecksTheDatabase(Portal portal) throws Exception {
        HttpResponse<String> response = new Http(portal.baseUrl()).get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.object(response);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")), response.body());
    }

    /** The 14 pilot agencies of the notice; browser tests add agencies of their own from the pages. */
    private static final String NOTICE = "('BJ', 'JL', 'FJ', 'GX', 'SC', 'XJ', 'HZ', 'SZ', 'NDRC', 'MOF', 'MLR', 'MEP', 'MOA', 'AQSIQ')";

    @Test
    void migrationsRanAndSeededTheNotice(Portal portal) throws Exception {
        assertEquals(4, portal.count("SELECT COUNT(*) FROM pilot_track"));
        assertEquals(14, portal.count("SELECT COUNT(*) FROM agency WHERE code IN " + NOTICE));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM agency a WHERE a.code NOT IN " + NOTICE + " AND a.code NOT LIKE 'IT-%'"
                + " AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.action = 'agency.create' AND e.subject = CONCAT('agency:', a.code))"),
                "the migrations seeded no other agency: any other was made from the pages, or by a test in the database (codes IT-…)");
        assertEquals(4, portal.count("SELECT COUNT(*) FROM indicator_system WHERE template"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM agency a WHERE a.code IN " + NOTICE + " AND NOT EXISTS"
                + " (SELECT 1 FROM service_offering s WHERE s.agency_id = a.id)"));
    }
}
