package org.minping.web.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.minping.web.devrun.PayaraMicroProcess;
import org.minping.web.it.PortalServer;
import org.minping.web.it.TestSchema;

/**
 * SIGTERM while requests are in flight: the portal reports not ready at once, still answers, lets
 * the requests in flight finish with 201, and then exits. Payara Micro runs with the grace period
 * the Docker image gives it.
 */
class GracefulShutdownFaultIT {

    private static final int IN_FLIGHT = 5;

    @Test
    @org.junit.jupiter.api.DisplayName("Catalogue 21: SIGTERM → readiness DOWN first, requests in flight finish")
    void sigtermTurnsReadinessDownFirstAndLetsRequestsInFlightComplete() throws Exception {
        try (TestSchema schema = TestSchema.create()) {
            PayaraMicroProcess portal = PortalServer.startReady(schema.url(), schema.accounts(), PortalServer.freePort(),
                    schema.accounts().schema() + "-graceful", List.of("--shutdowngrace", "10000"));
            try {
                FaultClient client;
                try (Connection db = schema.connection()) {
                    client = new FaultClient(portal.baseUrl(), FaultClient.intakeToken(db));
                }
                String run = Runs.newCode();
                assertEquals(201, client.submit(Submission.of(run, 0)).status(), "a first appraisal before the stop");

                List<Submission> submissions = new ArrayList<>();
                List<FaultClient.HeldRequest> held = new ArrayList<>();
                for (int i = 1; i <= IN_FLIGHT; i++) {
                    Submission submission = Submission.of(run, i);
                    submissions.add(submission);
                    held.add(client.hold(submission));
                }
                Readiness.await(client, "counting the held requests in flight", Duration.ofSeconds(30),
                        r -> r.data("accepting-requests", "inFlight") >= IN_FLIGHT);

                portal.process().destroy();
                Readiness down = Readiness.await(client, "DOWN after SIGTERM, while the portal still answers",
                        Duration.ofSeconds(10), r -> !r.up());
                assertEquals(503, down.httpStatus(), down.body().toString());
                assertEquals("DOWN", down.check("accepting-requests").orElseThrow(), down.body().toString());
                assertEquals("UP", down.check("database").orElseThrow(), "only the stop turned readiness DOWN");
                assertTrue(portal.process().isAlive(), "the portal exited before the requests in flight finished");

                Map<String, String> receipts = new HashMap<>();
                for (int i = 0; i < IN_FLIGHT; i++) {
                    FaultClient.Answer answer = held.get(i).finish();
                    assertEquals(201, answer.status(), answer.body());
                    receipts.put(submissions.get(i).idempotencyKey(), answer.receipt().orElseThrow());
                }
                assertTrue(portal.process().waitFor(60, TimeUnit.SECONDS), "the portal did not exit after SIGTERM");

                Tally tally;
                try (Connection db = schema.connection()) {
                    tally = Tally.count(db, run, receipts);
                }
                System.out.println(tally.line("SIGTERM with " + IN_FLIGHT + " requests in flight")
                        + "; exit code " + portal.process().exitValue());
                assertEquals(0, tally.lost(), tally.line("graceful"));
                assertEquals(0, tally.duplicates(), tally.line("graceful"));
                assertEquals(IN_FLIGHT, tally.acknowledged());
            } finally {
                portal.close();
            }
        }
    }
}
