package cn.xj.titlereview.notice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** At start-up the notice files are loaded, validated and written to the notice table. */
@DataJpaTest(properties = {
        "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
        "spring.jpa.hibernate.ddl-auto=validate"
})
@Import({NoticeConfiguration.class, NoticeSynchronizer.class, NoticeService.class})
class NoticeStartupTest {

    @Autowired
    private NoticeService service;
    @Autowired
    private NoticeRepository repository;

    @Test
    void startWritesEveryNoticeFileToTheTableAndTheServiceListsThem() {
        assertThat(repository.count()).isEqualTo(5);
        assertThat(service.list(false)).extracting(NoticeSummary::id).containsExactly(
                "notice-2024-hejing-initial-junior",
                "notice-2024-xj-senior-five-series",
                "notice-2024-akesu-coal",
                "notice-2023-hami-all-series",
                "notice-2021-xj-nonferrous");
    }
}
