package cn.xj.titlereview.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import cn.xj.titlereview.support.MariaDbTestDatabase;
import cn.xj.titlereview.support.ProductProcess;

/**
 * The {@code mysql} profile on a shared server: another schema on it already holds Camunda's {@code ACT_}
 * tables (a test and a production schema side by side), and the product starts on a fresh schema of its
 * own with a plain URL ({@code jdbc:mysql://host:port/schema}, no options). What the profile needs of the
 * driver comes from its own driver properties, so Camunda's table check looks at this schema only, finds
 * no tables and creates them. Both schemas are dropped at the end.
 */
class SharedServerMariaDbIT {

    private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    /** The neighbour: Camunda's tables, from Camunda's own create scripts, and nothing of the product. */
    private static final String OTHER = "titlereview_other_" + SUFFIX;
    /** The product's schema, empty until it starts. */
    private static final String OWN = "titlereview_plain_" + SUFFIX;
    private static final String[] CAMUNDA_SCRIPTS = {"engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history"};

    private static ProductProcess product;

    @BeforeAll
    static void startOnASharedServer() throws Exception {
        MariaDbTestDatabase.execute("CREATE DATABASE " + OTHER + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        MariaDbTestDatabase.execute("CREATE DATABASE " + OWN + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try (Connection connection = connect(OTHER, new Properties()); Statement statement = connection.createStatement()) {
            for (String script : CAMUNDA_SCRIPTS) {
                for (String sql : camundaScript(script).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
        }
        String plainUrl = "jdbc:mysql://" + host() + "/" + OWN;
        // in a process of its own: a second product in the test JVM would take over the JVM-wide
        // registries of the engine and Quartz from the shared MariaDB test context
        product = ProductProcess.start("shared-server-" + SUFFIX,
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + plainUrl,
                "--spring.datasource.username=" + MariaDbTestDatabase.user(),
                "--spring.datasource.password=" + MariaDbTestDatabase.password(),
                "--titlereview.demo-data.enabled=false",
                "--titlereview.attachments.dir=target/test-attachments",
                "--logging.level.root=WARN",
                "--titlereview.crypto.id-number-key=" + ProductProcess.ID_NUMBER_KEY);
    }

    @AfterAll
    static void dropBothSchemas() {
        try {
            if (product != null) {
                product.stop();
            }
        } finally {
            MariaDbTestDatabase.execute("DROP DATABASE IF EXISTS " + OWN);
            MariaDbTestDatabase.execute("DROP DATABASE IF EXISTS " + OTHER);
        }
    }

    @Test
    void theProductStartsOnItsOwnSchemaWithAPlainUrlAndCreatesCamundasTablesThere() throws SQLException {
        // the engine works on its own tables: the notices' processes are deployed into this schema
        assertThat(count(OWN, "SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = 'notice-2024-xj-senior-five-series'"))
                .isPositive();
        assertThat(tables(OWN, "ACT_%")).as("Camunda's tables in the product's schema")
                .isGreaterThanOrEqualTo(tables(OTHER, "ACT_%"));
        assertThat(tables(OWN, "flyway_schema_history")).isEqualTo(1);
        // the neighbour is left as it was: Camunda's tables only, none of the product's, no deployment
        assertThat(tables(OTHER, "flyway_schema_history")).isZero();
        assertThat(count(OTHER, "SELECT COUNT(*) FROM ACT_RE_PROCDEF")).isZero();
    }

    @Test
    void withoutTheProfilesDriverPropertiesThePlainUrlsTableCheckWouldSeeTheNeighbour() throws SQLException {
        // the check Camunda makes (catalog and schema null) with the plain URL and no properties sees the
        // neighbour's table too: the trap the profile's properties close (the product above started)
        try (Connection plain = connect(OWN, new Properties());
             ResultSet found = plain.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", null)) {
            int count = 0;
            while (found.next()) {
                count++;
            }
            assertThat(count).isGreaterThanOrEqualTo(2);
        }
        // with the property the profile sets, only the product's own
        Properties profiles = new Properties();
        profiles.setProperty("nullDatabaseMeansCurrent", "true");
        try (Connection scoped = connect(OWN, profiles);
             ResultSet found = scoped.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", null)) {
            int count = 0;
            while (found.next()) {
                count++;
                assertThat(found.getString("TABLE_CAT")).isEqualTo(OWN);
            }
            assertThat(count).isEqualTo(1);
        }
    }

    private static long count(String schema, String sql) throws SQLException {
        try (Connection connection = connect(schema, new Properties()); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long tables(String schema, String namePattern) throws SQLException {
        try (Connection connection = connect(OWN, new Properties());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                     + schema + "' AND table_name LIKE '" + namePattern + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(String schema, Properties properties) throws SQLException {
        properties.setProperty("user", MariaDbTestDatabase.user());
        properties.setProperty("password", MariaDbTestDatabase.password());
        return DriverManager.getConnection("jdbc:mysql://" + host() + "/" + schema, properties);
    }

    /** host:port of the test server, as the test database's URL names it. */
    private static String host() {
        String url = MariaDbTestDatabase.urlOf("x");
        return url.substring("jdbc:mysql://".length(), url.indexOf("/x?"));
    }

    private static String camundaScript(String part) throws IOException {
        String resource = "/org/camunda/bpm/engine/db/create/activiti.mysql.create." + part + ".sql";
        try (InputStream in = ProcessEngine.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            // without the comment lines (the licence header holds semicolons of its own)
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.stripLeading().startsWith("--")).collect(Collectors.joining("\n"));
        }
    }
}
