package org.minping.web.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minping.web.perf.HttpConnection.Request;

/**
 * The load harness measures what a citizen would wait: a server that stalls once for a second
 * delays every request due during that second, and the open model must count each of them from
 * its due time (coordinated omission), where a closed loop records one slow request.
 */
class LoadGeneratorTest {

    private static final Duration STALL = Duration.ofSeconds(1);

    private HttpServer server;
    private final AtomicBoolean stalled = new AtomicBoolean();
    private final AtomicLong answered = new AtomicLong();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            // One stall, a second into the measurement: the server's, not the test's, waiting.
            if (answered.incrementAndGet() == 100 && stalled.compareAndSet(false, true)) {
                try {
                    Thread.sleep(STALL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void theOpenModelCountsEveryRequestDueDuringAStallFromItsDueTime() throws Exception {
        LoadGenerator load = new LoadGenerator(server.getAddress().getPort());
        LoadResult open = load.fixedRate("stall", i -> Request.of("POST", "/", "{}"), Set.of(201), 100, Duration.ofSeconds(3), 1);

        assertEquals(300, open.answered(), open.outcomes().toString());
        assertEquals(0, open.errors());
        // About 100 of the 300 requests fell due during the second of stall, waiting from up to a
        // second down to nothing: a tenth of all of them waited more than half a second.
        assertTrue(open.p90() > 500, "p90 " + open.p90() + " ms");
        assertTrue(open.max() >= STALL.toMillis() * 0.9, "max " + open.max() + " ms");
    }

    @Test
    void theClosedModelSeesTheSameStallAsOneSlowRequest() throws Exception {
        LoadGenerator load = new LoadGenerator(server.getAddress().getPort());
        LoadResult closed = load.saturate("stall", i -> Request.of("POST", "/", "{}"), Set.of(201), 1, Duration.ofSeconds(2));

        assertTrue(stalled.get(), "the server stalled once");
        assertTrue(closed.answered() > 100, closed.outcomes().toString());
        assertTrue(closed.max() >= STALL.toMillis() * 0.9, "max " + closed.max() + " ms");
        // Far below the open model's half second, far above a loopback answer on a busy machine.
        assertTrue(closed.p90() < 250, "p90 " + closed.p90() + " ms");
    }
}
