package cn.xj.titlereview.document.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * What documents read of the product's records, read only: the application row, its frozen
 * submissions, the decisions on them and the issued certificate. Read by table rather than through
 * the application module's classes, which documents only ever read and never change.
 */
@Component
public class DocumentRecords {

    public record ApplicationRow(String applicationNo, String applicantUserId, String status, int submissionCount,
                                 String noticeId, String series, String specialty, String level, String name,
                                 String unitCode) {
    }

    public record SnapshotRow(int version, String dataJson, Instant createdAt) {
    }

    public record DecisionRow(int snapshotVersion, String taskKey, String decision, Instant decidedAt) {
    }

    public record CertificateRow(String certificateNo, String applicationNo, String noticeId, String level,
                                 Instant issuedAt) {
    }

    private static final String APPLICATION_COLUMNS = "application_no, applicant_user_id, status, submission_count, "
            + "notice_id, series, specialty, level_code, person_name, employer_unit_code";

    private static final RowMapper<ApplicationRow> APPLICATION = (rs, i) -> new ApplicationRow(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));

    private final JdbcTemplate jdbc;

    public DocumentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ApplicationRow> application(String applicationNo) {
        return jdbc.query("SELECT " + APPLICATION_COLUMNS + " FROM application WHERE application_no = ?",
                APPLICATION, applicationNo).stream().findFirst();
    }

    /** The submitted applications of a notice (optionally of one unit), in the order they were created. */
    public List<ApplicationRow> submittedOf(String noticeId, String unitCode) {
        if (unitCode == null) {
            return jdbc.query("SELECT " + APPLICATION_COLUMNS + " FROM application WHERE notice_id = ? "
                    + "AND submission_count > 0 ORDER BY id", APPLICATION, noticeId);
        }
        return jdbc.query("SELECT " + APPLICATION_COLUMNS + " FROM application WHERE notice_id = ? "
                + "AND employer_unit_code = ? AND submission_count > 0 ORDER BY id", APPLICATION, noticeId, unitCode);
    }

    public Optional<SnapshotRow> snapshot(String applicationNo, int version) {
        return jdbc.query("SELECT snapshot_version, data_json, created_at FROM application_snapshot "
                        + "WHERE application_no = ? AND snapshot_version = ?",
                (rs, i) -> new SnapshotRow(rs.getInt(1), rs.getString(2), instant(rs, 3)),
                applicationNo, version).stream().findFirst();
    }

    /** In the order recorded. */
    public List<DecisionRow> decisions(String applicationNo) {
        return jdbc.query("SELECT snapshot_version, task_key, decision, decided_at FROM application_decision "
                        + "WHERE application_no = ? ORDER BY id",
                (rs, i) -> new DecisionRow(rs.getInt(1), rs.getString(2), rs.getString(3), instant(rs, 4)),
                applicationNo);
    }

    public Optional<CertificateRow> certificate(String applicationNo) {
        return jdbc.query("SELECT certificate_no, application_no, notice_id, level_code, issued_at "
                        + "FROM issued_certificate WHERE application_no = ?",
                (rs, i) -> new CertificateRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5)), applicationNo).stream().findFirst();
    }

    /** Instants are stored as UTC date-times (hibernate.jdbc.time_zone), whatever the JVM's zone. */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
