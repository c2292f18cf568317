-- The organisation directory (组织机构目录): regions (GB/T 2260), HR bureaus, competent departments,
-- employer units and evaluation committees. Seeded from an organisation file when empty; changed by the
-- HR bureaus through the product API. Every change writes a new token into directory_version in the same
-- transaction: each node compares it before reading its copy in memory.
CREATE TABLE region (
    code  VARCHAR(6)    NOT NULL,
    name  VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_region PRIMARY KEY (code)
);

CREATE TABLE hr_bureau (
    code  VARCHAR(6)    NOT NULL,
    name  VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_hr_bureau PRIMARY KEY (code),
    CONSTRAINT fk_hr_bureau_region FOREIGN KEY (code) REFERENCES region (code)
);

CREATE TABLE hr_bureau_notice (
    bureau_code  VARCHAR(6)    NOT NULL,
    notice_id    VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_hr_bureau_notice PRIMARY KEY (bureau_code, notice_id),
    CONSTRAINT fk_hr_bureau_notice_bureau FOREIGN KEY (bureau_code) REFERENCES hr_bureau (code)
);

CREATE TABLE competent_department (
    code         VARCHAR(20)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    credit_code  VARCHAR(18),
    region_code  VARCHAR(6)    NOT NULL,
    CONSTRAINT pk_competent_department PRIMARY KEY (code),
    CONSTRAINT uq_competent_department_credit UNIQUE (credit_code),
    CONSTRAINT fk_competent_department_region FOREIGN KEY (region_code) REFERENCES region (code)
);

CREATE TABLE employer_unit (
    code            VARCHAR(20)   NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    credit_code     VARCHAR(18)   NOT NULL,
    ownership       VARCHAR(32)   NOT NULL,
    unit_level      VARCHAR(16)   NOT NULL,
    region_code     VARCHAR(6)    NOT NULL,
    competent_code  VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_employer_unit PRIMARY KEY (code),
    CONSTRAINT uq_employer_unit_credit UNIQUE (credit_code),
    CONSTRAINT fk_employer_unit_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_employer_unit_competent FOREIGN KEY (competent_code) REFERENCES competent_department (code)
);

CREATE TABLE committee (
    code            VARCHAR(20)   NOT NULL,
    name            VARCHAR(100)  NOT NULL,
    series          VARCHAR(50)   NOT NULL,
    hr_bureau_code  VARCHAR(6)    NOT NULL,
    CONSTRAINT pk_committee PRIMARY KEY (code),
    CONSTRAINT fk_committee_bureau FOREIGN KEY (hr_bureau_code) REFERENCES hr_bureau (code)
);

CREATE TABLE committee_notice (
    committee_code  VARCHAR(20)   NOT NULL,
    notice_id       VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_committee_notice PRIMARY KEY (committee_code, notice_id),
    CONSTRAINT fk_committee_notice_committee FOREIGN KEY (committee_code) REFERENCES committee (code)
);

CREATE TABLE committee_specialty (
    committee_code  VARCHAR(20)  NOT NULL,
    specialty       VARCHAR(50)  NOT NULL,
    CONSTRAINT pk_committee_specialty PRIMARY KEY (committee_code, specialty),
    CONSTRAINT fk_committee_specialty_committee FOREIGN KEY (committee_code) REFERENCES committee (code)
);

CREATE TABLE committee_level (
    committee_code  VARCHAR(20)  NOT NULL,
    title_level     VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_committee_level PRIMARY KEY (committee_code, title_level),
    CONSTRAINT fk_committee_level_committee FOREIGN KEY (committee_code) REFERENCES committee (code)
);

CREATE TABLE directory_version (
    id     INT          NOT NULL,
    token  VARCHAR(36)  NOT NULL,
    CONSTRAINT pk_directory_version PRIMARY KEY (id)
);

INSERT INTO directory_version (id, token) VALUES (1, 'empty');
