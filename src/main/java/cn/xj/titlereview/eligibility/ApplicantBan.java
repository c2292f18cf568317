package cn.xj.titlereview.eligibility;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ban on applying after fraud (禁报), by the blind index of the ID number; never updated. */
@Entity
@Table(name = "applicant_ban")
public class ApplicantBan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "id_number_index", nullable = false, length = 64, updatable = false)
    private String idNumberIndex;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Column(name = "blacklisted", nullable = false, updatable = false)
    private boolean blacklisted;

    @Column(name = "reason", nullable = false, length = 200, updatable = false)
    private String reason;

    @Column(name = "document_no", nullable = false, length = 100, updatable = false)
    private String documentNo;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ApplicantBan() {
    }

    ApplicantBan(String idNumberIndex, LocalDate startsOn, LocalDate endsOn, boolean blacklisted, String reason,
                 String documentNo, String recordedBy, Instant recordedAt) {
        this.idNumberIndex = idNumberIndex;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.blacklisted = blacklisted;
        this.reason = reason;
        this.documentNo = documentNo;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public boolean blacklisted() {
        return blacklisted;
    }

    public String reason() {
        return reason;
    }

    public String documentNo() {
        return documentNo;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
