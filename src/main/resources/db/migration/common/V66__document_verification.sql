-- Verification codes of printed documents (/verify/{code}): one per application, kind and submitted
-- version (a certificate: version 0), so a copy printed again carries the same code.
-- Portable SQL for H2 and MySQL/MariaDB (utf8mb4 from V1 on MySQL).

CREATE TABLE document_verification (
    code             VARCHAR(32)  NOT NULL,
    document_kind    VARCHAR(20)  NOT NULL,
    application_no   VARCHAR(20)  NOT NULL,
    snapshot_version INTEGER      NOT NULL,
    certificate_no   VARCHAR(32),
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_document_verification PRIMARY KEY (code),
    CONSTRAINT uq_document_verification UNIQUE (application_no, document_kind, snapshot_version)
);
