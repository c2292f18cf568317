package cn.xj.titlereview.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One throw-away database on the MySQL-family server per test run: created on first use,
 * dropped when the JUnit launcher session closes ({@link MariaDbTestSessionListener}).
 * Server, user and password come from TEST_MYSQL_HOST/PORT/USER/PASSWORD (defaults: the local
 * MariaDB at 127.0.0.1:3306, root, empty password). An unreachable server fails the tests.
 */
public final class MariaDbTestDatabase {

    private static final String HOST = env("TEST_MYSQL_HOST", "127.0.0.1");
    private static final String PORT = env("TEST_MYSQL_PORT", "3306");
    private static final String USER = env("TEST_MYSQL_USER", "root");
    private static final String PASSWORD = env("TEST_MYSQL_PASSWORD", "");
    private static final String OPTIONS = "useUnicode=true&characterEncoding=utf8&sendFractionalSeconds=false"
            + "&nullDatabaseMeansCurrent=true&serverTimezone=UTC";

    private static String databaseName;

    private MariaDbTestDatabase() {
    }

    /** Creates the database on first call; the JDBC URL of it. */
    public static synchronized String url() {
        if (databaseName == null) {
            String name = "titlereview_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            databaseName = name;
        }
        return urlOf(databaseName);
    }

    public static String urlOf(String database) {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/" + database + "?" + OPTIONS;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    public static synchronized String databaseName() {
        return databaseName;
    }

    static synchronized void dropIfCreated() {
        if (databaseName != null) {
            execute("DROP DATABASE IF EXISTS " + databaseName);
            databaseName = null;
        }
    }

    public static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(urlOf(""), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    无法连接测试用的 MySQL/MariaDB 服务器 %s:%s（用户 %s）：%s
                    These tests need a MySQL-family server. Start the local MariaDB with
                      start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
                    or point TEST_MYSQL_HOST / TEST_MYSQL_PORT / TEST_MYSQL_USER / TEST_MYSQL_PASSWORD at a server."""
                    .formatted(HOST, PORT, USER, e.getMessage()), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Points the Spring context at the test database (highest precedence). */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + url(),
                    "spring.datasource.username=" + USER,
                    "spring.datasource.password=" + PASSWORD
            ).applyTo(context.getEnvironment());
        }
    }
}
