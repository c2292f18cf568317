-- Committee meetings (评审会议): the expert pool of each committee (评审专家库) and its filing (备案) with an
-- HR bureau, the meetings with their applications, the random draws of a meeting's experts (recorded so that a
-- supervisor can replay them), the experts drawn or declined, and the interests declared (回避).
CREATE TABLE committee_expert (
    committee_code      VARCHAR(20)   NOT NULL,
    expert_id           VARCHAR(64)   NOT NULL,
    series              VARCHAR(50)   NOT NULL,
    specialty           VARCHAR(50)   NOT NULL,
    title_level         VARCHAR(16)   NOT NULL,
    employer_unit_name  VARCHAR(100)  NOT NULL,
    employer_unit_code  VARCHAR(20),
    region_code         VARCHAR(6)    NOT NULL,
    term_start          DATE          NOT NULL,
    term_end            DATE          NOT NULL,
    active              BOOLEAN       NOT NULL,
    CONSTRAINT pk_committee_expert PRIMARY KEY (committee_code, expert_id),
    CONSTRAINT fk_committee_expert_committee FOREIGN KEY (committee_code) REFERENCES committee (code)
);

CREATE TABLE committee_filing (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    committee_code  VARCHAR(20)   NOT NULL,
    bureau_code     VARCHAR(6)    NOT NULL,
    filed_on        DATE          NOT NULL,
    filing_year     INT           NOT NULL,
    valid_until     DATE          NOT NULL,
    pool_size       INT           NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     DATETIME      NOT NULL,
    CONSTRAINT pk_committee_filing PRIMARY KEY (id),
    CONSTRAINT fk_committee_filing_committee FOREIGN KEY (committee_code) REFERENCES committee (code),
    CONSTRAINT fk_committee_filing_bureau FOREIGN KEY (bureau_code) REFERENCES hr_bureau (code)
);

CREATE TABLE committee_meeting (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    committee_code  VARCHAR(20)    NOT NULL,
    meeting_date    DATE           NOT NULL,
    place           VARCHAR(200),
    video_link      VARCHAR(300),
    levels          VARCHAR(100)   NOT NULL,
    specialties     VARCHAR(1000)  NOT NULL,
    expert_count    INT            NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    filing_id       BIGINT         NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    created_at      DATETIME       NOT NULL,
    CONSTRAINT pk_committee_meeting PRIMARY KEY (id),
    CONSTRAINT fk_committee_meeting_committee FOREIGN KEY (committee_code) REFERENCES committee (code),
    CONSTRAINT fk_committee_meeting_filing FOREIGN KEY (filing_id) REFERENCES committee_filing (id)
);

CREATE TABLE meeting_application (
    meeting_id      BIGINT        NOT NULL,
    application_no  VARCHAR(64)   NOT NULL,
    title_level     VARCHAR(16)   NOT NULL,
    specialty       VARCHAR(50)   NOT NULL,
    unit_code       VARCHAR(20),
    assigned_by     VARCHAR(64)   NOT NULL,
    assigned_at     DATETIME      NOT NULL,
    CONSTRAINT pk_meeting_application PRIMARY KEY (meeting_id, application_no),
    CONSTRAINT uq_meeting_application_no UNIQUE (application_no),
    CONSTRAINT fk_meeting_application_meeting FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id)
);

CREATE TABLE meeting_draw (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT         NOT NULL,
    kind        VARCHAR(16)    NOT NULL,
    drawn_by    VARCHAR(64)    NOT NULL,
    drawn_at    DATETIME       NOT NULL,
    seed        BIGINT         NOT NULL,
    wanted      INT            NOT NULL,
    specialties VARCHAR(1000)  NOT NULL,
    candidates  VARCHAR(4000)  NOT NULL,
    excluded    VARCHAR(4000)  NOT NULL,
    drawn       VARCHAR(2000)  NOT NULL,
    CONSTRAINT pk_meeting_draw PRIMARY KEY (id),
    CONSTRAINT fk_meeting_draw_meeting FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id)
);

CREATE TABLE meeting_expert (
    meeting_id   BIGINT        NOT NULL,
    expert_id    VARCHAR(64)   NOT NULL,
    draw_id      BIGINT        NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    declined_at  DATETIME,
    reason       VARCHAR(200),
    CONSTRAINT pk_meeting_expert PRIMARY KEY (meeting_id, expert_id),
    CONSTRAINT fk_meeting_expert_meeting FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id),
    CONSTRAINT fk_meeting_expert_draw FOREIGN KEY (draw_id) REFERENCES meeting_draw (id)
);

CREATE TABLE meeting_interest (
    meeting_id      BIGINT        NOT NULL,
    expert_id       VARCHAR(64)   NOT NULL,
    application_no  VARCHAR(64)   NOT NULL,
    declared_by     VARCHAR(64)   NOT NULL,
    declared_at     DATETIME      NOT NULL,
    reason          VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_meeting_interest PRIMARY KEY (meeting_id, expert_id, application_no),
    CONSTRAINT fk_meeting_interest_meeting FOREIGN KEY (meeting_id) REFERENCES committee_meeting (id)
);
