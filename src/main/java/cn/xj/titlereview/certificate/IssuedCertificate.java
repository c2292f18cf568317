package cn.xj.titlereview.certificate;

import java.time.Instant;

import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * A certificate number and the application it was issued to; both are unique. Always inserted,
 * never merged: a number issued twice fails on the primary key instead of overwriting the first.
 */
@Entity
@Table(name = "issued_certificate")
class IssuedCertificate implements Persistable<String> {

    @Id
    @Column(name = "certificate_no", length = 32, nullable = false)
    private String certificateNo;

    @Column(name = "application_no", length = 64, nullable = false, unique = true)
    private String applicationNo;

    @Column(name = "notice_id", length = 100, nullable = false)
    private String noticeId;

    @Column(name = "level_code", length = 20, nullable = false)
    private String level;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Transient
    private boolean persisted;

    protected IssuedCertificate() {
    }

    @Override
    public String getId() {
        return certificateNo;
    }

    @Override
    public boolean isNew() {
        return !persisted;
    }

    @PostLoad
    @PostPersist
    void markPersisted() {
        persisted = true;
    }

    IssuedCertificate(String certificateNo, CertificateRequest request, Instant issuedAt) {
        this.certificateNo = certificateNo;
        this.applicationNo = request.applicationNo();
        this.noticeId = request.noticeId();
        this.level = request.level();
        this.issuedAt = issuedAt;
    }

    String certificateNo() {
        return certificateNo;
    }

    String applicationNo() {
        return applicationNo;
    }
}
