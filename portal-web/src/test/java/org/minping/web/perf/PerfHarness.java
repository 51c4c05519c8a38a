package org.minping.web.perf;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.minping.core.shared.Sha256;
import org.minping.web.devrun.DatabaseAccounts;
import org.minping.web.devrun.EmbeddedMariaDb;
import org.minping.web.devrun.PayaraMicroProcess;
import org.minping.web.perf.HttpConnection.Request;

/**
 * The load harness (perf/README.md): starts a MariaDB of its own with durable commits (flush at
 * commit, binary log synced at commit) and the portal on one Payara Micro from the build, seeds an
 * intake system's token, and measures side by side in one run, on loopback only:
 * <ol>
 *   <li>the most a trivial JAX-RS POST (the baseline) and a citizen appraisal POST reach with the
 *       server never idle, with the database's statement counts and each process's CPU time per
 *       appraisal;</li>
 *   <li>both at a fixed rate (open model, latency from when each request was due);</li>
 *   <li>public reads: the agency page at 50 concurrent users and the agency API.</li>
 * </ol>
 * Then it checks that every 201 is a stored appraisal and that the kept cube equals a fresh
 * aggregation, and writes the report to portal-web/target/perf.
 *
 * <p>Settings (system properties): perf.seconds (each measurement, default 20), perf.rate (the
 * fixed rate, default 1000), perf.callers (closed-model callers, default 32), perf.connections (the open
 * model's connections, default 64), perf.jfr (true records a
 * flight of the portal during the appraisal load).
 */
public final class PerfHarness {

    private static final int DB_PORT = 3319;
    private static final int PORTAL_PORT = 8190;
    private static final Set<Integer> CREATED = Set.of(201);
    private static final Set<Integer> OK = Set.of(200);

    private final Duration measure = Duration.ofSeconds(Long.getLong("perf.seconds", 20));
    private final double rate = Double.parseDouble(System.getProperty("perf.rate", "1000"));
    private final int callers = Integer.getInteger("perf.callers", 32);
    private final int connections = Integer.getInteger("perf.connections", 64);
    private final boolean flight = Boolean.getBoolean("perf.jfr");
    private final Path out = Path.of(System.getProperty("perf.out", "target/perf"));
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final StringBuilder report = new StringBuilder();

    private String baseUrl;
    private Path dataDirectory;
    private String token;
    private List<Form> forms;

    private PerfHarness() {
    }

