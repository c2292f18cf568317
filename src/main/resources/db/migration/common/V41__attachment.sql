-- Attachments: one row per uploaded JPG page. Files live under titlereview.attachments.dir with
-- random names (stored_file, masked_file are paths relative to it); public_id is what the API shows.
CREATE TABLE attachment (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    public_id      VARCHAR(36)   NOT NULL,
    application_no VARCHAR(20)   NOT NULL,
    category       VARCHAR(64)   NOT NULL,
    original_name  VARCHAR(400)  NOT NULL,
    stored_file    VARCHAR(100)  NOT NULL,
    masked_file    VARCHAR(100),
    width_px       INTEGER       NOT NULL,
    height_px      INTEGER       NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    needs_masking  BOOLEAN,
    mask_json      LONGTEXT,
    uploaded_by    VARCHAR(64)   NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    deleted        BOOLEAN       NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT uq_attachment_public_id UNIQUE (public_id)
);

CREATE INDEX ix_attachment_application ON attachment (application_no, deleted, id);
