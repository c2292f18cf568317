package cn.xj.titlereview.notice;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.util.List;

/** The real notice files, loaded once for tests. */
final class NoticeFixtures {

    static final List<LoadedNotice> ALL = new NoticeLoader().load(new PathMatchingResourcePatternResolver(), null);

    private NoticeFixtures() {
    }

    static NoticeDefinition notice(String id) {
        return ALL.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().definition();
    }
}
