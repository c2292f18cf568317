package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.xj.titlereview.support.MariaDbIntegrationTest;
import cn.xj.titlereview.support.MariaDbTestDatabase;

/** The application contract on the MySQL-family server with the production profile. */
@MariaDbIntegrationTest
class ApplicationMariaDbIT extends ApplicationRoundTripContract {

    @Test
    void applicationTablesAreUtf8mb4() {
        Integer notUtf8mb4 = jdbc.queryForObject("""
                SELECT COUNT(*) FROM information_schema.tables
                WHERE table_schema = ? AND (table_name LIKE 'application%' OR table_name = 'attachment')
                  AND table_collation NOT LIKE 'utf8mb4%'""", Integer.class, MariaDbTestDatabase.databaseName());
        assertThat(notUtf8mb4).isZero();
    }
}
