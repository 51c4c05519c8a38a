package org.minping.web.devrun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The README's run command: starts the portal on http://localhost:8080 with migrations, seed data
 * and demo accounts, on the MySQL named by MINPING_DB_URL or else on an embedded MariaDB with its
 * data under ~/.minping, and runs until Ctrl-C.
 */
public final class MinPingLauncher {

    private static final String[][] DEMO_ACCOUNTS = {
            {"citizen", "citizen-demo", "群众 citizen"},
            {"evaluator", "evaluator-demo", "第三方评估 evaluator"},
            {"expert", "expert-demo", "专家 expert"},
            {"agency", "agency-demo", "机关人员（杭州市） agency staff"},
            {"moderator", "moderator-demo", "审核员 moderator"},
            {"admin", "admin-demo", "管理员 administrator"},
            {"auditor", "auditor-demo", "监察员 auditor"},
    };

    private MinPingLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("user.home"), ".minping");
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        int port = Integer.parseInt(env("MINPING_PORT", "8080"));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("minping.demo.accounts", "true");
        properties.put("minping.public-url", env("MINPING_PUBLIC_URL", "http://localhost:" + port + "/"));

        // Secrets reach Payara through its environment, which only this user can read, never as
        // -D options, which every local user sees in the process list.
        Map<String, String> secrets = new LinkedHashMap<>();
        EmbeddedMariaDb embedded = null;
        if (System.getenv("MINPING_DB_URL") == null) {
            int dbPort = Integer.parseInt(env("MINPING_EMBEDDED_DB_PORT", "3307"));
            Path credentials = home.resolve("embedded-database.properties");
            System.out.println("MINPING_DB_URL is not set: starting the embedded MariaDB on 127.0.0.1:" + dbPort
                    + " with its data in " + home.resolve("mariadb") + " and its generated passwords in " + credentials);
            embedded = EmbeddedMariaDb.start(home.resolve("mariadb"), dbPort);
            DatabaseAccounts accounts = embedded.prepare(credentials);
            properties.put("minping.db.url", embedded.url());
            properties.put("minping.db.user", accounts.runtime().user());
            properties.put("minping.db.migration-user", accounts.owner().user());
            secrets.put("MINPING_DB_PASSWORD", accounts.runtime().password());
            secrets.put("MINPING_DB_MIGRATION_PASSWORD", accounts.owner().password());
        } else {
            System.out.println("Using the database at MINPING_DB_URL (user MINPING_DB_USER)");
        }

        Path log = home.resolve("logs").resolve("payara.log");
        PayaraMicroProcess portal = PayaraMicroProcess.start(Path.of(System.getProperty("minping.payara.jar")),
                Path.of(System.getProperty("minping.war")), port, properties, secrets, log);
        EmbeddedMariaDb database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(portal, database), "minping-shutdown"));

        System.out.println("Starting Payara Micro; its log is " + log);
        portal.awaitReady("/", Duration.ofMinutes(3));
        printBanner(portal.baseUrl());
        int exit = portal.process().waitFor();
        System.out.println("Payara Micro exited with " + exit + "; last lines of its log:\n" + portal.logTail());
    }

    private static void printBanner(String url) {
        StringBuilder banner = new StringBuilder("\n========================================================\n");
        banner.append(" MinPing 民评 is running at ").append(url).append("/\n");
        banner.append(" API: ").append(url).append("/api/v1/agencies   OpenAPI: ").append(url).append("/openapi\n");
        banner.append(" Demo accounts (log in at ").append(url).append("/login):\n");
        for (String[] account : DEMO_ACCOUNTS) {
            banner.append(String.format("   %-10s %-16s %s%n", account[0], account[1], account[2]));
        }
        banner.append(" Press Ctrl-C to stop.\n========================================================\n");
        System.out.println(banner);
    }

    private static void stop(PayaraMicroProcess portal, EmbeddedMariaDb database) {
        try {
            portal.close();
            if (database != null) {
                database.close();
            }
        } catch (Exception e) {
            System.err.println("while stopping: " + e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
