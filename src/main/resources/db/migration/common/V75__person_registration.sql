-- 实名注册 (real-name registration): the person behind an applicant's account, and the one-time codes sent to
-- phones. Portable SQL for H2 and MySQL/MariaDB. The ID number is stored only as AES-GCM ciphertext plus its
-- HMAC blind index (the same index as application.id_number_index): one account per ID number, one per phone.
CREATE TABLE person (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    user_id           VARCHAR(64)   NOT NULL,
    person_name       VARCHAR(50)   NOT NULL,
    id_type           VARCHAR(32)   NOT NULL,
    id_number_cipher  VARCHAR(128)  NOT NULL,
    id_number_index   VARCHAR(64)   NOT NULL,
    phone             VARCHAR(20)   NOT NULL,
    registered_at     DATETIME      NOT NULL,
    password_reset_at DATETIME,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uk_person_user UNIQUE (user_id),
    CONSTRAINT uk_person_id_number UNIQUE (id_number_index),
    CONSTRAINT uk_person_phone UNIQUE (phone)
);

-- One row per code requested (whether or not a message went out): the limits per phone and per client address
-- count these rows. The code itself is kept only as an HMAC with a salt of its own.
CREATE TABLE verification_code (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    phone           VARCHAR(20)  NOT NULL,
    purpose         VARCHAR(20)  NOT NULL,
    code_digest     VARCHAR(64)  NOT NULL,
    salt            VARCHAR(32)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    issued_at       DATETIME     NOT NULL,
    expires_at      DATETIME     NOT NULL,
    tries           INTEGER      NOT NULL,
    used_at         DATETIME,
    CONSTRAINT pk_verification_code PRIMARY KEY (id)
);

CREATE INDEX ix_verification_code_phone ON verification_code (phone, issued_at);
CREATE INDEX ix_verification_code_address ON verification_code (client_address, issued_at);
