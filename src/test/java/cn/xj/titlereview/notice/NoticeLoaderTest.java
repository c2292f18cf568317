package cn.xj.titlereview.notice;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeLoaderTest {

    private final NoticeLoader loader = new NoticeLoader();

    @Test
    void loadsAndValidatesAllFiveNotices() {
        List<LoadedNotice> notices = loader.load(new PathMatchingResourcePatternResolver(), null);

        assertThat(notices).extracting(LoadedNotice::id).containsExactlyInAnyOrder(
                "notice-2024-xj-senior-five-series",
                "notice-2021-xj-nonferrous",
                "notice-2024-akesu-coal",
                "notice-2023-hami-all-series",
                "notice-2024-hejing-initial-junior");
    }
}
