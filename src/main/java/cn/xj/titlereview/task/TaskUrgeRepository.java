package cn.xj.titlereview.task;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.xj.titlereview.calendar.BeijingTime;

/** Table {@code task_urge}: every urge (催办), by a person or by the reminder job. */
@Repository
class TaskUrgeRepository {

    static final String SYSTEM = "system";
    private static final int MESSAGE_LENGTH = 500;

    private final JdbcTemplate jdbc;

    TaskUrgeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One urge: who urged which task when, and what was said. */
    record Urge(long id, String taskId, String taskKey, String applicationNo, String urgedBy, Instant urgedAt,
                boolean automatic, String message) {
    }

    long insert(String taskId, String taskKey, String applicationNo, String urgedBy, Instant at, boolean automatic,
                String message) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into task_urge (task_id, task_key, application_no, urged_by, urged_at, automatic, message)
                    values (?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, taskId);
            ps.setString(2, taskKey);
            ps.setString(3, applicationNo);
            ps.setString(4, urgedBy);
            ps.setObject(5, BeijingTime.local(at));
            ps.setBoolean(6, automatic);
            ps.setString(7, message == null || message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH));
            return ps;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    void linkNotification(long urgeId, long notificationId) {
        jdbc.update("update task_urge set notification_id = ? where id = ?", notificationId, urgeId);
    }

    /** When this urger last urged this task. */
    Optional<Instant> lastUrge(String taskId, String urgedBy) {
        List<LocalDateTime> last = jdbc.queryForList("select max(urged_at) from task_urge where task_id = ? and urged_by = ?",
                LocalDateTime.class, taskId, urgedBy);
        return last.stream().filter(t -> t != null).findFirst().map(BeijingTime::instant);
    }

    List<Urge> findByTask(String taskId) {
        return jdbc.query("select * from task_urge where task_id = ? order by id", (rs, i) -> new Urge(rs.getLong("id"),
                rs.getString("task_id"), rs.getString("task_key"), rs.getString("application_no"), rs.getString("urged_by"),
                BeijingTime.instant(rs.getObject("urged_at", LocalDateTime.class)), rs.getBoolean("automatic"),
                rs.getString("message")), taskId);
    }
}
