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

import cn.xj.titlereview.declaration.IdType;
import cn.xj.titlereview.declaration.Limits;

/**
 * The person behind an applicant's account (实名注册): the Camunda user id, the name, the identity document
 * (encrypted, with its blind index: one account per document) and the phone the codes go to (one account per
 * phone). Written in the transaction that creates the Camunda user.
 */
@Entity
@Table(name = "person")
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", length = 64, nullable = false, unique = true, updatable = false)
    private String userId;

    @Column(name = "person_name", length = Limits.NAME, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", length = 32, nullable = false)
    private IdType idType;

    @Column(name = "id_number_cipher", length = 128, nullable = false)
    private String idNumberCipher;

    @Column(name = "id_number_index", length = 64, nullable = false, unique = true)
    private String idNumberIndex;

    @Column(name = "phone", length = 20, nullable = false, unique = true)
    private String phone;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "password_reset_at")
    private Instant passwordResetAt;

    protected Person() {
    }

    Person(String userId, String name, IdType idType, String idNumberCipher, String idNumberIndex, String phone,
           Instant registeredAt) {
        this.userId = userId;
        this.name = name;
        this.idType = idType;
        this.idNumberCipher = idNumberCipher;
        this.idNumberIndex = idNumberIndex;
        this.phone = phone;
        this.registeredAt = registeredAt;
    }

    void passwordReset(Instant now) {
        this.passwordResetAt = now;
    }

    String userId() {
        return userId;
    }

    String name() {
        return name;
    }

    IdType idType() {
        return idType;
    }

    String idNumberCipher() {
        return idNumberCipher;
    }

    String idNumberIndex() {
        return idNumberIndex;
    }

    String phone() {
        return phone;
    }

    Instant registeredAt() {
        return registeredAt;
    }
}
