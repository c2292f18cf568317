package cn.xj.titlereview.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a new version changes, field by field, and which changes are rules. */
class NoticeDiffTest {

    static final String AKESU = "notice-2024-akesu-coal";

    static NoticeDefinition parse(String text) {
        NoticeLoader.Parsed parsed = new NoticeLoader().parse(AKESU + ".yml", text);
        assertThat(parsed.problems()).isEmpty();
        return parsed.definition();
    }

    static String seed() throws Exception {
        return Files.readString(Path.of("config/notices/" + AKESU + ".yml"));
    }

    @Test
    void aDateMovedLaterAndAWordingFixAreNoRuleChange() throws Exception {
        String seed = seed();
        NoticeDefinition before = parse(seed);
        NoticeDefinition after = parse(seed.replaceFirst("end: 2024-08-30T18:00:00", "end: 2024-09-02T18:00:00")
                .replaceFirst("(?m)^title: (.*)$", "title: $1（更正）"));

        List<NoticeDiff.Change> changes = NoticeDiff.between(before, after);

        assertThat(changes).extracting(NoticeDiff.Change::path, NoticeDiff.Change::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("windows.declaration.end", NoticeDiff.Kind.DATE_LATER),
                        org.assertj.core.groups.Tuple.tuple("title", NoticeDiff.Kind.WORDING));
        assertThat(NoticeDiff.changesRules(changes)).isFalse();
        assertThat(NoticeDiff.between(before, before)).isEmpty();
    }

    @Test
    void feesLimitsAndEarlierDatesAreRuleChanges() throws Exception {
        String seed = seed();
        NoticeDefinition before = parse(seed);
        NoticeDefinition after = parse(seed.replaceFirst("end: 2024-08-30T18:00:00", "end: 2024-08-29T18:00:00")
                .replaceFirst("limit: 3", "limit: 2"));

        List<NoticeDiff.Change> changes = NoticeDiff.between(before, after);

        assertThat(changes).filteredOn(c -> c.kind() == NoticeDiff.Kind.RULE).extracting(NoticeDiff.Change::path)
                .contains("windows.declaration.end", "submission.limit");
        assertThat(NoticeDiff.changesRules(changes)).isTrue();
        assertThat(changes.get(0).describe()).contains("→", "（");
    }

    @Test
    void theCatalogFollowsTheTokenOfTheLastPublication() throws Exception {
        NoticeDefinition corrected = parse(seed().replaceFirst("(?m)^title: (.*)$", "title: $1（更正）"));
        String[] token = {"a"};
        List<LoadedNotice> published = new java.util.ArrayList<>();
        int[] loads = {0};
        NoticeCatalog catalog = new NoticeCatalog(NoticeFixtures.ALL, new NoticeCatalog.Store() {
            @Override
            public String token() {
                return token[0];
            }

            @Override
            public List<LoadedNotice> published() {
                loads[0]++;
                return List.copyOf(published);
            }
        });
        assertThat(catalog.loaded(AKESU).orElseThrow().version()).isZero();
        assertThat(catalog.all()).hasSize(NoticeFixtures.ALL.size());
        assertThat(loads[0]).as("one read while the token stays").isEqualTo(1);

        published.add(new LoadedNotice(corrected, "版本 1", 1));
        assertThat(catalog.loaded(AKESU).orElseThrow().version()).as("no new token, no reload").isZero();
        token[0] = "b";
        assertThat(catalog.get(AKESU).title()).endsWith("（更正）");
        assertThat(catalog.loaded(AKESU).orElseThrow().version()).isEqualTo(1);
        assertThat(catalog.seed(AKESU).orElseThrow().version()).isZero();
        assertThat(loads[0]).isEqualTo(2);

        token[0] = null;
        assertThat(catalog.loaded(AKESU).orElseThrow().version()).as("tables not there yet: the seed").isZero();
    }
}
