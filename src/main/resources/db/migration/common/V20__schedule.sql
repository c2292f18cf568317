-- Notice-wide scheduling (package cn.xj.titlereview.schedule): window transitions, reminders,
-- nightly statistics. Portable SQL for H2 and MySQL/MariaDB. Date-times are Beijing local time
-- (Asia/Shanghai) like the notice table, written as whole seconds. Every table has a unique key
-- so that a second cluster node, a Quartz recovery or a re-run never writes a row twice.

-- A notice window opened or closed (Quartz job window-transition). One row per transition; when a
-- notice file moves a date after the transition was recorded, the row is rewritten with the new due time.
CREATE TABLE notice_window_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    notice_id    VARCHAR(64)  NOT NULL,
    window_name  VARCHAR(32)  NOT NULL,
    transition   VARCHAR(8)   NOT NULL,
    due_at       DATETIME     NOT NULL,
    fired_at     DATETIME     NOT NULL,
    fired_by     VARCHAR(200) NOT NULL,
    CONSTRAINT pk_notice_window_event PRIMARY KEY (id),
    CONSTRAINT uq_notice_window_event UNIQUE (notice_id, window_name, transition)
);

-- A reminder (催办) of an open task or a waiting execution about to fall due. One row per
-- (source, kind). recipient holds user or group ids (never names or e-mail addresses);
-- sent_at stays empty while a mail could not be sent (retried up to three attempts).
CREATE TABLE notification (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    source_type         VARCHAR(16)   NOT NULL,
    source_id           VARCHAR(64)   NOT NULL,
    kind                VARCHAR(32)   NOT NULL,
    process_instance_id VARCHAR(64),
    application_no      VARCHAR(64),
    activity_id         VARCHAR(255),
    due_at              DATETIME      NOT NULL,
    recipient_type      VARCHAR(24)   NOT NULL,
    recipient           VARCHAR(1000) NOT NULL,
    channel             VARCHAR(8)    NOT NULL,
    message             VARCHAR(1000) NOT NULL,
    created_at          DATETIME      NOT NULL,
    sent_at             DATETIME,
    attempts            INTEGER       NOT NULL,
    last_error          VARCHAR(1000),
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT uq_notification_source_kind UNIQUE (source_id, kind)
);

CREATE INDEX ix_notification_unsent ON notification (channel, sent_at);
CREATE INDEX ix_notification_application ON notification (application_no);

-- Nightly counts per notice; a second run on the same Beijing date replaces that date's row.
CREATE TABLE notice_statistics_snapshot (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    notice_id      VARCHAR(64) NOT NULL,
    snapshot_date  DATE        NOT NULL,
    taken_at       DATETIME    NOT NULL,
    running_total  BIGINT      NOT NULL,
    finished_total BIGINT      NOT NULL,
    detail_json    LONGTEXT    NOT NULL,
    CONSTRAINT pk_notice_statistics_snapshot PRIMARY KEY (id),
    CONSTRAINT uq_notice_statistics_snapshot UNIQUE (notice_id, snapshot_date)
);
