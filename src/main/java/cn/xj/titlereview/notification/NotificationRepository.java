package cn.xj.titlereview.notification;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notification.Notification.Channel;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.notification.Notification.SourceType;

/**
 * Tables {@code notification}, {@code notification_recipient} (one row per user or group a notification
 * is addressed to: the message centre's index) and {@code notification_read} (who has read what). Plain
 * JDBC: the unique key (source_id, kind) decides who writes a reminder, and losing that race to another
 * node is normal, not an error that should mark a transaction rollback-only.
 */
@Repository
public class NotificationRepository {

    private static final int IN_CHUNK = 500;
    static final String USER = "USER";
    static final String GROUP = "GROUP";
    /** Matches a notification addressed to :user or to one of :groups (never empty: see {@link #groups}). */
    private static final String ADDRESSED = "exists (select 1 from notification_recipient p where p.notification_id = n.id "
            + "and ((p.recipient_kind = 'USER' and p.recipient_id = :user) "
            + "or (p.recipient_kind = 'GROUP' and p.recipient_id in (:groups))))";
    private static final String UNREAD = "not exists (select 1 from notification_read r "
            + "where r.notification_id = n.id and r.user_id = :user)";
    private static final int MESSAGE_LENGTH = 1000;

    private static final RowMapper<Notification> ROW = (rs, i) -> new Notification(
            rs.getLong("id"),
            SourceType.valueOf(rs.getString("source_type")),
            rs.getString("source_id"),
            Kind.valueOf(rs.getString("kind")),
            rs.getString("task_id"),
            rs.getString("process_instance_id"),
            rs.getString("application_no"),
            rs.getString("activity_id"),
            BeijingTime.instant(rs.getObject("due_at", LocalDateTime.class)),
            RecipientType.valueOf(rs.getString("recipient_type")),
            rs.getString("recipient").isEmpty() ? List.of() : Arrays.asList(rs.getString("recipient").split(",")),
            Channel.valueOf(rs.getString("channel")),
            rs.getString("message"),
            BeijingTime.instant(rs.getObject("created_at", LocalDateTime.class)),
            Optional.ofNullable(rs.getObject("sent_at", LocalDateTime.class)).map(BeijingTime::instant).orElse(null),
            rs.getInt("attempts"),
            rs.getString("last_error"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public NotificationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The new row's id, or empty when the (source, kind) already has its reminder. */
    public Optional<Long> insert(Notification n) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                PreparedStatement ps = connection.prepareStatement("""
                        insert into notification (source_type, source_id, kind, process_instance_id, application_no,
                            activity_id, due_at, recipient_type, recipient, channel, message, created_at, attempts, task_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, n.sourceType().name());
                ps.setString(2, n.sourceId());
                ps.setString(3, n.kind().name());
                ps.setString(4, n.processInstanceId());
                ps.setString(5, n.applicationNo());
                ps.setString(6, n.activityId());
                ps.setObject(7, BeijingTime.local(n.dueAt()));
                ps.setString(8, n.recipientType().name());
                ps.setString(9, String.join(",", n.recipients()));
                ps.setString(10, n.channel().name());
                ps.setString(11, truncate(n.message()));
                ps.setObject(12, BeijingTime.local(n.createdAt()));
                ps.setString(13, n.taskId());
                return ps;
            }, key);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        long id = key.getKeyAs(Number.class).longValue();
        String recipientKind = n.recipientType().groups() ? GROUP : USER;
        for (String recipient : new LinkedHashSet<>(n.recipients())) {
            jdbc.update("insert into notification_recipient (notification_id, recipient_kind, recipient_id) values (?, ?, ?)",
                    id, recipientKind, recipient);
        }
        return Optional.of(id);
    }

    /** Those of the given source ids that already have a reminder of this kind. */
    public Set<String> existingSourceIds(Kind kind, Collection<String> sourceIds) {
        Set<String> existing = new HashSet<>();
        List<String> ids = new ArrayList<>(sourceIds);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            existing.addAll(named.queryForList("select source_id from notification where kind = :kind and source_id in (:ids)",
                    new MapSqlParameterSource("kind", kind.name()).addValue("ids", chunk), String.class));
        }
        return existing;
    }

    public void markSent(long id, Instant sentAt) {
        jdbc.update("update notification set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                BeijingTime.local(sentAt), id);
    }

    public void markFailed(long id, String error) {
        jdbc.update("update notification set attempts = attempts + 1, last_error = ? where id = ?", truncate(error), id);
    }

    /** Mails not sent yet, with fewer than {@code maxAttempts} tries, oldest first. */
    public List<Notification> findUnsentMail(int maxAttempts, int limit) {
        return jdbc.query("select * from notification where channel = 'MAIL' and sent_at is null and attempts < ? "
                + "order by id", ps -> {
                    ps.setInt(1, maxAttempts);
                    ps.setMaxRows(limit);
                }, ROW);
    }

    public Optional<Notification> find(String sourceId, Kind kind) {
        return jdbc.query("select * from notification where source_id = ? and kind = ?", ROW, sourceId, kind.name())
                .stream().findFirst();
    }

    public List<Notification> findByProcessInstance(String processInstanceId) {
        return jdbc.query("select * from notification where process_instance_id = ? order by id", ROW, processInstanceId);
    }

    public Optional<Notification> findById(long id) {
        return jdbc.query("select * from notification where id = ?", ROW, id).stream().findFirst();
    }

    /** A notification of the message centre as one user sees it. */
    public record InboxRow(Notification notification, boolean read) {
    }

    /** The notifications addressed to the user or to one of the groups, newest first. */
    public List<InboxRow> inbox(String userId, Collection<String> groupIds, boolean unreadOnly, int offset, int limit) {
        MapSqlParameterSource params = inboxParams(userId, groupIds).addValue("limit", limit).addValue("offset", offset);
        return named.query("select n.*, (select count(*) from notification_read r where r.notification_id = n.id "
                + "and r.user_id = :user) as read_count from notification n where " + ADDRESSED
                + (unreadOnly ? " and " + UNREAD : "") + " order by n.id desc limit :limit offset :offset", params,
                (rs, i) -> new InboxRow(ROW.mapRow(rs, i), rs.getLong("read_count") > 0));
    }

    public long count(String userId, Collection<String> groupIds, boolean unreadOnly) {
        Long count = named.queryForObject("select count(*) from notification n where " + ADDRESSED
                + (unreadOnly ? " and " + UNREAD : ""), inboxParams(userId, groupIds), Long.class);
        return count == null ? 0 : count;
    }

    public boolean addressedTo(long id, String userId, Collection<String> groupIds) {
        Long count = named.queryForObject("select count(*) from notification n where n.id = :id and " + ADDRESSED,
                inboxParams(userId, groupIds).addValue("id", id), Long.class);
        return count != null && count > 0;
    }

    /** Marks one notification read for the user; false when it already was. */
    public boolean markRead(long id, String userId, Instant at) {
        Long already = jdbc.queryForObject("select count(*) from notification_read where notification_id = ? and user_id = ?",
                Long.class, id, userId);
        if (already != null && already > 0) {
            return false;
        }
        try {
            jdbc.update("insert into notification_read (notification_id, user_id, read_at) values (?, ?, ?)",
                    id, userId, BeijingTime.local(at));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Marks every unread notification of the user read; how many. */
    public int markAllRead(String userId, Collection<String> groupIds, Instant at) {
        return named.update("insert into notification_read (notification_id, user_id, read_at) "
                + "select n.id, :user, :at from notification n where " + ADDRESSED + " and " + UNREAD,
                inboxParams(userId, groupIds).addValue("at", BeijingTime.local(at)));
    }

    private static MapSqlParameterSource inboxParams(String userId, Collection<String> groupIds) {
        return new MapSqlParameterSource("user", userId).addValue("groups", groups(groupIds));
    }

    /** "in ()" is no SQL: an empty list of groups matches the empty id, which no group has. */
    private static List<String> groups(Collection<String> groupIds) {
        return groupIds == null || groupIds.isEmpty() ? List.of("") : List.copyOf(groupIds);
    }

    private static String truncate(String text) {
        if (text == null || text.length() <= MESSAGE_LENGTH) {
            return text;
        }
        return text.substring(0, MESSAGE_LENGTH);
    }
}
