-- Applications (申报): working copy, one table per list section, frozen submissions, decisions.
-- Portable SQL for H2 and MySQL/MariaDB (utf8mb4 from V1 on MySQL). Order is by the BIGINT ids,
-- never by timestamps (MySQL through Connector/J keeps whole seconds only).
-- The ID number is stored only as AES-GCM ciphertext plus an HMAC blind index.

CREATE TABLE application_number_counter (
    number_year INTEGER NOT NULL,
    last_value  BIGINT  NOT NULL,
    CONSTRAINT pk_application_number_counter PRIMARY KEY (number_year)
);

CREATE TABLE application (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    application_no          VARCHAR(20)  NOT NULL,
    lock_version            BIGINT       NOT NULL,
    applicant_user_id       VARCHAR(64)  NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    submission_count        INTEGER      NOT NULL,
    process_instance_id     VARCHAR(64),
    notice_id               VARCHAR(64)  NOT NULL,
    series                  VARCHAR(50),
    specialty               VARCHAR(50),
    sub_specialty           VARCHAR(50),
    level_code              VARCHAR(20),
    person_name             VARCHAR(50),
    gender                  VARCHAR(10),
    id_number_cipher        VARCHAR(128),
    id_number_index         VARCHAR(64),
    birth_date              DATE,
    phone                   VARCHAR(20),
    ethnicity               VARCHAR(20),
    politics                VARCHAR(20),
    employer_unit_code      VARCHAR(18),
    employer_type           VARCHAR(24),
    unit_level              VARCHAR(16),
    village_work            BOOLEAN,
    aid_xinjiang            BOOLEAN,
    delegated_evaluation    BOOLEAN,
    from_government_organ   BOOLEAN,
    first_application       BOOLEAN,
    skilled_worker          BOOLEAN,
    foreign_national        BOOLEAN,
    title_name              VARCHAR(50),
    title_level             VARCHAR(20),
    title_obtained_on       DATE,
    title_in_xinjiang       BOOLEAN,
    title_issuer            VARCHAR(100),
    title_certificate_no    VARCHAR(50),
    profession_start_date   DATE,
    profession_years        INTEGER,
    putonghua_level         VARCHAR(16),
    social_insurance_months INTEGER,
    work_summary            LONGTEXT,
    pledge_accepted         BOOLEAN,
    pledge_date             DATE,
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    submitted_at            DATETIME(6),
    CONSTRAINT pk_application PRIMARY KEY (id),
    CONSTRAINT uq_application_no UNIQUE (application_no),
    -- one application per person and notice (NULL while the draft has no ID number yet)
    CONSTRAINT uq_application_notice_person UNIQUE (notice_id, id_number_index)
);

CREATE INDEX ix_application_applicant ON application (applicant_user_id);
CREATE INDEX ix_application_notice_status ON application (notice_id, status);
CREATE INDEX ix_application_unit ON application (employer_unit_code);

CREATE TABLE application_education (
    application_id  BIGINT       NOT NULL,
    item_index      INTEGER      NOT NULL,
    education_level VARCHAR(24),
    school          VARCHAR(100),
    major           VARCHAR(100),
    graduation_date DATE,
    full_time       BOOLEAN,
    degree          VARCHAR(50),
    certificate_no  VARCHAR(50),
    CONSTRAINT pk_application_education PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_education FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_work_period (
    application_id BIGINT       NOT NULL,
    item_index     INTEGER      NOT NULL,
    date_from      DATE,
    date_to        DATE,
    unit_name      VARCHAR(100),
    post           VARCHAR(50),
    CONSTRAINT pk_application_work_period PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_work_period FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_practice (
    application_id BIGINT        NOT NULL,
    item_index     INTEGER       NOT NULL,
    title          VARCHAR(200),
    date_from      DATE,
    date_to        DATE,
    role_played    VARCHAR(50),
    description    VARCHAR(2000),
    CONSTRAINT pk_application_practice PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_practice FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_achievement (
    application_id BIGINT        NOT NULL,
    item_index     INTEGER       NOT NULL,
    title          VARCHAR(200),
    date_from      DATE,
    date_to        DATE,
    role_played    VARCHAR(50),
    description    VARCHAR(2000),
    CONSTRAINT pk_application_achievement PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_achievement FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_award (
    application_id BIGINT       NOT NULL,
    item_index     INTEGER      NOT NULL,
    award_name     VARCHAR(200),
    grantor        VARCHAR(100),
    awarded_on     DATE,
    CONSTRAINT pk_application_award PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_award FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_ip (
    application_id  BIGINT       NOT NULL,
    item_index      INTEGER      NOT NULL,
    ip_name         VARCHAR(200),
    kind            VARCHAR(50),
    registration_no VARCHAR(50),
    granted_on      DATE,
    CONSTRAINT pk_application_ip PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_ip FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_book (
    application_id BIGINT       NOT NULL,
    item_index     INTEGER      NOT NULL,
    title          VARCHAR(200),
    publisher      VARCHAR(100),
    published_on   DATE,
    role_played    VARCHAR(50),
    CONSTRAINT pk_application_book PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_book FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_paper (
    application_id BIGINT       NOT NULL,
    item_index     INTEGER      NOT NULL,
    title          VARCHAR(200),
    journal        VARCHAR(100),
    published_on   DATE,
    author_rank    VARCHAR(50),
    CONSTRAINT pk_application_paper PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_paper FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_continuing_education (
    application_id     BIGINT  NOT NULL,
    item_index         INTEGER NOT NULL,
    education_year     INTEGER,
    public_hours       INTEGER,
    professional_hours INTEGER,
    CONSTRAINT pk_application_continuing_education PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_continuing_education FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_assessment (
    application_id  BIGINT      NOT NULL,
    item_index      INTEGER     NOT NULL,
    assessment_year INTEGER,
    rating          VARCHAR(24),
    CONSTRAINT pk_application_assessment PRIMARY KEY (application_id, item_index),
    CONSTRAINT fk_application_assessment FOREIGN KEY (application_id) REFERENCES application (id)
);

-- Each submission frozen (version 1, 2, 3 ...): never updated.
CREATE TABLE application_snapshot (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    application_no   VARCHAR(20) NOT NULL,
    snapshot_version INTEGER     NOT NULL,
    data_json        LONGTEXT    NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    submitted_by     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_application_snapshot PRIMARY KEY (id),
    CONSTRAINT uq_application_snapshot UNIQUE (application_no, snapshot_version)
);

-- Decisions taken on a submitted version, in the order recorded (by id).
CREATE TABLE application_decision (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    application_no   VARCHAR(20)   NOT NULL,
    snapshot_version INTEGER       NOT NULL,
    task_key         VARCHAR(64)   NOT NULL,
    decision         VARCHAR(32)   NOT NULL,
    comment_text     VARCHAR(2000),
    return_reasons   LONGTEXT,
    actor            VARCHAR(64),
    decided_at       DATETIME(6)   NOT NULL,
    CONSTRAINT pk_application_decision PRIMARY KEY (id)
);

CREATE INDEX ix_application_decision_no ON application_decision (application_no, id);
