-- The message centre (package cn.xj.titlereview.notification) on the notification table of V20, and the
-- urges (催办) of package cn.xj.titlereview.task. Portable SQL for H2 and MySQL/MariaDB; date-times are
-- Beijing local time like the other schedule tables.

-- The task a notification is about (the source is not always the task: an urge, a task operation).
ALTER TABLE notification ADD COLUMN task_id VARCHAR(64);

-- One row per user or group a notification is addressed to: the index of the message centre.
CREATE TABLE notification_recipient (
    notification_id BIGINT      NOT NULL,
    recipient_kind  VARCHAR(8)  NOT NULL,
    recipient_id    VARCHAR(64) NOT NULL,
    CONSTRAINT pk_notification_recipient PRIMARY KEY (notification_id, recipient_kind, recipient_id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (notification_id) REFERENCES notification (id)
);

CREATE INDEX ix_notification_recipient ON notification_recipient (recipient_id, recipient_kind);

-- Who has read which notification (a notification to a group is read by each member for themselves).
CREATE TABLE notification_read (
    notification_id BIGINT      NOT NULL,
    user_id         VARCHAR(64) NOT NULL,
    read_at         DATETIME    NOT NULL,
    CONSTRAINT pk_notification_read PRIMARY KEY (notification_id, user_id),
    CONSTRAINT fk_notification_read FOREIGN KEY (notification_id) REFERENCES notification (id)
);

-- Reminders written before the message centre existed: those with one recipient reach it too.
INSERT INTO notification_recipient (notification_id, recipient_kind, recipient_id)
SELECT id, CASE WHEN recipient_type = 'CANDIDATE_GROUPS' THEN 'GROUP' ELSE 'USER' END, recipient
FROM notification WHERE recipient <> '' AND recipient NOT LIKE '%,%';

-- Every urge (催办): by a person through the product API, or automatically by the reminder job for an
-- overdue task (urged_by 'system', automatic true). The interval between two urges of one task by one
-- urger is checked against the latest row.
CREATE TABLE task_urge (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    task_id         VARCHAR(64)  NOT NULL,
    task_key        VARCHAR(255),
    application_no  VARCHAR(64),
    urged_by        VARCHAR(64)  NOT NULL,
    urged_at        DATETIME     NOT NULL,
    automatic       BOOLEAN      NOT NULL,
    message         VARCHAR(500),
    notification_id BIGINT,
    CONSTRAINT pk_task_urge PRIMARY KEY (id)
);

CREATE INDEX ix_task_urge_task ON task_urge (task_id, urged_by, urged_at);
