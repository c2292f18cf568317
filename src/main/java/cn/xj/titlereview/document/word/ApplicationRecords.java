package cn.xj.titlereview.document.word;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.declaration.ApplicationForm;

/**
 * What a document needs of an application, read from the product's tables: the row (owner, status,
 * notice, unit) and the latest frozen submission ({@code application_snapshot}), never the working
 * copy the applicant may be revising.
 */
@Component
class ApplicationRecords {

    /** The application row. */
    record Row(String applicationNo, String applicantUserId, String status, String noticeId, String unitCode) {
    }

    /** The latest submission as frozen: the form with the ID number masked, and when. */
    record Submission(int version, Instant submittedAt, String idNumberMasked, ApplicationForm form) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ApplicationRecords(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Row> row(String applicationNo) {
        List<Row> rows = jdbc.query("select application_no, applicant_user_id, status, notice_id, employer_unit_code"
                        + " from application where application_no = ?",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                applicationNo);
        return rows.stream().findFirst();
    }

    Optional<Submission> latestSubmission(String applicationNo) {
        List<Submission> found = jdbc.query("select snapshot_version, created_at, data_json from application_snapshot"
                        + " where application_no = ? order by snapshot_version desc limit 1",
                (rs, i) -> submission(rs.getInt(1),
                        // written by Hibernate in UTC (hibernate.jdbc.time_zone), whatever the server's zone
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(3)),
                applicationNo);
        return found.stream().findFirst();
    }

    /** The unit recommended the application at least once (its review task completed with APPROVE). */
    boolean unitRecommended(String applicationNo) {
        Integer count = jdbc.queryForObject("select count(*) from application_decision where application_no = ?"
                + " and task_key = 'unit_review' and decision = 'APPROVE'", Integer.class, applicationNo);
        return count != null && count > 0;
    }

    private Submission submission(int version, Instant at, String dataJson) {
        try {
            JsonNode data = json.readTree(dataJson);
            ApplicationForm form = json.treeToValue(data.path("form"), ApplicationForm.class);
            String masked = data.path("idNumberMasked").isTextual() ? data.path("idNumberMasked").asText() : null;
            return new Submission(version, at, masked, form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("提交快照无法读取：第 " + version + " 版", e);
        }
    }
}
