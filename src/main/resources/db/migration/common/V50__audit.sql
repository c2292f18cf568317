-- Audit log (审计日志): who viewed personal data, who decided a review task. Append only; the
-- product has no API that changes or deletes a row. Portable SQL for H2 and MySQL/MariaDB; order
-- is by the BIGINT id. The detail never holds personal data (no ID number, name or phone) and
-- never a committee member's vote (secret ballot).

CREATE TABLE audit_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     DATETIME      NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    application_no  VARCHAR(64),
    detail          VARCHAR(500),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_application ON audit_event (application_no, id);
