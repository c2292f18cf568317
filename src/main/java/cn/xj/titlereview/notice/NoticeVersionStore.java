package cn.xj.titlereview.notice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published versions of notices ({@code notice_version}) and the token of the last publication
 * ({@code notice_catalog_token}), read and written with plain SQL in the caller's transaction. A publication
 * writes its version, brings the {@code notice} row in step and changes the token, all in one transaction.
 */
public class NoticeVersionStore implements NoticeCatalog.Store {

    private static final Logger log = LoggerFactory.getLogger(NoticeVersionStore.class);

    /** One published version (without its file text). */
    public record VersionRow(String noticeId, int versionNo, String publishedBy, Instant publishedAt, String reason,
                             boolean ruleChange, String changes) {
    }

    private final JdbcTemplate jdbc;

    public NoticeVersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String token() {
        try {
            return jdbc.queryForObject("select token from notice_catalog_token where id = 1", String.class);
        } catch (DataAccessException e) {
            // before Flyway has created the table (beans that read notices while the context starts)
            log.debug("通知版本令牌暂不可读：{}", e.getMessage());
            return null;
        }
    }

    @Override
    public List<LoadedNotice> published() {
        List<LoadedNotice> notices = new ArrayList<>();
        jdbc.query("""
                select v.notice_id, v.version_no, v.definition_json, v.published_by from notice_version v
                where v.version_no = (select max(w.version_no) from notice_version w where w.notice_id = v.notice_id)
                order by v.notice_id""", rs -> {
            notices.add(new LoadedNotice(NoticeJson.read(rs.getString(3)),
                    source(rs.getInt(2), rs.getString(4)), rs.getInt(2)));
        });
        return notices;
    }

    static String source(int version, String publishedBy) {
        return "版本 " + version + "（" + publishedBy + " 发布）";
    }

    public List<VersionRow> versions(String noticeId) {
        return jdbc.query("""
                select notice_id, version_no, published_by, published_at, reason, rule_change, changes
                from notice_version where notice_id = ? order by version_no desc""",
                (rs, i) -> new VersionRow(rs.getString(1), rs.getInt(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5), rs.getBoolean(6), rs.getString(7)),
                noticeId);
    }

    /** The file text of one version. */
    public Optional<String> sourceYaml(String noticeId, int versionNo) {
        return jdbc.query("select source_yaml from notice_version where notice_id = ? and version_no = ?",
                (rs, i) -> rs.getString(1), noticeId, versionNo).stream().findFirst();
    }

    /** The definition of one version. */
    public Optional<NoticeDefinition> definition(String noticeId, int versionNo) {
        return jdbc.query("select definition_json from notice_version where notice_id = ? and version_no = ?",
                (rs, i) -> NoticeJson.read(rs.getString(1)), noticeId, versionNo).stream().findFirst();
    }

    /** The newest version number of the notice (0: none published). */
    public int latestVersion(String noticeId) {
        Integer max = jdbc.queryForObject("select max(version_no) from notice_version where notice_id = ?",
                Integer.class, noticeId);
        return max == null ? 0 : max;
    }

    /**
     * Stores a new version (the caller's transaction) and changes the catalog token; the token row is locked
     * until the transaction ends, so two publications run one after the other.
     */
    public int insert(NoticeDefinition definition, String sourceYaml, String publishedBy, Instant publishedAt,
                      String reason, boolean ruleChange, String changes) {
        jdbc.update("update notice_catalog_token set token = ? where id = 1", UUID.randomUUID().toString());
        int version = latestVersion(definition.id()) + 1;
        String json = NoticeJson.write(definition);
        jdbc.update("""
                insert into notice_version (notice_id, version_no, source_yaml, definition_json, definition_hash,
                    published_by, published_at, reason, rule_change, changes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                definition.id(), version, sourceYaml, json, NoticeJson.sha256(json), publishedBy,
                publishedAt.toEpochMilli(), reason, ruleChange, changes);
        return version;
    }

}
