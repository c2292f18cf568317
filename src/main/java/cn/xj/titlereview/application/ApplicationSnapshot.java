package cn.xj.titlereview.application;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One submission, frozen: the data as submitted (JSON; the ID number only masked and encrypted),
 * numbered 1, 2, 3 per application. Never updated; reviews and decisions refer to its version.
 */
@Entity
@Immutable
@Table(name = "application_snapshot")
public class ApplicationSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_no", length = 20, nullable = false, updatable = false)
    private String applicationNo;

    @Column(name = "snapshot_version", nullable = false, updatable = false)
    private int version;

    @Column(name = "data_json", nullable = false, updatable = false, length = 1_000_000)
    private String dataJson;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_by", length = 64, nullable = false, updatable = false)
    private String submittedBy;

    protected ApplicationSnapshot() {
    }

    ApplicationSnapshot(String applicationNo, int version, String dataJson, Instant createdAt, String submittedBy) {
        this.applicationNo = applicationNo;
        this.version = version;
        this.dataJson = dataJson;
        this.createdAt = createdAt;
        this.submittedBy = submittedBy;
    }

    public Long id() {
        return id;
    }

    public String applicationNo() {
        return applicationNo;
    }

    public int version() {
        return version;
    }

    public String dataJson() {
        return dataJson;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String submittedBy() {
        return submittedBy;
    }
}
