-- Notices (config/notices/<id>.yml), kept in step with the files at start-up.
-- Portable SQL for H2 and MySQL/MariaDB. Date-times are Beijing local time (Asia/Shanghai),
-- as in the notice files. definition_json holds the whole validated definition for the API.
CREATE TABLE notice (
    id                VARCHAR(64)  NOT NULL,
    notice_year       INTEGER      NOT NULL,
    title             VARCHAR(255) NOT NULL,
    issuer            VARCHAR(128) NOT NULL,
    flow              VARCHAR(32)  NOT NULL,
    region_code       VARCHAR(12)  NOT NULL,
    declaration_start DATETIME     NOT NULL,
    declaration_end   DATETIME     NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    definition_json   LONGTEXT     NOT NULL,
    definition_hash   VARCHAR(64)  NOT NULL,
    source            VARCHAR(512) NOT NULL,
    synced_at         DATETIME     NOT NULL,
    version           INTEGER      NOT NULL,
    CONSTRAINT pk_notice PRIMARY KEY (id)
);

CREATE INDEX ix_notice_status_year ON notice (status, notice_year);
