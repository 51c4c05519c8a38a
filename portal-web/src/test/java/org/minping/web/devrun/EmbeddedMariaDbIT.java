package org.minping.web.devrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The run command's embedded MariaDB lets in only the accounts it made, with the passwords it
 * generated and keeps private (security finding: it used to start without grant tables, so any
 * local user with any name read every secret and could drop the audit chain's triggers).
 */
class EmbeddedMariaDbIT {

    @Test
    @DisplayName("Finding 1: the embedded database admits only its generated accounts, passwords on no command line")
    void onlyTheGeneratedAccountsGetInAndThePortalsAccountCannotChangeTheSchema() throws Exception {
        Path home = EmbeddedMariaDb.newTestHome(Path.of(System.getProperty("minping.test.workdir", "target/it")), "embedded-");
        try {
            startsChecksPasswordsAndRestartsOnItsData(home);
        } finally {
            EmbeddedMariaDb.deleteHome(home);
        }
    }

    private static void startsChecksPasswordsAndRestartsOnItsData(Path home) throws Exception {
        Path credentials = home.resolve("embedded-database.properties");
        int port = freePort();
        DatabaseAccounts accounts;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home.resolve("mariadb"), port)) {
            accounts = db.prepare(credentials);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("mariadb"))));
            String url = db.url();
            try (Connection owner = DriverManager.getConnection(url, accounts.owner().user(), accounts.owner().password());
                 var sql = owner.createStatement()) {
                sql.execute("CREATE TABLE restart_probe (note VARCHAR(64) NOT NULL)");
                sql.execute("INSERT INTO restart_probe (note) VALUES ('written before the restart')");
            }

            for (String[] stranger : List.of(new String[] {"root", ""}, new String[] {"root", "root"},
                    new String[] {"anyone", "anything"}, new String[] {"", ""},
                    new String[] {accounts.runtime().user(), "wrong-password"})) {
                assertThrows(SQLException.class, () -> DriverManager.getConnection(url, stranger[0], stranger[1]).close(),
                        "let in as '" + stranger[0] + "'");
            }

            try (Connection owner = DriverManager.getConnection(url, accounts.owner().user(), accounts.owner().password());
                 Statement sql = owner.createStatement()) {
                sql.execute("CREATE TABLE guarded (id INT PRIMARY KEY)");
                sql.execute("CREATE TRIGGER guarded_no_update BEFORE UPDATE ON guarded FOR EACH ROW "
                        + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only'");
                sql.execute("INSERT INTO guarded VALUES (1)");
            }
            try (Connection runtime = DriverManager.getConnection(url, accounts.runtime().user(), accounts.runtime().password());
                 Statement sql = runtime.createStatement()) {
                sql.execute("INSERT INTO guarded VALUES (2)");
                assertThrows(SQLException.class, () -> sql.execute("DROP TRIGGER guarded_no_update"));
                assertThrows(SQLException.class, () -> sql.execute("DROP TABLE guarded"));
                assertThrows(SQLException.class, () -> sql.execute("SELECT * FROM mysql.global_priv"));
            }
            String dataDir = home.resolve("mariadb").resolve("data").toString();
            List<String> servers = ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                    .filter(line -> line.contains("mariadbd") && line.contains(dataDir)).toList();
            assertEquals(1, servers.size(), servers.toString());
            // Checked from its first moment, not only once the accounts are made.
            assertFalse(servers.get(0).contains("--skip-grant-tables"), servers.get(0));
            for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
                String commandLine = process.info().commandLine().orElse("");
                assertFalse(commandLine.contains(accounts.runtime().password()) || commandLine.contains(accounts.owner().password()),
                        "a password is on the command line of " + commandLine);
            }
        }

        // Started again on its data, its accounts and rows are there before anything is set up
        // again, and it takes the same passwords from the file.
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home.resolve("mariadb"), port)) {
            try (Connection owner = DriverManager.getConnection(db.url(), accounts.owner().user(), accounts.owner().password());
                 var rows = owner.createStatement().executeQuery("SELECT note FROM restart_probe")) {
                assertTrue(rows.next(), "the data survived the restart");
                assertEquals("written before the restart", rows.getString(1));
            }
            assertEquals(accounts, db.prepare(credentials));
            try (Connection runtime = DriverManager.getConnection(db.url(), accounts.runtime().user(), accounts.runtime().password())) {
                assertTrue(runtime.isValid(5));
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
