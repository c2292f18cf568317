-- Unit accounts (单位注册): a unit's self-registration waiting for its competent department, and the contact
-- (联系人) of each unit that has an account. Portable SQL for H2 and MySQL/MariaDB. The contact's password is
-- kept only as the engine's salted hash until the approval creates the Camunda user with it.
CREATE TABLE unit_registration (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    credit_code         VARCHAR(18)   NOT NULL,
    unit_name           VARCHAR(100)  NOT NULL,
    ownership           VARCHAR(32)   NOT NULL,
    unit_level          VARCHAR(16)   NOT NULL,
    region_code         VARCHAR(6)    NOT NULL,
    competent_code      VARCHAR(20)   NOT NULL,
    contact_name        VARCHAR(50)   NOT NULL,
    contact_phone       VARCHAR(20)   NOT NULL,
    contact_user_id     VARCHAR(64)   NOT NULL,
    password_hash       VARCHAR(255),
    password_salt       VARCHAR(255),
    status              VARCHAR(16)   NOT NULL,
    open_credit_code    VARCHAR(18),
    process_instance_id VARCHAR(64),
    submitted_at        DATETIME      NOT NULL,
    decided_at          DATETIME,
    decided_by          VARCHAR(64),
    refusal_reasons     VARCHAR(1000),
    CONSTRAINT pk_unit_registration PRIMARY KEY (id),
    -- one registration at a time per credit code and per contact user id (null once decided)
    CONSTRAINT uk_unit_registration_open UNIQUE (open_credit_code)
);

CREATE INDEX ix_unit_registration_user ON unit_registration (contact_user_id);

CREATE TABLE unit_contact (
    unit_code   VARCHAR(20)   NOT NULL,
    user_id     VARCHAR(64)   NOT NULL,
    phone       VARCHAR(20),
    created_at  DATETIME      NOT NULL,
    CONSTRAINT pk_unit_contact PRIMARY KEY (unit_code),
    CONSTRAINT uk_unit_contact_user UNIQUE (user_id)
);
