package cn.xj.titlereview.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Last sequence number issued for one prefix (region, year, level). Locked while issuing. */
@Entity
@Table(name = "certificate_sequence")
class CertificateSequence {

    @Id
    @Column(name = "seq_prefix", length = 16, nullable = false)
    private String prefix;

    @Column(name = "issued_count", nullable = false)
    private long issuedCount;

    protected CertificateSequence() {
    }

    CertificateSequence(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    long next() {
        issuedCount++;
        return issuedCount;
    }
}
