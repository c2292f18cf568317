package cn.xj.titlereview.unitaccount;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The contact (联系人) of a unit with an account: the one user who adds and removes the unit's reviewers. */
@Entity
@Table(name = "unit_contact")
class UnitContact {

    @Id
    @Column(name = "unit_code", length = 20)
    private String unitCode;
    @Column(name = "user_id", length = 64, nullable = false)
    private String userId;
    @Column(name = "phone", length = 20)
    private String phone;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UnitContact() {
    }

    UnitContact(String unitCode, String userId, String phone, Instant createdAt) {
        this.unitCode = unitCode;
        this.userId = userId;
        this.phone = phone;
        this.createdAt = createdAt;
    }

    String unitCode() { return unitCode; }
    String userId() { return userId; }
    String phone() { return phone; }
}
