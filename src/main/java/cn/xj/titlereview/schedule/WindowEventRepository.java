package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import cn.xj.titlereview.calendar.BeijingTime;

/**
 * Table {@code notice_window_event}. Plain JDBC rather than JPA: writes are "insert unless the
 * unique key exists", and a duplicate key must be an ordinary outcome (another node or a Quartz
 * recovery got there first), not an exception that poisons a JPA session. Times are Beijing
 * local time bound as {@link LocalDateTime}, so neither the JVM's nor the connection's zone
 * shifts them.
 */
@Repository
public class WindowEventRepository {

    private static final RowMapper<WindowEvent> ROW = (rs, i) -> new WindowEvent(rs.getString(1), rs.getString(2),
            WindowTransition.valueOf(rs.getString(3)), BeijingTime.instant(rs.getObject(4, LocalDateTime.class)),
            BeijingTime.instant(rs.getObject(5, LocalDateTime.class)), rs.getString(6));

    private final JdbcTemplate jdbc;

    public WindowEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record WindowEvent(String noticeId, String windowName, WindowTransition transition, Instant dueAt,
                              Instant firedAt, String firedBy) {
    }

    /** What was written. */
    public enum Outcome {
        RECORDED,
        /** The same transition with the same due time was already there. */
        ALREADY_RECORDED,
        /** The notice moved the date after the transition was recorded: the row now holds the new one. */
        MOVED
    }

    public Outcome record(String noticeId, String windowName, WindowTransition transition, Instant dueAt,
                          Instant firedAt, String firedBy) {
        LocalDateTime due = BeijingTime.local(dueAt);
        try {
            jdbc.update("""
                    insert into notice_window_event (notice_id, window_name, transition, due_at, fired_at, fired_by)
                    values (?, ?, ?, ?, ?, ?)""",
                    noticeId, windowName, transition.name(), due, BeijingTime.local(firedAt), firedBy);
            return Outcome.RECORDED;
        } catch (DuplicateKeyException e) {
            int moved = jdbc.update("""
                    update notice_window_event set due_at = ?, fired_at = ?, fired_by = ?
                    where notice_id = ? and window_name = ? and transition = ? and due_at <> ?""",
                    due, BeijingTime.local(firedAt), firedBy, noticeId, windowName, transition.name(), due);
            return moved == 0 ? Outcome.ALREADY_RECORDED : Outcome.MOVED;
        }
    }

    public Optional<WindowEvent> find(String noticeId, String windowName, WindowTransition transition) {
        return jdbc.query("""
                        select notice_id, window_name, transition, due_at, fired_at, fired_by from notice_window_event
                        where notice_id = ? and window_name = ? and transition = ?""",
                ROW,
                noticeId, windowName, transition.name()).stream().findFirst();
    }

    /** Whether exactly this transition (same due time) is recorded. */
    public boolean isRecorded(PlannedWindowTransition planned) {
        return find(planned.noticeId(), planned.windowName(), planned.transition())
                .filter(e -> e.dueAt().equals(planned.dueAt().truncatedTo(ChronoUnit.SECONDS)))
                .isPresent();
    }

    public List<WindowEvent> findByNotice(String noticeId) {
        return jdbc.query("""
                        select notice_id, window_name, transition, due_at, fired_at, fired_by from notice_window_event
                        where notice_id = ? order by id""",
                ROW,
                noticeId);
    }
}
