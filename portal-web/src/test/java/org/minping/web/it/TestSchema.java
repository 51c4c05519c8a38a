package org.minping.web.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.minping.web.devrun.DatabaseAccounts;

/**
 * A fresh schema with its owner and runtime accounts on the test MySQL/MariaDB, for one portal (or
 * several portals in turn) and dropped with its accounts when closed.
 */
public final class TestSchema implements AutoCloseable {

    private static final List<String> HOSTS = List.of("localhost", "127.0.0.1", "%");

    private final DatabaseAccounts accounts;

    private TestSchema(DatabaseAccounts accounts) {
        this.accounts = accounts;
    }

    /** Creates the schema and its accounts, each with a random name suffix and password. */
    public static TestSchema create() throws SQLException {
        String suffix = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        // The owner runs the migrations, the portal runs with row rights only, as in production.
        DatabaseAccounts accounts = DatabaseAccounts.generate("minping_it_" + suffix, "minping_own_" + suffix,
                "minping_it_" + suffix);
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            for (String statement : accounts.setUpStatements(HOSTS)) {
                sql.execute(statement);
            }
        }
        return new TestSchema(accounts);
    }

    public DatabaseAccounts accounts() {
        return accounts;
    }

    /** The JDBC URL the portal uses. */
    public String url() {
        return serverUrl() + accounts.schema();
    }

    /** A connection with the test's administrative rights, on this schema: for checking what was stored. */
    public Connection connection() throws SQLException {
        Connection connection = adminConnection();
        connection.setCatalog(accounts.schema());
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            for (String statement : accounts.tearDownStatements(HOSTS)) {
                sql.execute(statement);
            }
        }
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(serverUrl(), System.getProperty("minping.test.db.user", "root"),
                System.getProperty("minping.test.db.password", ""));
    }

    private static String serverUrl() {
        return System.getProperty("minping.test.db.url", "jdbc:mysql://127.0.0.1:3306/");
    }
}
