package cn.xj.titlereview.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.xj.titlereview.notice.Level;

/** The eligibility decision tables row by row, through the same reader the pre-check uses. */
class EligibilityDecisionTablesTest {

    final EligibilityDecisions tables = DmnFiles.decisions();

    @ParameterizedTest(name = "{0} {1} → allowed={2} {3} {4}y title, {5}y profession")
    @CsvSource({
            "SENIOR_FULL, BACHELOR, true, SENIOR_DEPUTY, 5, 0",
            "SENIOR_FULL, JUNIOR_COLLEGE, false, NONE, 0, 0",
            "SENIOR_DEPUTY, DOCTOR, true, INTERMEDIATE, 2, 0",
            "SENIOR_DEPUTY, JUNIOR_COLLEGE, true, INTERMEDIATE, 5, 0",
            "SENIOR_DEPUTY, SECONDARY_VOCATIONAL, false, NONE, 0, 0",
            "INTERMEDIATE, DOCTOR, true, NONE, 0, 0",
            "INTERMEDIATE, MASTER, true, ASSISTANT, 2, 0",
            "INTERMEDIATE, BACHELOR, true, ASSISTANT, 4, 0",
            "INTERMEDIATE, HIGH_SCHOOL, false, NONE, 0, 0",
            "ASSISTANT, MASTER, true, NONE, 0, 0",
            "ASSISTANT, BACHELOR, true, NONE, 0, 1",
            "ASSISTANT, JUNIOR_COLLEGE, true, NONE, 0, 3",
            "ASSISTANT, SECONDARY_VOCATIONAL, true, JUNIOR, 2, 0",
            "ASSISTANT, HIGH_SCHOOL, false, NONE, 0, 0",
            "JUNIOR, SECONDARY_VOCATIONAL, true, NONE, 0, 1",
            "JUNIOR, HIGH_SCHOOL, false, NONE, 0, 0"})
    void titleSeniorityHasOneRowForEachLevelAndEducation(Level level, String education, boolean allowed,
                                                        String requiredTitle, int titleYears, int professionYears) {
        EligibilityDecisions.Seniority rule = tables.seniority(level, education);
        assertThat(rule.allowed()).isEqualTo(allowed);
        assertThat(rule.requiredTitleLevel()).isEqualTo(
                "NONE".equals(requiredTitle) ? Optional.empty() : Optional.of(Level.valueOf(requiredTitle)));
        assertThat(rule.minTitleYears()).isEqualTo(titleYears);
        assertThat(rule.minProfessionYears()).isEqualTo(professionYears);
        assertThat(rule.basis()).contains("人社部发〔2019〕16号");
    }

    @ParameterizedTest(name = "{0} {1} {2} → exam-based {3}")
    @CsvSource({
            "经济系列, 人力资源管理, INTERMEDIATE, true",
            "经济系列, 人力资源管理, SENIOR_DEPUTY, false",
            "会计系列, 会计, ASSISTANT, true",
            "卫生系列, 护理, JUNIOR, true",
            "工程系列, 计算机技术与软件, INTERMEDIATE, true",
            "工程系列, 建筑, ASSISTANT, false",
            "新闻系列, 记者, INTERMEDIATE, false"})
    void examBasedSpecialties(String series, String specialty, Level level, boolean examBased) {
        assertThat(tables.examBased(series, specialty, level).isPresent()).isEqualTo(examBased);
    }

    @ParameterizedTest(name = "score {0}, {1} years after → {2}")
    @CsvSource({"60, 0, true", "88, 2, true", "59, 0, false", "59, 5, false", "75, 3, false", "75, -1, false"})
    void hrExamScoreNeedsThePassMarkWithinThreeYears(int score, int years, boolean passed) {
        EligibilityDecisions.ExamVerdict verdict = tables.hrExam(score, years);
        assertThat(verdict.passed()).isEqualTo(passed);
        assertThat(verdict.reason()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"SENIOR_FULL, PRIMARY_SCHOOL"})
    void anEducationTheTableDoesNotKnowIsAModellingGapNotAVerdict(Level level, String education) {
        assertThatThrownBy(() -> tables.seniority(level, education))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("title-seniority");
    }
}
