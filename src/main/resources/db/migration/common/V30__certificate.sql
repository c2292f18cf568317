-- Certificate numbers (证书编号): one sequence row per prefix <region><year><level>,
-- and one row per issued number. Plain SQL shared by H2 and MySQL/MariaDB.

create table certificate_sequence (
    seq_prefix   varchar(16) not null,
    issued_count bigint      not null,
    constraint pk_certificate_sequence primary key (seq_prefix)
);

create table issued_certificate (
    certificate_no varchar(32)  not null,
    application_no varchar(64)  not null,
    notice_id      varchar(100) not null,
    level_code     varchar(20)  not null,
    issued_at      datetime(6)  not null,
    constraint pk_issued_certificate primary key (certificate_no),
    constraint uk_issued_certificate_application unique (application_no)
);
