package cn.xj.titlereview.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateTimeJdbcType;

import java.time.LocalDateTime;

/**
 * A notice as stored for the API and for other tables to refer to: the key facts as columns and
 * the whole definition as JSON text. The files are the source; this row is kept in step with
 * them at start-up. Date-times are Beijing local time, like the notice files, and are bound as
 * {@link LocalDateTime} so that neither the server's zone nor {@code hibernate.jdbc.time_zone}
 * shifts them.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "notice_year", nullable = false)
    private int year;

    @Column(name = "title", nullable = false, length = 255)
    private String title;

    @Column(name = "issuer", nullable = false, length = 128)
    private String issuer;

    @Enumerated(EnumType.STRING)
    @Column(name = "flow", nullable = false, length = 32)
    private NoticeFlow flow;

    @Column(name = "region_code", nullable = false, length = 12)
    private String regionCode;

    @JdbcType(LocalDateTimeJdbcType.class)
    @Column(name = "declaration_start", nullable = false)
    private LocalDateTime declarationStart;

    @JdbcType(LocalDateTimeJdbcType.class)
    @Column(name = "declaration_end", nullable = false)
    private LocalDateTime declarationEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private NoticeStatus status;

    @Column(name = "definition_json", nullable = false, length = 1_000_000)
    private String definitionJson;

    /** SHA-256 of {@link #definitionJson}, so an unchanged file does not rewrite the row. */
    @Column(name = "definition_hash", nullable = false, length = 64)
    private String definitionHash;

    @Column(name = "source", nullable = false, length = 512)
    private String source;

    @JdbcType(LocalDateTimeJdbcType.class)
    @Column(name = "synced_at", nullable = false)
    private LocalDateTime syncedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Notice() {
    }

    Notice(String id) {
        this.id = id;
    }

    /** Copies the key facts and the definition; returns false when nothing changed. */
    boolean update(NoticeDefinition definition, String json, String hash, String source, LocalDateTime now) {
        if (hash.equals(definitionHash) && status == NoticeStatus.ACTIVE && source.equals(this.source)) {
            return false;
        }
        var declaration = definition.windows().declaration();
        this.year = definition.year();
        this.title = definition.title();
        this.issuer = definition.issuer().name();
        this.flow = definition.flow();
        this.regionCode = definition.area().code();
        this.declarationStart = declaration.start();
        this.declarationEnd = declaration.end();
        this.status = NoticeStatus.ACTIVE;
        this.definitionJson = json;
        this.definitionHash = hash;
        this.source = source;
        this.syncedAt = now;
        return true;
    }

    /** Marks the notice inactive (its file is gone); returns false when it already was. */
    boolean deactivate(LocalDateTime now) {
        if (status == NoticeStatus.INACTIVE) {
            return false;
        }
        status = NoticeStatus.INACTIVE;
        syncedAt = now;
        return true;
    }

    public String getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuer() {
        return issuer;
    }

    public NoticeFlow getFlow() {
        return flow;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDateTime getDeclarationStart() {
        return declarationStart;
    }

    public LocalDateTime getDeclarationEnd() {
        return declarationEnd;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public String getDefinitionJson() {
        return definitionJson;
    }

    public String getDefinitionHash() {
        return definitionHash;
    }

    public String getSource() {
        return source;
    }

    public LocalDateTime getSyncedAt() {
        return syncedAt;
    }
}
