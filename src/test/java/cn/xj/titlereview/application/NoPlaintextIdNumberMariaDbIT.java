package cn.xj.titlereview.application;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import cn.xj.titlereview.support.MariaDbIntegrationTest;

/** The database dump check on the MySQL-family server: the base tables of this run's database. */
@MariaDbIntegrationTest
class NoPlaintextIdNumberMariaDbIT extends NoPlaintextIdNumberContract {

    @Override
    List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = database() and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
