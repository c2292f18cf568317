package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.notice.NoticeLoader;

/** The real notice files, loaded once, and Beijing-time helpers. */
final class ScheduleFixtures {

    static final String AKESU = "notice-2024-akesu-coal";
    static final String SENIOR_FIVE = "notice-2024-xj-senior-five-series";
    static final List<LoadedNotice> NOTICES = new NoticeLoader().load(new PathMatchingResourcePatternResolver(), null);
    static final NoticeCatalog CATALOG = new NoticeCatalog(NOTICES);

    private ScheduleFixtures() {
    }

    static NoticeDefinition notice(String id) {
        return CATALOG.get(id);
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }
}
