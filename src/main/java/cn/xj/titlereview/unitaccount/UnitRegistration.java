package cn.xj.titlereview.unitaccount;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit's self-registration: the unit as it will enter the directory, its contact (name, confirmed phone, the
 * user id the account will have, the password only as the engine's salted hash, dropped at the decision) and
 * where the competent department's decision stands. {@code openCreditCode} is the credit code while the
 * registration waits (a unique key: one waiting registration per unit), null once decided.
 */
@Entity
@Table(name = "unit_registration")
class UnitRegistration {

    enum Status { PENDING, APPROVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", length = 18, nullable = false, updatable = false)
    private String creditCode;
    @Column(name = "unit_name", length = 100, nullable = false, updatable = false)
    private String unitName;
    @Column(name = "ownership", length = 32, nullable = false, updatable = false)
    private String ownership;
    @Column(name = "unit_level", length = 16, nullable = false, updatable = false)
    private String level;
    @Column(name = "region_code", length = 6, nullable = false, updatable = false)
    private String regionCode;
    @Column(name = "competent_code", length = 20, nullable = false, updatable = false)
    private String competentCode;
    @Column(name = "contact_name", length = 50, nullable = false, updatable = false)
    private String contactName;
    @Column(name = "contact_phone", length = 20, nullable = false, updatable = false)
    private String contactPhone;
    @Column(name = "contact_user_id", length = 64, nullable = false, updatable = false)
    private String contactUserId;
    @Column(name = "password_hash", length = 255)
    private String passwordHash;
    @Column(name = "password_salt", length = 255)
    private String passwordSalt;
    @Column(name = "status", length = 16, nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    @Column(name = "open_credit_code", length = 18)
    private String openCreditCode;
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by", length = 64)
    private String decidedBy;
    @Column(name = "refusal_reasons", length = 1000)
    private String refusalReasons;

    protected UnitRegistration() {
    }

    UnitRegistration(String creditCode, String unitName, String ownership, String level, String regionCode,
                     String competentCode, String contactName, String contactPhone, String contactUserId,
                     String passwordHash, String passwordSalt, Instant submittedAt) {
        this.creditCode = creditCode;
        this.unitName = unitName;
        this.ownership = ownership;
        this.level = level;
        this.regionCode = regionCode;
        this.competentCode = competentCode;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactUserId = contactUserId;
        this.passwordHash = passwordHash;
        this.passwordSalt = passwordSalt;
        this.status = Status.PENDING;
        this.openCreditCode = creditCode;
        this.submittedAt = submittedAt;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decided(Status status, String by, String reasons, Instant at) {
        this.status = status;
        this.decidedBy = by;
        this.refusalReasons = reasons;
        this.decidedAt = at;
        this.openCreditCode = null;
        this.passwordHash = null;
        this.passwordSalt = null;
    }

    Long id() { return id; }
    String creditCode() { return creditCode; }
    String unitName() { return unitName; }
    String ownership() { return ownership; }
    String level() { return level; }
    String regionCode() { return regionCode; }
    String competentCode() { return competentCode; }
    String contactName() { return contactName; }
    String contactPhone() { return contactPhone; }
    String contactUserId() { return contactUserId; }
    String passwordHash() { return passwordHash; }
    String passwordSalt() { return passwordSalt; }
    Status status() { return status; }
    String processInstanceId() { return processInstanceId; }
    String refusalReasons() { return refusalReasons; }
}
