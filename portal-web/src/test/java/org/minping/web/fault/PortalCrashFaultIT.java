package org.minping.web.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.minping.web.devrun.PayaraMicroProcess;
import org.minping.web.it.PortalServer;
import org.minping.web.it.TestSchema;

/**
 * The portal is killed with SIGKILL while 200 clients submit; a new one starts on the same
 * database and port, and the clients retry under their keys: every acknowledged appraisal is
 * stored once, none twice.
 */
class PortalCrashFaultIT {

    private static final int CLIENTS = 200;

    @Test
    @org.junit.jupiter.api.DisplayName("Catalogue 19, 13: kill -9 during 200 submissions, clients retrying under their keys across the restart → every acknowledged appraisal present, none twice")
    void killDashNineDuringSubmissionsLosesNoAcknowledgedAppraisalAndStoresNoneTwice() throws Exception {
        try (TestSchema schema = TestSchema.create()) {
            int port = PortalServer.freePort();
            String name = schema.accounts().schema();
            PayaraMicroProcess first = PortalServer.startReady(schema.url(), schema.accounts(), port, name + "-first", List.of());
            PayaraMicroProcess second = null;
            SubmissionLoad load = null;
            try {
                String token;
                try (Connection db = schema.connection()) {
                    token = FaultClient.intakeToken(db);
                }
                load = new SubmissionLoad(first.baseUrl(), token, Runs.newCode(), Duration.ofMinutes(4)).oneEach(CLIENTS);
                SubmissionLoad running = load;
                SubmissionLoad.await("a fifth of the clients acknowledged", Duration.ofMinutes(2),
                        () -> running.acknowledged() >= CLIENTS / 5);

                first.process().destroyForcibly();
                assertTrue(first.process().waitFor(30, TimeUnit.SECONDS), "the portal survived SIGKILL");
                int acknowledgedBeforeTheKill = load.acknowledged();
                assertTrue(acknowledgedBeforeTheKill < CLIENTS, "the kill came after every client was acknowledged");

                second = PortalServer.startReady(schema.url(), schema.accounts(), port, name + "-second", List.of());
                SubmissionLoad.await("every client acknowledged or out of time", Duration.ofMinutes(3), running::finished);

                Tally tally;
                try (Connection db = schema.connection()) {
                    tally = Tally.count(db, load.run(), load.receipts());
                }
                System.out.println(tally.line("portal killed (kill -9) during " + CLIENTS + " submissions, "
                        + acknowledgedBeforeTheKill + " acknowledged before the kill") + "; answers " + load.answers());
                assertEquals(List.of(), load.unexpected());
                assertEquals(0, tally.lost(), tally.line("crash"));
                assertEquals(0, tally.duplicates(), tally.line("crash"));
                assertEquals(CLIENTS, tally.acknowledged(), "every client retried until acknowledged: " + tally.line("crash"));
            } finally {
                if (load != null) {
                    load.close();
                }
                first.close();
                if (second != null) {
                    second.close();
                }
            }
        }
    }
}