    public static void main(String[] args) throws Exception {
        new PerfHarness().run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        Path home = Path.of(System.getProperty("user.home"), ".cache", "minping", "perf", "db");
        if (Files.exists(home)) {
            EmbeddedMariaDb.deleteHome(home);
        }
        List<String> durable = List.of("--log-bin=minping-bin", "--server-id=1", "--log-bin-trust-function-creators=1", "--binlog-format=ROW", "--sync-binlog=1",
                "--innodb-flush-log-at-trx-commit=1", "--innodb-buffer-pool-size=1G", "--max-connections=400", "--innodb-print-all-deadlocks=1");
        dataDirectory = home.resolve("data");
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(home, DB_PORT, durable)) {
            DatabaseAccounts accounts = database.prepare(home.resolveSibling("db-credentials.properties"));
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("minping.db.url", database.url());
            properties.put("minping.db.user", accounts.runtime().user());
            properties.put("minping.db.migration-user", accounts.owner().user());
            properties.put("minping.public-url", "http://localhost:" + PORTAL_PORT + "/");
            properties.put("minping.perf.baseline", "true");
            // The load comes from one address and one intake system: the per-network and per-system
            // limits would refuse it, and the velocity rule would hold it for moderators.
            properties.put("minping.intake.per-network", "100000000");
            properties.put("minping.intake.per-system", "100000000");
            properties.put("minping.velocity.per-network", "100000000");
            Map<String, String> secrets = Map.of("MINPING_DB_PASSWORD", accounts.runtime().password(),
                    "MINPING_DB_MIGRATION_PASSWORD", accounts.owner().password());
            List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
            if (flight) {
                jvm.add("-XX:FlightRecorderOptions:stackdepth=256");
            }
            Path recording = out.resolve("portal-" + runId + ".jfr").toAbsolutePath();
            long startedAt = System.nanoTime();
            try (PayaraMicroProcess portal = PayaraMicroProcess.start(Path.of(System.getProperty("minping.payara.jar")),
                    Path.of(System.getProperty("minping.war")), PORTAL_PORT, properties, secrets, out.resolve("payara.log"),
                    List.of(), jvm)) {
                portal.awaitReady("/health/ready", Duration.ofMinutes(3));
                double startSeconds = (System.nanoTime() - startedAt) / 1e9;
                baseUrl = portal.baseUrl();
                try (Connection sql = DriverManager.getConnection(database.url(), accounts.owner().user(), accounts.owner().password())) {
                    token = issueIntakeToken(sql);
                    forms = readForms();
                    measure(portal, sql, startSeconds, recording);
                }
            }
        }
        Path file = out.resolve("report-" + runId + ".md");
        Files.writeString(file, report);
        System.out.println("\n" + report + "\nReport written to " + file.toAbsolutePath());
    }

    private void measure(PayaraMicroProcess portal, Connection sql, double startSeconds, Path recording) throws Exception {
        line("# MinPing load harness, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        line("");
        line(String.format("Start-up to ready (Payara Micro + migrations + deployment): %.1f s", startSeconds));
        line("Durability: " + durability(sql));
        line(String.format("Each measurement %d s after a warm-up; closed model %d callers; %d cores", measure.toSeconds(), callers,
                Runtime.getRuntime().availableProcessors()));
        line("");
        {
            LoadGenerator load = new LoadGenerator(PORTAL_PORT);
            warmUp(load);
            List<LoadResult> results = new ArrayList<>();
            ProcessCpu cpu = new ProcessCpu(Map.of(ProcessCpu.PORTAL, portal.process().pid(),
                    ProcessCpu.DATABASE, ProcessCpu.pidOf("perf/db", "--port=" + DB_PORT),
                    ProcessCpu.GENERATOR, ProcessHandle.current().pid()));

            results.add(cpu.measure(() -> load.saturate("baseline POST", baseline(), CREATED, callers, measure)));
            Map<String, Long> before = DatabaseCounters.read(sql);
            long binlogBefore = binaryLogBytes();
            long storedBefore = count(sql, "SELECT COUNT(*) FROM appraisal");
            if (flight) {
                jcmd(portal.process().pid(), "JFR.start", "name=perf", "settings=profile", "filename=" + recording);
            }
            LoadResult appraisals = cpu.measure(() -> load.saturate("appraisal POST", appraisal("s"), CREATED, callers, measure));
            if (flight) {
                jcmd(portal.process().pid(), "JFR.stop", "name=perf");
            }
            Map<String, Long> after = DatabaseCounters.read(sql);
            long binlogAfter = binaryLogBytes();
            results.add(appraisals);
            results.add(cpu.measure(() -> load.fixedRate("baseline POST", baseline(), CREATED, rate, measure, connections)));
            results.add(cpu.measure(() -> load.fixedRate("appraisal POST", appraisal("r"), CREATED, rate, measure, connections)));
            results.add(cpu.measure(() -> load.saturate("GET /agency?code=HZ (page)", get("/agency?code=HZ"), OK, 50, measure)));
            results.add(cpu.measure(() -> load.saturate("GET /api/v1/agencies/HZ", get("/api/v1/agencies/HZ"), OK, callers, measure)));

            line("## Throughput and latency");
            line("");
            report.append(LoadResult.tableHeader());
            results.forEach(result -> report.append(result.tableRow()));
            line("");
            double ratio = appraisals.throughput() / results.get(0).throughput();
            line(String.format("Durable appraisal POSTs at saturation: %.1f%% of the trivial POST on the same Payara.", 100 * ratio));
            line("");
            results.stream().filter(result -> result.errors() > 0).forEach(result -> line("- errors of " + result.name() + " ("
                    + result.model() + "): " + result.outcomes() + "; first: " + result.firstError()));
            long answered = appraisals.answered();
            line("");
            line("## Where an appraisal's time goes (the saturation run, per answered appraisal)");
            line("");
            line("| counter | per appraisal |");
            line("|---|---:|");
            DatabaseCounters.difference(before, after).forEach((counter, delta) ->
                    line(String.format("| %s | %.2f |", counter, delta / (double) answered)));
            appraisals.cpuMillis().forEach((process, millis) ->
                    line(String.format("| CPU ms, %s | %.3f |", process, millis / (double) answered)));
            line("");
            long stored = count(sql, "SELECT COUNT(*) FROM appraisal") - storedBefore;
            long acknowledged = results.stream().filter(result -> result.name().equals("appraisal POST")).mapToLong(LoadResult::answered).sum();
            line(String.format("Acknowledged (201) appraisals: %,d; stored: %,d", acknowledged, stored));
            line("Kept cube equals a fresh aggregation: " + CubeCheck.keptEqualsFresh(sql));
            line(String.format("Binary log written per appraisal (saturation run): %,d bytes", (binlogAfter - binlogBefore) / Math.max(1, answered)));
            line("Storage per stored appraisal (InnoDB data and indexes after ANALYZE TABLE): " + storagePerAppraisal(sql));
            if (flight) {
                line("Flight recording of the appraisal saturation: " + recording);
            }
        }
    }

    private void warmUp(LoadGenerator load) throws InterruptedException {
        Duration warm = Duration.ofSeconds(Math.max(5, measure.toSeconds() / 2));
        load.saturate("warm-up", baseline(), CREATED, callers, warm);
        load.saturate("warm-up", appraisal("w"), CREATED, callers, warm);
        load.saturate("warm-up", get("/agency?code=HZ"), OK, 8, warm);
        load.saturate("warm-up", get("/api/v1/agencies/HZ"), OK, 8, warm);
    }

    private IntFunction<Request> baseline() {
        return i -> Request.of("POST", "/api/v1/perf/baseline", body(i, "s"), "Content-Type", "application/json");
    }

    /** Distinct keys and raters per request, spread over every agency, its services and the five levels. */
    private IntFunction<Request> appraisal(String phase) {
        return i -> Request.of("POST", "/api/v1/appraisals", body(i, phase),
                "Content-Type", "application/json",
                "Authorization", "Bearer " + token,
                "Idempotency-Key", "perf-" + runId + "-" + phase + "-" + i,
                "X-Device-Token", "perf-user-" + runId + "-" + phase + "-" + i);
    }

    private String body(int i, String phase) {
        Form form = forms.get(i % forms.size());
        var ratings = Json.createObjectBuilder();
        for (int k = 0; k < form.indicators().size(); k++) {
            ratings.add(form.indicators().get(k), 1 + (i + k) % 5);
        }
        return Json.createObjectBuilder()
                .add("agencyCode", form.agency())
                .add("serviceCode", form.services().get((i / forms.size()) % form.services().size()))
                .add("channel", "APP")
                .add("overall", 1 + (i / 7) % 5)
                .add("ratings", ratings)
                .add("comment", "办理顺利 " + phase + i)
                .add("respondent", Json.createObjectBuilder().add("region", List.of("ZJ", "BJ", "GD", "SC", "FJ").get(i % 5))
                        .add("ageBand", List.of("18-29", "30-44", "45-59", "60+").get((i / 5) % 4)))
                .build().toString();
    }

    private IntFunction<Request> get(String path) {
        Request request = Request.of("GET", path, null);
        return i -> request;
    }

    private String issueIntakeToken(Connection sql) throws SQLException {
        String value = "mp_perf" + runId + Long.toHexString(Double.doubleToLongBits(Math.random()));
        try (PreparedStatement insert = sql.prepareStatement("INSERT INTO api_token (name, scope, token_sha256, created_by, created_at)"
                + " VALUES ('load harness', 'intake', ?, 'perf', NOW())")) {
            insert.setString(1, Sha256.hex(value));
            insert.executeUpdate();
        }
        return value;
    }

    /** Every agency's appraisal form, as an app would read it: its services and rateable indicators. */
    private List<Form> readForms() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        JsonArray agencies = Json.createReader(new StringReader(client.send(HttpRequest.newBuilder(
                URI.create(baseUrl + "/api/v1/agencies")).build(), HttpResponse.BodyHandlers.ofString()).body())).readArray();
        List<Form> list = new ArrayList<>();
        for (JsonValue value : agencies) {
            String code = value.asJsonObject().getString("code");
            JsonObject form = Json.createReader(new StringReader(client.send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/api/v1/agencies/" + code + "/form")).build(), HttpResponse.BodyHandlers.ofString()).body()))
                    .readObject();
            List<String> services = form.getJsonArray("services").stream().map(s -> s.asJsonObject().getString("code")).toList();
            List<String> indicators = form.getJsonArray("indicators").stream().map(s -> s.asJsonObject().getString("code")).toList();
            if (!services.isEmpty()) {
                list.add(new Form(code, services, indicators));
            }
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("no agency with services to appraise");
        }
        return list;
    }

    private record Form(String agency, List<String> services, List<String> indicators) {
    }

    private static String durability(Connection sql) throws SQLException {
        try (var statement = sql.createStatement();
             ResultSet row = statement.executeQuery("SELECT @@innodb_flush_log_at_trx_commit, @@log_bin, @@sync_binlog, @@version")) {
            row.next();
            return "innodb_flush_log_at_trx_commit=" + row.getString(1) + ", log_bin=" + row.getString(2) + ", sync_binlog="
                    + row.getString(3) + " (MariaDB " + row.getString(4) + ")";
        }
    }

    /** The binary log's files, read from the data directory: the portal's own accounts may not ask the server. */
    private long binaryLogBytes() throws IOException {
        try (var files = Files.list(dataDirectory)) {
            return files.filter(file -> file.getFileName().toString().matches("minping-bin\\.[0-9]+"))
                    .mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** Bytes per appraisal of the tables that grow with each one, as InnoDB counts its pages. */
    private static String storagePerAppraisal(Connection sql) throws SQLException {
        List<String> tables = List.of("appraisal", "appraisal_rating", "idempotency_record", "follow_up");
        long appraisals = count(sql, "SELECT COUNT(*) FROM appraisal");
        StringBuilder parts = new StringBuilder();
        long total = 0;
        try (var statement = sql.createStatement()) {
            statement.execute("ANALYZE TABLE " + String.join(", ", tables));
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("SELECT data_length + index_length FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_name = '" + table + "'")) {
                    row.next();
                    long bytes = row.getLong(1);
                    total += bytes;
                    parts.append(String.format("%s %,d; ", table, bytes / Math.max(1, appraisals)));
                }
            }
        }
        return String.format("%,d bytes (%s%,d appraisals)", total / Math.max(1, appraisals), parts, appraisals);
    }

    private static long count(Connection sql, String query) throws SQLException {
        try (var statement = sql.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        new ProcessBuilder(line).inheritIO().start().waitFor();
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
