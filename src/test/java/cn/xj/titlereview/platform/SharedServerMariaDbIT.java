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

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

import cn.xj.titlereview.TitleReviewApplication;
import cn.xj.titlereview.support.MariaDbTestDatabase;

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

    private static ConfigurableApplicationContext product;

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
        product = new SpringApplicationBuilder(TitleReviewApplication.class)
                .profiles("mysql")
                .run("--spring.datasource.url=" + plainUrl,
                        "--spring.datasource.username=" + MariaDbTestDatabase.user(),
                        "--spring.datasource.password=" + MariaDbTestDatabase.password(),
                        "--server.port=0",
                        "--spring.quartz.auto-startup=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--titlereview.demo-data.enabled=false",
                        "--titlereview.attachments.dir=target/test-attachments",
                        "--logging.level.root=WARN",
                        // TEST-ONLY key, as in test.properties: the mysql profile refuses to start without one
                        "--titlereview.crypto.id-number-key=7NGE4EuM0xU1OwXoLJuOOdBRWljf/pqhJ5n4zOS0xL8=");
    }

    @AfterAll
    static void dropBothSchemas() {
        try {
            if (product != null) {
                product.close();
            }
        } finally {
            MariaDbTestDatabase.execute("DROP DATABASE IF EXISTS " + OWN);
            MariaDbTestDatabase.execute("DROP DATABASE IF EXISTS " + OTHER);
        }
    }

    @Test
    void theProductStartsOnItsOwnSchemaWithAPlainUrlAndCreatesCamundasTablesThere() throws SQLException {
        ProcessEngine engine = product.getBean(ProcessEngine.class);
        // the engine works on its own tables: the notices' processes are deployed into this schema
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("notice-2024-xj-senior-five-series").count()).isPositive();
        assertThat(tables(OWN, "ACT_%")).as("Camunda's tables in the product's schema")
                .isGreaterThanOrEqualTo(tables(OTHER, "ACT_%"));
        assertThat(tables(OWN, "flyway_schema_history")).isEqualTo(1);
        // the neighbour is left as it was: Camunda's tables only, none of the product's, no deployment
        assertThat(tables(OTHER, "flyway_schema_history")).isZero();
        try (Connection other = connect(OTHER, new Properties()); Statement statement = other.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ACT_RE_PROCDEF")) {
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
    }

    @Test
    void theProfilesDriverPropertiesKeepTheTableCheckToTheSchemaOfTheUrl() throws SQLException {
        HikariDataSource pool = (HikariDataSource) product.getBean(DataSource.class);
        assertThat(pool.getJdbcUrl()).doesNotContain("?");
        assertThat(pool.getDataSourceProperties()).containsEntry("nullDatabaseMeansCurrent", "true")
                .containsEntry("sendFractionalSeconds", "false");
        // the check Camunda makes (catalog and schema null): through the pool, only the product's own table
        try (Connection connection = pool.getConnection();
             ResultSet found = connection.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", null)) {
            int count = 0;
            while (found.next()) {
                count++;
                assertThat(found.getString("TABLE_CAT")).isEqualTo(OWN);
            }
            assertThat(count).isEqualTo(1);
        }
        // the same check with the plain URL and without the profile's properties sees the neighbour's table too:
        // the trap the properties close
        try (Connection plain = connect(OWN, new Properties());
             ResultSet found = plain.getMetaData().getTables(null, null, "ACT_GE_PROPERTY", null)) {
            int count = 0;
            while (found.next()) {
                count++;
            }
            assertThat(count).isGreaterThanOrEqualTo(2);
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
