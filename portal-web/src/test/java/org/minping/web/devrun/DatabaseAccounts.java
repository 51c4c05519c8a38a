package org.minping.web.devrun;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two database accounts a MinPing schema is run with: an owner that applies the migrations
 * (DDL, triggers, procedures) and the portal's runtime account, which may read and write rows but
 * can neither change the schema nor drop the triggers that keep the audit chain append-only.
 * The run command and the integration tests make them the same way, so the tests prove the portal
 * works with the runtime account's rights alone.
 *
 * @param schema the database (schema) name
 * @param owner the account that runs the migrations
 * @param runtime the account the portal's data source uses
 */
public record DatabaseAccounts(String schema, Account owner, Account runtime) {

    /** A user name and its password. */
    public record Account(String user, String password) {
        public Account {
            requireIdentifier(user, "user");
            requireHex(password);
        }
    }

    /**
     * What the portal's runtime account may do: rows, not the schema. No TRIGGER, ALTER, DROP or
     * CREATE: the audit chain's triggers stay in place whatever the portal is made to run.
     */
    static final String RUNTIME_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, EXECUTE";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{24,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public DatabaseAccounts {
        requireIdentifier(schema, "schema");
    }

    /** Fresh accounts for a schema, each with a random 192-bit password. */
    public static DatabaseAccounts generate(String schema, String ownerUser, String runtimeUser) {
        return new DatabaseAccounts(schema, new Account(ownerUser, newPassword()), new Account(runtimeUser, newPassword()));
    }

    static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The statements that create the schema and both accounts for connections from {@code hosts},
     * or bring existing ones to these passwords and rights; safe to run again. Names and passwords
     * are checked to be plain identifiers and hex, so they can be written into the statements.
     */
    public List<String> setUpStatements(List<String> hosts) {
        List<String> statements = new ArrayList<>();
        statements.add("CREATE DATABASE IF NOT EXISTS " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        for (String host : hosts) {
            for (Account account : List.of(owner, runtime)) {
                String name = "'" + account.user() + "'@'" + host + "'";
                statements.add("CREATE USER IF NOT EXISTS " + name + " IDENTIFIED BY '" + account.password() + "'");
                statements.add("ALTER USER " + name + " IDENTIFIED BY '" + account.password() + "'");
            }
            statements.add("GRANT ALL PRIVILEGES ON " + schema + ".* TO '" + owner.user() + "'@'" + host + "'");
            statements.add("GRANT " + RUNTIME_PRIVILEGES + " ON " + schema + ".* TO '" + runtime.user() + "'@'" + host + "'");
        }
        return statements;
    }

    /** The statements that remove the schema and both accounts. */
    public List<String> tearDownStatements(List<String> hosts) {
        List<String> statements = new ArrayList<>();
        statements.add("DROP DATABASE IF EXISTS " + schema);
        for (String host : hosts) {
            statements.add("DROP USER IF EXISTS '" + owner.user() + "'@'" + host + "'");
            statements.add("DROP USER IF EXISTS '" + runtime.user() + "'@'" + host + "'");
        }
        return statements;
    }

    private static void requireIdentifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a lower-case identifier of at most 32 characters: " + value);
        }
    }

    private static void requireHex(String password) {
        if (password == null || !HEX.matcher(password).matches()) {
            throw new IllegalArgumentException("a generated password is 24 to 128 hex digits");
        }
    }
}
