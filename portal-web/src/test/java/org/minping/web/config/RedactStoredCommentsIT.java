package org.minping.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minping.web.it.Http;
import org.minping.web.it.PortalExtension.Portal;
import org.minping.web.it.PortalTest;

/**
 * Comments stored before the redaction learnt a writing are redacted at start-up: a landline held
 * as a contact (which an approval would have published as it was) and a full-width mobile already
 * on the agency's public page.
 */
@PortalTest
class RedactStoredCommentsIT {

    @Test
    void theMigrationRanAtStartUp(Portal portal) throws Exception {
        assertEquals(1, portal.count("SELECT COUNT(*) FROM flyway_schema_history WHERE description = 'redact stored comments'"
                + " AND version IS NULL AND success AND checksum = " + org.minping.moderation.rules.PersonalData.RULES_VERSION));
    }

    @Test
    @DisplayName("Finding 5: comments stored under older rules are redacted at start-up and no longer public")
    void commentsStoredUnderOlderRulesAreRedactedAuditedAndNoLongerPublic(Portal portal) throws Exception {
        String held = receipt();
        String published = receipt();
        String landline = "请拨打 0571-8765 4321 找王科长";
        String mobile = "有事打我手机１３８１２３４５６７８ " + UUID.randomUUID().toString().substring(0, 4);
        try (Connection db = portal.database()) {
            storeAsBefore(db, held, "HELD", "contact", landline);
            storeAsBefore(db, published, "PUBLISHED", null, mobile);
        }
        assertTrue(new Http(portal.baseUrl()).get("/agency?code=MOA").body().contains("１３８１２３４５６７８"),
                "the full-width mobile was public before");

        try (Connection app = portal.applicationDatabase()) {
            app.setAutoCommit(false);
            assertTrue(RedactStoredComments.redact(app, Clock.systemUTC()) >= 2);
            app.commit();
            assertEquals(0, RedactStoredComments.redact(app, Clock.systemUTC()), "a second run finds nothing left");
            app.commit();
        }

        assertEquals("请拨打 [座机号] 找王科长", portal.string("SELECT comment_text FROM appraisal WHERE receipt = '" + held + "'"));
        assertEquals(mobile.replace("１３８１２３４５６７８", "[手机号]"),
                portal.string("SELECT comment_text FROM appraisal WHERE receipt = '" + published + "'"));
        HttpResponse<String> page = new Http(portal.baseUrl()).get("/agency?code=MOA");
        assertTrue(page.body().contains(mobile.replace("１３８１２３４５６７８", "[手机号]")), "the comment is still shown");
        assertFalse(page.body().contains("１３８１２３４５６７８"));
        for (String receipt : new String[] {held, published}) {
            assertEquals(1, portal.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'system' AND action = 'moderation.redact'"
                    + " AND subject = 'appraisal:" + receipt + "'"));
        }
        assertEquals(0, portal.count("SELECT COUNT(*) FROM audit_event WHERE payload LIKE '%8765%' OR payload LIKE '%１３８%'"),
                "the chain keeps digests, not the numbers");
        String auditor = Base64.getEncoder().encodeToString("auditor:auditor-demo".getBytes(StandardCharsets.UTF_8));
        Http http = new Http(portal.baseUrl());
        JsonObject verification = Http.object(http.send(http.request("/api/v1/audit/verify")
                .header("Authorization", "Basic " + auditor).GET().build()));
        assertTrue(verification.getBoolean("intact"), verification.toString());
    }

    /** A comment as intake stored it before the rules knew its writing: written straight to the table. */
    private static void storeAsBefore(Connection db, String receipt, String status, String holdReasons, String comment)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO appraisal (receipt, agency_id, indicator_system_id, channel, overall_level, status, hold_reasons,
                                       comment_text, submitted_at)
                SELECT ?, a.id, s.id, 'WEB', 2, ?, ?, ?, UTC_TIMESTAMP(6)
                FROM agency a JOIN indicator_system s ON s.track_id = a.track_id AND s.template WHERE a.code = 'MOA'""")) {
            insert.setString(1, receipt);
            insert.setString(2, status);
            insert.setString(3, holdReasons);
            insert.setString(4, comment);
            assertEquals(1, insert.executeUpdate());
        }
    }

    private static String receipt() {
        String digits = UUID.randomUUID().toString().replaceAll("[^0-9]", "") + "0000000";
        return "MP-RED" + digits.substring(0, 2) + "-" + digits.substring(2, 7);
    }
}
