package org.minping.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
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

    @Test
    void openApiDescribesTheAppraisalApi(Portal portal) throws Exception {
        HttpResponse<String> response = new Http(portal.baseUrl()).get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/appraisals"), response.body());
        assertTrue(response.body().contains("/api/v1/agencies/{code}/form"), response.body());
    }

    /**
     * The portal serves its operator endpoints to anyone who reaches it; the reverse proxy of
     * docker/nginx.conf keeps them inside. Its rule must match every spelling the portal answers.
     */
    @Test
    @DisplayName("Finding 11: /metrics, /openapi and /health answer on the portal and the proxy rule keeps each spelling inside")
    void theProxyRuleKeepsEveryOperatorEndpointInside(Portal portal) throws Exception {
        String config = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docker", "nginx.conf"));
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("location ~\\* (\\S+) \\{([^}]*)\\}").matcher(config);
        assertTrue(rule.find(), "docker/nginx.conf has a case-insensitive rule for the operator endpoints");
        assertTrue(rule.group(2).contains("deny all;"), rule.group(2));
        java.util.regex.Pattern inside = java.util.regex.Pattern.compile(rule.group(1), java.util.regex.Pattern.CASE_INSENSITIVE);
        Http http = new Http(portal.baseUrl());
        for (String path : java.util.List.of("/metrics", "/openapi", "/health/ready", "//METRICS", "/OpenAPI/", "/Health")) {
            int status = http.get(path).statusCode();
            if (status == 200) {
                assertTrue(inside.matcher(path).find(), path + " answers " + status + " on the portal but passes the proxy");
            }
        }
        for (String path : java.util.List.of("/metrics", "/openapi", "/health/ready")) {
            assertEquals(200, http.get(path).statusCode(), path + " is the operators' (the rule above must cover it)");
        }
        for (String path : java.util.List.of("/", "/api/v1/agencies", "/healthy-services", "/results")) {
            assertFalse(inside.matcher(path).find(), path + " is public");
        }
    }

    @Test
    void migrationsRanAndSeededTheNotice(Portal portal) throws Exception {
        assertEquals(4, portal.count("SELECT COUNT(*) FROM pilot_track"));
        assertEquals(14, portal.count("SELECT COUNT(*) FROM agency"));
        assertEquals(4, portal.count("SELECT COUNT(*) FROM indicator_system WHERE template"));
        assertEquals(0, portal.count("SELECT COUNT(*) FROM agency a WHERE NOT EXISTS"
                + " (SELECT 1 FROM service_offering s WHERE s.agency_id = a.id)"));
    }
}
