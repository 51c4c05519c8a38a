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
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
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

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoAccounts) {
            LOG.warning("minping.demo.accounts=true: creating the demo accounts with published passwords;"
                    + " never enable this in production");
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(new RedactStoredComments())
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
