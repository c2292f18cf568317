package cn.xj.titlereview.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import cn.xj.titlereview.identity.Directory.Committee;

/**
 * Which committee of a notice evaluates an application: by series, specialty and level (Hami 附件4: one committee
 * per series or specialty), the first by code when two would; a notice with one committee gives it everything.
 */
class CommitteeChoiceTest {

    static final String HAMI = "notice-2023-hami-all-series";
    static final String SENIOR = "notice-2024-xj-senior-five-series";

    final Directory demo = Directory.of(OrganisationsFile.read(new DefaultResourceLoader(), OrganisationsFile.DEMO));

    @Test
    void hamisApplicationsGoToTheCommitteeOfTheirSeriesSpecialtyAndLevel() {
        assertThat(code(demo, HAMI, "农业系列", "畜牧兽医", "INTERMEDIATE")).contains("650501");
        assertThat(code(demo, HAMI, "农业系列", "农学", "ASSISTANT")).as("no specialty listed: the whole series")
                .contains("650501");
        assertThat(code(demo, HAMI, "工程系列", "建筑工程", "INTERMEDIATE")).contains("650502");
        assertThat(code(demo, HAMI, "工程系列", "水利工程", "ASSISTANT")).contains("650503");
        assertThat(code(demo, HAMI, "新闻系列", "记者", "INTERMEDIATE")).contains("650504");
    }

    @Test
    void noneWhenNoCommitteeOfTheNoticeEvaluatesIt() {
        assertThat(code(demo, HAMI, "工程系列", "有色金属", "INTERMEDIATE")).as("a specialty Hami does not evaluate").isEmpty();
        assertThat(code(demo, HAMI, "工程系列", "建筑工程", "SENIOR_DEPUTY")).as("a level above its committees'").isEmpty();
        assertThat(code(demo, HAMI, "工程系列", null, "INTERMEDIATE")).as("no specialty given").isEmpty();
        assertThat(code(demo, HAMI, null, "建筑工程", "INTERMEDIATE")).as("no series given").isEmpty();
        assertThat(code(demo, "notice-2099-none", "工程系列", "建筑工程", "INTERMEDIATE")).isEmpty();
    }

    @Test
    void aNoticeWithOneCommitteeGivesItEverything() {
        assertThat(code(demo, SENIOR, "工程系列", "有色金属", "SENIOR_FULL")).contains("650101");
        assertThat(code(demo, SENIOR, "农业系列", "农学", "SENIOR_DEPUTY")).contains("650101");
    }

    @Test
    void twoCommitteesThatWouldBothTakeItTheFirstByCodeDoes() {
        Committee general = new Committee("650510", "哈密市工程系列评审委员会", "650500", "工程系列", List.of(),
                List.of(), List.of(HAMI));
        Committee building = new Committee("650502", "哈密市工程系列建筑专业评审委员会", "650500", "工程系列",
                List.of("建筑工程"), List.of("INTERMEDIATE"), List.of(HAMI));
        Directory directory = new Directory("t", List.of(), List.of(), List.of(), List.of(), List.of(building, general));

        assertThat(code(directory, HAMI, "工程系列", "建筑工程", "INTERMEDIATE")).contains("650502");
        assertThat(code(directory, HAMI, "工程系列", "建筑工程", "ASSISTANT")).contains("650510");
        assertThat(code(directory, HAMI, "工程系列", "有色金属", "INTERMEDIATE")).contains("650510");
    }

    private static Optional<String> code(Directory directory, String notice, String series, String specialty, String level) {
        return directory.committeeFor(notice, series, specialty, level).map(Committee::code);
    }
}
