package cn.xj.titlereview.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xj.titlereview.calendar.BeijingTime;

/**
 * Table {@code notice_statistics_snapshot}: one row per notice and Beijing date; a second run on
 * the same date replaces the row (the later counts are the better ones). Plain JDBC for the
 * update-or-insert on the unique key.
 */
@Repository
public class StatisticsSnapshotRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public StatisticsSnapshotRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Whether an earlier row of that date was replaced. */
    public boolean save(StatisticsSnapshot snapshot) {
        String detail = write(snapshot.detail());
        LocalDateTime takenAt = BeijingTime.local(snapshot.takenAt());
        if (update(snapshot, detail, takenAt) > 0) {
            return true;
        }
        try {
            jdbc.update("""
                    insert into notice_statistics_snapshot
                        (notice_id, snapshot_date, taken_at, running_total, finished_total, detail_json)
                    values (?, ?, ?, ?, ?, ?)""",
                    snapshot.noticeId(), snapshot.snapshotDate(), takenAt, snapshot.runningTotal(),
                    snapshot.finishedTotal(), detail);
            return false;
        } catch (DuplicateKeyException e) {
            // another run inserted it in between
            update(snapshot, detail, takenAt);
            return true;
        }
    }

    private int update(StatisticsSnapshot snapshot, String detail, LocalDateTime takenAt) {
        return jdbc.update("""
                update notice_statistics_snapshot
                set taken_at = ?, running_total = ?, finished_total = ?, detail_json = ?
                where notice_id = ? and snapshot_date = ?""",
                takenAt, snapshot.runningTotal(), snapshot.finishedTotal(), detail, snapshot.noticeId(),
                snapshot.snapshotDate());
    }

    public Optional<StatisticsSnapshot> find(String noticeId, LocalDate date) {
        return jdbc.query("""
                        select notice_id, snapshot_date, taken_at, running_total, finished_total, detail_json
                        from notice_statistics_snapshot where notice_id = ? and snapshot_date = ?""",
                (rs, i) -> new StatisticsSnapshot(rs.getString(1), rs.getObject(2, LocalDate.class),
                        BeijingTime.instant(rs.getObject(3, LocalDateTime.class)), rs.getLong(4), rs.getLong(5),
                        read(rs.getString(6))),
                noticeId, date).stream().findFirst();
    }

    /** The notice's last {@code limit} snapshots, oldest first (the trend). */
    public List<StatisticsSnapshot> recent(String noticeId, int limit) {
        List<StatisticsSnapshot> rows = new ArrayList<>(jdbc.query("""
                        select notice_id, snapshot_date, taken_at, running_total, finished_total, detail_json
                        from notice_statistics_snapshot where notice_id = ? order by snapshot_date desc""",
                (rs, i) -> new StatisticsSnapshot(rs.getString(1), rs.getObject(2, LocalDate.class),
                        BeijingTime.instant(rs.getObject(3, LocalDateTime.class)), rs.getLong(4), rs.getLong(5),
                        read(rs.getString(6))),
                noticeId).stream().limit(limit).toList());
        Collections.reverse(rows);
        return rows;
    }

    public List<LocalDate> dates(String noticeId) {
        return jdbc.queryForList("select snapshot_date from notice_statistics_snapshot where notice_id = ? "
                + "order by snapshot_date", LocalDate.class, noticeId);
    }

    private String write(StatisticsSnapshot.Detail detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private StatisticsSnapshot.Detail read(String text) {
        try {
            return json.readValue(text, StatisticsSnapshot.Detail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
