package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.support.CampaignRunner;

/**
 * After a declared application's campaign has run to its end (approved, certificate issued), no
 * table of the database, the engine's ACT_ tables included, holds the applicant's ID number in plain
 * text, in either spelling of the check character, nor its first 17 digits. Every column of every
 * table is read. Run on H2 ({@link NoPlaintextIdNumberH2Test}) and on the MySQL-family server
 * ({@link NoPlaintextIdNumberMariaDbIT}), which differ only in how they list their tables.
 */
abstract class NoPlaintextIdNumberContract {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService historyService;

    /** The base tables of the test database. */
    abstract List<String> tables(Connection connection) throws SQLException;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
    }

    @Test
    void noTableHoldsThePlainIdNumberAfterAFinishedCampaign() throws SQLException {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-09-02T02:00:00Z")));
        Api api = new Api(rest);
        String idNumber = idNumberEndingInX();
        String no = DeclaredApplications.submitted(api, json, idNumber);
        assertThat(api.get("hrbxj01", "/api/applications/" + no + "/id-number").getBody().path("idNumber").asText())
                .isEqualTo(idNumber);
        String status = new CampaignRunner(rest, engine).runToEnd(no);
        assertThat(status).isEqualTo("APPROVED");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(no).unfinished().count())
                .as("the campaign of %s has ended", no).isZero();

        List<String> scanned = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                scanned.add(table.toUpperCase());
                scan(connection, table, List.of(idNumber, idNumber.toLowerCase(), idNumber.substring(0, 17)), found);
            }
        }

        assertThat(scanned).contains("APPLICATION", "APPLICATION_SNAPSHOT", "AUDIT_EVENT", "ISSUED_CERTIFICATE",
                "ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_GE_BYTEARRAY", "ACT_HI_DETAIL", "ACT_HI_PROCINST",
                "ACT_HI_OP_LOG", "ACT_HI_COMMENT");
        assertThat(found).isEmpty();
    }

    private static String idNumberEndingInX() {
        while (true) {
            String candidate = ApplicationFixtures.freshIdNumber();
            if (candidate.endsWith("X")) {
                return candidate;
            }
        }
    }

    private static void scan(Connection connection, String table, List<String> secrets, List<String> found)
            throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select * from " + quoted(connection, table))) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int column = 1; column <= columns; column++) {
                    String text = text(rs, column);
                    for (String secret : secrets) {
                        if (text != null && text.contains(secret)) {
                            found.add(table + "." + rs.getMetaData().getColumnName(column));
                        }
                    }
                }
            }
        }
    }

    private static String quoted(Connection connection, String table) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        return quote + table + quote;
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.UTF_16);
        }
        if (value instanceof Blob blob) {
            byte[] bytes = blob.getBytes(1, (int) blob.length());
            return new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.UTF_16);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value.toString();
    }
}
