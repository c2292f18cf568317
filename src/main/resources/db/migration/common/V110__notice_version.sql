-- Published notices (POST /api/admin/notices): every publication is a version with who, when and why.
-- The catalog of every node is config/notices/*.yml (the seed) overlaid with the newest version of each
-- notice id here. notice_catalog_token changes in the transaction of every publication, so each node sees
-- a publication by comparing one short value before it reads a notice (as directory_version does).
CREATE TABLE notice_version (
    notice_id          VARCHAR(64)   NOT NULL,
    version_no         INTEGER       NOT NULL,
    source_yaml        LONGTEXT      NOT NULL,
    definition_json    LONGTEXT      NOT NULL,
    definition_hash    VARCHAR(64)   NOT NULL,
    published_by       VARCHAR(64)   NOT NULL,
    published_at       BIGINT        NOT NULL,
    reason             VARCHAR(1000),
    rule_change        BOOLEAN       NOT NULL,
    changes            LONGTEXT      NOT NULL,
    CONSTRAINT pk_notice_version PRIMARY KEY (notice_id, version_no)
);

CREATE TABLE notice_catalog_token (
    id     INTEGER      NOT NULL,
    token  VARCHAR(36)  NOT NULL,
    CONSTRAINT pk_notice_catalog_token PRIMARY KEY (id)
);

INSERT INTO notice_catalog_token (id, token) VALUES (1, 'seed');
