package cn.xj.titlereview.document.excel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A notice's applications in a scope, unit by unit and by id within a unit, read in pages of
 * {@link #PAGE_SIZE} by key (the last id seen): memory stays bounded however many rows there are,
 * no cursor is held open between pages, and the same SQL runs on H2 and MySQL.
 */
@Component
class ApplicationPages {

    static final int PAGE_SIZE = 500;
    private static final String COLUMNS = "id, application_no, person_name, employer_unit_code, series, specialty,"
            + " level_code, status, submission_count, process_instance_id, created_at, submitted_at, updated_at";

    private final JdbcTemplate jdbc;

    ApplicationPages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands each page to {@code page}, in order: units by code, then applications by id (a submitted
     * application always has its unit: the pre-check requires it).
     */
    void forEachPage(String noticeId, ExportScope scope, Consumer<List<ApplicationRow>> page) {
        List<Object> unitArgs = new ArrayList<>(List.of(noticeId));
        unitArgs.addAll(scope.parameters());
        List<String> units = jdbc.queryForList("select distinct employer_unit_code from application"
                + " where notice_id = ? and employer_unit_code is not null and status <> 'DRAFT' and (" + scope.condition() + ") order by 1",
                String.class, unitArgs.toArray());
        for (String unit : units) {
            long after = 0;
            while (true) {
                List<Object> args = new ArrayList<>(List.of(noticeId, unit));
                args.addAll(scope.parameters());
                args.add(after);
                List<ApplicationRow> rows = jdbc.query("select " + COLUMNS + " from application"
                        + " where notice_id = ? and employer_unit_code = ? and status <> 'DRAFT'"
                        + " and (" + scope.condition() + ") and id > ? order by id limit " + PAGE_SIZE,
                        (rs, i) -> row(rs), args.toArray());
                if (rows.isEmpty()) {
                    break;
                }
                page.accept(rows);
                after = rows.get(rows.size() - 1).id();
                if (rows.size() < PAGE_SIZE) {
                    break;
                }
            }
        }
    }

    private static ApplicationRow row(ResultSet rs) throws SQLException {
        return new ApplicationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                instant(rs, 11), instant(rs, 12), instant(rs, 13));
    }

    /** Written by Hibernate in UTC (hibernate.jdbc.time_zone), whatever the server's zone. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
