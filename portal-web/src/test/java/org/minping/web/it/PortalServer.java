package org.minping.web.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minping.web.devrun.DatabaseAccounts;
import org.minping.web.devrun.PayaraMicroProcess;

/**
 * The built WAR on Payara Micro with the settings of the test runs, against a schema the caller
 * provides: the shared test portal, and the fault tests that start, kill and restart their own.
 */
public final class PortalServer {

    private PortalServer() {
    }

    /**
     * Starts Payara Micro without waiting for it; {@code name} tells its log and files apart.
     *
     * @param payaraOptions further Payara Micro options
     */
    public static PayaraMicroProcess start(String jdbcUrl, DatabaseAccounts accounts, int port, String name,
                                           List<String> payaraOptions) throws IOException {
        Path workdir = workdir();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("minping.db.url", jdbcUrl);
        properties.put("minping.db.user", accounts.runtime().user());
        properties.put("minping.db.migration-user", accounts.owner().user());
        properties.put("minping.public-url", "http://localhost:" + port + "/");
        properties.put("minping.demo.accounts", "true");
        // every test shares 127.0.0.1: the per-network limits are tested on their own
        properties.put("minping.intake.per-network", "1000000");
        properties.put("minping.velocity.per-network", "1000000");
        properties.put("minping.registration.per-address", "1000000");
        properties.put("minping.login.failures-per-address", "1000000");
        properties.put("minping.pow.network-allowance", "1000000");
        properties.put("minping.pow.overall-allowance", "1000000");
        // as behind the compose file's reverse proxy: a test that sends X-Forwarded-For is a client
        // behind it (PrivacyScanIT); without the header the peer is the client
        properties.put("minping.trusted-proxies", "127.0.0.1,::1");
        properties.put("minping.files.dir", workdir.resolve("files-" + name).toAbsolutePath().toString());
        return PayaraMicroProcess.start(
                Path.of(System.getProperty("minping.payara.jar")), Path.of(System.getProperty("minping.war")),
                port, properties,
                Map.of("MINPING_DB_PASSWORD", accounts.runtime().password(),
                        "MINPING_DB_MIGRATION_PASSWORD", accounts.owner().password()),
                workdir.resolve("payara-" + name + ".log"), payaraOptions);
    }

    /**
     * Starts Payara Micro and waits until the portal answers; a boot that Payara itself gives up
     * (see {@link PayaraMicroProcess#bootFailed()}) is tried once more.
     */
    public static PayaraMicroProcess startReady(String jdbcUrl, DatabaseAccounts accounts, int port, String name,
                                                List<String> payaraOptions) throws IOException, InterruptedException {
        PayaraMicroProcess payara = start(jdbcUrl, accounts, port, name, payaraOptions);
        try {
            payara.awaitReady("/", Duration.ofMinutes(4));
            return payara;
        } catch (IllegalStateException failed) {
            payara.close();
            if (!payara.bootFailed()) {
                throw failed;
            }
        }
        PayaraMicroProcess again = start(jdbcUrl, accounts, port, name + "-again", payaraOptions);
        try {
            again.awaitReady("/", Duration.ofMinutes(4));
            return again;
        } catch (IllegalStateException | IOException | InterruptedException failed) {
            again.close();
            throw failed;
        }
    }

    /** Where the test runs keep logs and files (target/it). */
    public static Path workdir() {
        return Path.of(System.getProperty("minping.test.workdir", "target/it"));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
