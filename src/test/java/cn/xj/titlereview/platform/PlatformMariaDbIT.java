package cn.xj.titlereview.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.xj.titlereview.support.MariaDbIntegrationTest;
import cn.xj.titlereview.support.MariaDbTestDatabase;

/** The platform contract on the MySQL-family server, plus what only that server can get wrong. */
@MariaDbIntegrationTest
class PlatformMariaDbIT extends PlatformContract {

    @Test
    void connectionsRunReadCommittedAsCamundaRequires() {
        String isolation = new JdbcTemplate(dataSource).queryForObject("select @@tx_isolation", String.class);
        assertThat(isolation).isEqualTo("READ-COMMITTED");
    }

    @Test
    void productDatabaseDefaultsToUtf8mb4() {
        String charset = new JdbcTemplate(dataSource).queryForObject(
                "select default_character_set_name from information_schema.schemata where schema_name = database()",
                String.class);
        assertThat(charset).isEqualTo("utf8mb4");
    }

    @Test
    void camundaTablesLiveInThisRunsOwnDatabase() {
        Integer tables = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from information_schema.tables where table_schema = ? and table_name = 'ACT_RU_TASK'",
                Integer.class, MariaDbTestDatabase.databaseName());
        assertThat(tables).isEqualTo(1);
    }
}
