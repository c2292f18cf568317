package cn.xj.titlereview.notice;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest(properties = {
        "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.properties.hibernate.jdbc.time_zone=UTC"
})
class NoticeSynchronizerTest {

    private static final List<LoadedNotice> FILES = NoticeFixtures.ALL;

    @Autowired
    private NoticeRepository repository;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private JdbcTemplate jdbc;

    private final Clock clock = Clock.fixed(Instant.parse("2024-08-01T00:00:00Z"), NoticeValidator.BEIJING);

    private NoticeSynchronizer synchronizer(List<LoadedNotice> notices) {
        return new NoticeSynchronizer(new NoticeCatalog(notices), repository,
                new TransactionTemplate(transactionManager), clock);
    }

    @BeforeEach
    void emptyTable() {
        repository.deleteAll();
    }

    @Test
    void insertsEveryNoticeFileWithItsKeyFactsAndDefinition() {
        int written = synchronizer(FILES).synchronize();

        assertThat(written).isEqualTo(5);
        Notice akesu = repository.findById("notice-2024-akesu-coal").orElseThrow();
        assertThat(akesu.getYear()).isEqualTo(2024);
        assertThat(akesu.getTitle()).isEqualTo("关于2024年阿克苏地区工程系列煤炭专业职称评审及民营企业专项评审工作的通知");
        assertThat(akesu.getIssuer()).isEqualTo("阿克苏地区应急管理局");
        assertThat(akesu.getFlow()).isEqualTo(NoticeFlow.TITLE_REVIEW);
        assertThat(akesu.getRegionCode()).isEqualTo("652900");
        assertThat(akesu.getDeclarationEnd()).hasToString("2024-08-30T18:00");
        assertThat(akesu.getStatus()).isEqualTo(NoticeStatus.ACTIVE);
        assertThat(akesu.getSource()).isEqualTo("config/notices/notice-2024-akesu-coal.yml");
        assertThat(NoticeJson.read(akesu.getDefinitionJson())).isEqualTo(FILES.stream()
                .filter(n -> n.id().equals("notice-2024-akesu-coal")).findFirst().orElseThrow().definition());
    }

    @Test
    void unchangedFilesWriteNothingOnTheNextStart() {
        synchronizer(FILES).synchronize();

        int written = synchronizer(FILES).synchronize();

        assertThat(written).isZero();
    }

    @Test
    void changedFileRewritesItsRow() {
        synchronizer(FILES).synchronize();
        LoadedNotice hami = FILES.stream().filter(n -> n.id().equals("notice-2023-hami-all-series")).findFirst().orElseThrow();
        NoticeDefinition d = hami.definition();
        NoticeDefinition retitled = new NoticeDefinition(d.id(), d.year(), "哈密市2023年度职称评审（更正）", d.documentNo(),
                d.issuedOn(), d.source(), d.issuer(), d.area(), d.flow(), d.zone(), d.committees(), d.scope(),
                d.initialDetermination(), d.windows(), d.submission(), d.fees(), d.defense(), d.continuingEducation(),
                d.assessment(), d.putonghua(), d.socialInsurance(), d.workSummary(), d.academicRequirements(), d.form(), d.materials(),
                d.paperMaterials(), d.publicity(), d.vote(), d.fraudBan(), d.seniorityCutoff(), d.exclusions(),
                d.texts(), d.specialPolicies(), d.slips());
        List<LoadedNotice> changed = FILES.stream()
                .map(n -> n == hami ? new LoadedNotice(retitled, n.source()) : n).toList();

        int written = synchronizer(changed).synchronize();

        assertThat(written).isEqualTo(1);
        assertThat(repository.findById("notice-2023-hami-all-series").orElseThrow().getTitle())
                .isEqualTo("哈密市2023年度职称评审（更正）");
    }

    @Test
    void noticeWhoseFileIsGoneStaysButBecomesInactive() {
        synchronizer(FILES).synchronize();
        List<LoadedNotice> withoutHejing = FILES.stream()
                .filter(n -> !n.id().equals("notice-2024-hejing-initial-junior")).toList();

        synchronizer(withoutHejing).synchronize();

        assertThat(repository.findById("notice-2024-hejing-initial-junior").orElseThrow().getStatus())
                .isEqualTo(NoticeStatus.INACTIVE);
        assertThat(repository.findByStatusOrderByYearDescDeclarationStartDescIdAsc(NoticeStatus.ACTIVE))
                .extracting(Notice::getId).hasSize(4).doesNotContain("notice-2024-hejing-initial-junior");
    }

    @Test
    void noticeWhoseFileComesBackIsActiveAgain() {
        synchronizer(FILES).synchronize();
        synchronizer(FILES.subList(1, FILES.size())).synchronize();

        synchronizer(FILES).synchronize();

        assertThat(repository.findAll()).extracting(Notice::getStatus).containsOnly(NoticeStatus.ACTIVE);
    }

    @Test
    void storesTheDeclarationWindowInBeijingLocalTimeWhateverTheServerZone() {
        TimeZone serverZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Urumqi"));
            synchronizer(FILES).synchronize();
            repository.flush();

            LocalDateTime stored = jdbc.queryForObject(
                    "SELECT declaration_end FROM notice WHERE id = 'notice-2024-akesu-coal'",
                    (rs, row) -> rs.getObject(1, LocalDateTime.class));
            assertThat(stored).isEqualTo(LocalDateTime.parse("2024-08-30T18:00:00"));
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }
}
