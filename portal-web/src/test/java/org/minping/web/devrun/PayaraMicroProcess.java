package org.minping.web.devrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal WAR on a real Payara Micro, in a child process: for the run command and for the
 * integration and browser tests alike. Always single-instance and loopback-only (--nocluster).
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private PayaraMicroProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * @param systemProperties passed as -D options; MicroProfile Config reads them before the environment.
     *                         Visible to every local user in the process list: nothing secret.
     * @param environment added to the child's environment, readable only by its user: where passwords go
     *                    ({@code MINPING_DB_PASSWORD} for {@code minping.db.password})
     * @param log where Payara's output goes
     */
    public static PayaraMicroProcess start(Path payaraJar, Path war, int port, Map<String, String> systemProperties,
                                           Map<String, String> environment, Path log) throws IOException {
        return start(payaraJar, war, port, systemProperties, environment, log, List.of());
    }

    /**
     * As {@link #start(Path, Path, int, Map, Map, Path)}, with further Payara Micro options
     * (e.g. {@code --shutdowngrace 10000}).
     */
    public static PayaraMicroProcess start(Path payaraJar, Path war, int port, Map<String, String> systemProperties,
                                           Map<String, String> environment, Path log, List<String> payaraOptions)
            throws IOException {
        return start(payaraJar, war, port, systemProperties, environment, log, payaraOptions, List.of("-Xmx512m"));
    }

    /**
     * As {@link #start(Path, Path, int, Map, Map, Path, List)}, with the JVM's own options in place
     * of the default heap of 512 MB (the load harness sizes the heap and records a flight).
     */
    public static PayaraMicroProcess start(Path payaraJar, Path war, int port, Map<String, String> systemProperties,
                                           Map<String, String> environment, Path log, List<String> payaraOptions,
                                           List<String> jvmOptions) throws IOException {
        requireFile(payaraJar, "Payara Micro jar (built by `mvn package` into portal-web/target/payara)");
        requireFile(war, "portal WAR (built by `mvn package`)");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nocluster",
                "--disablephonehome"));
        // The portal's server settings (compression), as the Docker image applies them too.
        String preBoot = System.getProperty("minping.payara.preboot");
        if (preBoot != null) {
            requireFile(Path.of(preBoot), "Payara pre-boot commands (portal-web/src/main/payara)");
            command.addAll(List.of("--prebootcommandfile", preBoot));
        }
        command.addAll(payaraOptions);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PayaraMicroProcess(process, log, port);
    }

    /**
     * Waits until the application itself answers 200 at {@code path}; Payara prints "ready" even
     * when the deployment failed, so only an application URL counts.
     */
    public void awaitReady(String path, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create(baseUrl() + path);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (deploymentFailed()) {
                throw new IllegalStateException("the portal failed to deploy:\n" + logTail());
            }
            if (bootFailed()) {
                throw new IllegalStateException("Payara Micro failed to start:\n" + logTail());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("the portal did not answer 200 at " + uri + " within " + timeout + ":\n" + logTail());
    }

    /** Payara keeps running after a failed deployment; its log says so. */
    private boolean deploymentFailed() {
        try {
            return Files.readString(log).contains("Exception while loading the app");
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Payara Micro gave up booting and hangs without serving: now and then its parallel start-up
     * trips over itself (a ConcurrentModificationException in HK2), whatever the application.
     */
    public boolean bootFailed() {
        try {
            return Files.readString(log).contains("Failed to start, exiting");
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Process process() {
        return process;
    }

    public Path log() {
        return log;
    }

    /** The whole server log so far. */
    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The last lines Payara wrote, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, so Payara can finish in-flight requests; a hard kill only if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + what + ": " + file);
        }
    }
}
