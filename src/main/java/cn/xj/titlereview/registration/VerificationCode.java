package cn.xj.titlereview.registration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One code requested for a phone: only its HMAC is kept ({@code codeDigest}, with a salt of its own), with when it
 * was issued, when it expires, how many wrong tries it has had and when it was used. Rows stay after use: the
 * limits per phone and per address count them.
 */
@Entity
@Table(name = "verification_code")
class VerificationCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "phone", length = 20, nullable = false, updatable = false)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 20, nullable = false, updatable = false)
    private VerificationPurpose purpose;

    @Column(name = "code_digest", length = 64, nullable = false, updatable = false)
    private String codeDigest;

    @Column(name = "salt", length = 32, nullable = false, updatable = false)
    private String salt;

    @Column(name = "client_address", length = 64, nullable = false, updatable = false)
    private String clientAddress;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "tries", nullable = false)
    private int tries;

    @Column(name = "used_at")
    private Instant usedAt;

    protected VerificationCode() {
    }

    VerificationCode(String phone, VerificationPurpose purpose, String codeDigest, String salt, String clientAddress,
                     Instant issuedAt, Instant expiresAt) {
        this.phone = phone;
        this.purpose = purpose;
        this.codeDigest = codeDigest;
        this.salt = salt;
        this.clientAddress = clientAddress;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    String codeDigest() {
        return codeDigest;
    }

    String salt() {
        return salt;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    int tries() {
        return tries;
    }

    Instant usedAt() {
        return usedAt;
    }
}
