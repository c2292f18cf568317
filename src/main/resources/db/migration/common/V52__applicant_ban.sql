-- 禁报与黑名单: people barred from applying after fraud (弄虚作假), as decided by an HR bureau.
-- Kept by the blind index of the ID number only (never the number itself). A row is never
-- updated; a lifted ban gets a new row with an earlier end by the same procedure.
CREATE TABLE applicant_ban (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    id_number_index  VARCHAR(64)   NOT NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    blacklisted      BOOLEAN       NOT NULL,
    reason           VARCHAR(200)  NOT NULL,
    document_no      VARCHAR(100)  NOT NULL,
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      DATETIME      NOT NULL,
    CONSTRAINT pk_applicant_ban PRIMARY KEY (id)
);

CREATE INDEX ix_applicant_ban_person ON applicant_ban (id_number_index, ends_on);
