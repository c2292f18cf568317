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
 * A decision taken on one submitted version (task key, APPROVE/RETURN/REJECT or a stage's own
 * outcome, comment, return reasons as a JSON list, who and when). Kept in the order recorded
 * (by id, never by time: timestamps lose sub-seconds on MySQL).
 */
@Entity
@Immutable
@Table(name = "application_decision")
public class ApplicationDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_no", length = 20, nullable = false, updatable = false)
    private String applicationNo;

    @Column(name = "snapshot_version", nullable = false, updatable = false)
    private int snapshotVersion;

    @Column(name = "task_key", length = 64, nullable = false, updatable = false)
    private String taskKey;

    @Column(name = "decision", length = 32, nullable = false, updatable = false)
    private String decision;

    @Column(name = "comment_text", length = 2000, updatable = false)
    private String comment;

    @Column(name = "return_reasons", length = 20000, updatable = false)
    private String returnReasonsJson;

    @Column(name = "actor", length = 64, updatable = false)
    private String actor;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ApplicationDecision() {
    }

    ApplicationDecision(String applicationNo, int snapshotVersion, String taskKey, String decision, String comment,
                        String returnReasonsJson, String actor, Instant decidedAt) {
        this.applicationNo = applicationNo;
        this.snapshotVersion = snapshotVersion;
        this.taskKey = taskKey;
        this.decision = decision;
        this.comment = comment;
        this.returnReasonsJson = returnReasonsJson;
        this.actor = actor;
        this.decidedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public String applicationNo() {
        return applicationNo;
    }

    public int snapshotVersion() {
        return snapshotVersion;
    }

    public String taskKey() {
        return taskKey;
    }

    public String decision() {
        return decision;
    }

    public String comment() {
        return comment;
    }

    public String returnReasonsJson() {
        return returnReasonsJson;
    }

    public String actor() {
        return actor;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
