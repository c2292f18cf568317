package cn.xj.titlereview.notice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** titlereview.notices.location: a directory read after the packaged notices. */
class NoticeExternalLocationTest {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    private static String packaged(String id) throws Exception {
        return Files.readString(Path.of(Objects.requireNonNull(
                NoticeExternalLocationTest.class.getResource("/config/notices/" + id + ".yml")).toURI()));
    }

    @Test
    void externalFileReplacesThePackagedNoticeWithTheSameIdAndAddsNewOnes(@TempDir Path directory) throws Exception {
        String corrected = packaged("notice-2024-akesu-coal").replace(
                "title: 关于2024年阿克苏地区工程系列煤炭专业职称评审及民营企业专项评审工作的通知",
                "title: 阿克苏地区2024年煤炭专业职称评审（更正）");
        Files.writeString(directory.resolve("notice-2024-akesu-coal.yml"), corrected);
        Files.copy(Path.of(Objects.requireNonNull(getClass().getResource("/notices-valid/notice-2099-test-base.yml")).toURI()),
                directory.resolve("notice-2099-test-base.yml"));

        NoticeCatalog catalog = new NoticeCatalog(new NoticeLoader().load(resolver, directory.toString()));

        assertThat(catalog.all()).hasSize(6);
        assertThat(catalog.get("notice-2024-akesu-coal").title()).isEqualTo("阿克苏地区2024年煤炭专业职称评审（更正）");
        assertThat(catalog.all()).filteredOn(n -> n.id().equals("notice-2024-akesu-coal")).singleElement()
                .satisfies(n -> assertThat(n.source()).isEqualTo(directory.resolve("notice-2024-akesu-coal.yml").toString()));
        assertThat(catalog.find("notice-2099-test-base")).isPresent();
    }

    @Test
    void brokenExternalFileStopsTheStartNamingItsPath(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("notice-2024-akesu-coal.yml"),
                packaged("notice-2024-akesu-coal").replace("  limit: 3\n  fixWindows: [P2D, P2D]", "  limit: 3\n  fixWindows: [P2D]"));

        NoticeConfigurationException e = catchThrowableOfType(NoticeConfigurationException.class,
                () -> new NoticeLoader().load(resolver, "file:" + directory));

        assertThat(e.problems()).containsExactly(directory.resolve("notice-2024-akesu-coal.yml")
                + ": submission.fixWindows 只有 1 个，少于 submission.limit - 1 = 2 个（每次退回须有修改时限）");
    }

    @Test
    void unknownNoticeIsNotInTheCatalog() {
        NoticeCatalog catalog = new NoticeCatalog(NoticeFixtures.ALL);

        NoticeNotFoundException e = catchThrowableOfType(NoticeNotFoundException.class,
                () -> catalog.get("notice-2099-none"));

        assertThat(e.noticeId()).isEqualTo("notice-2099-none");
        assertThat(e).hasMessage("通知不存在：notice-2099-none");
    }
}
