package org.minping.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.sql.SQLException;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the portal's data source from configuration and brings the schema up to date before
 * the first request: the WAR needs no server-side set-up.
 *
 * <p>Connector/J settings on the URL keep server-side file reads and Java deserialization off
 * whatever the operator's URL says, since later properties win.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/minping",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=minping.db.url}",
        user = "${MPCONFIG=minping.db.user}",
        password = "${MPCONFIG=minping.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "allowLoadLocalInfile=false",
                "autoDeserialize=false",
                "allowUrlInLocalInfile=false",
                "characterEncoding=UTF-8",
                // A pooled connection is checked with a round trip (SELECT '1') before use; when one
                // fails, the whole pool is dropped, so after a database restart the portal recovers
                // on its own instead of failing on each stale connection in turn.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                // At most once every five seconds per connection: validating each time a request
                // takes a connection cost a round trip per transaction (docs/BENCHMARKS.md, intake).
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                // Connector/J answers from what it knows of the session instead of asking the server
                // (autocommit, isolation), and keeps prepared statements' parses per connection.
                "useLocalSessionState=true",
                "cacheServerConfiguration=true",
                "cachePrepStmts=true",
                "prepStmtCacheSize=250",
                "prepStmtCacheSqlLimit=2048",
                "rewriteBatchedStatements=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSetup {

    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    @Resource(lookup = "java:app/jdbc/minping")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "minping.demo.accounts", defaultValue = "false")
    boolean demoAccounts;

    @Inject
    @ConfigProperty(name = "minping.db.url")
    String url;

    /**
     * The account that owns the schema and runs the migrations; without it the portal's own
     * account does (and then holds DDL rights at run time, which lets whoever controls the portal
     * drop the audit chain's triggers).
     */
    @Inject
    @ConfigProperty(name = "minping.db.migration-user")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "minping.db.migration-password")
    Optional<String> migrationPassword;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoAccounts) {
            LOG.warning("minping.demo.accounts=true: creating the demo accounts with published passwords;"
                    + " never enable this in production");
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(migrationDataSource())
                .locations(locations.toArray(String[]::new))
                .javaMigrations(new RedactStoredComments())
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private DataSource migrationDataSource() {
        if (migrationUser.isEmpty()) {
            LOG.warning("minping.db.migration-user is not set: the portal's runtime account applies the migrations"
                    + " and so holds DDL rights; give migrations an account of their own in production");
            return dataSource;
        }
        MysqlDataSource owner = new MysqlDataSource();
        owner.setURL(url);
        owner.setUser(migrationUser.get());
        owner.setPassword(migrationPassword.orElseThrow(() -> new IllegalStateException(
                "minping.db.migration-password must be set with minping.db.migration-user")));
        try {
            // The same refusals as the runtime data source, whatever the URL says.
            owner.setAllowLoadLocalInfile(false);
            owner.setAllowUrlInLocalInfile(false);
            owner.setCharacterEncoding("UTF-8");
        } catch (SQLException e) {
            throw new IllegalStateException("the migration data source could not be configured", e);
        }
        return owner;
    }
}
