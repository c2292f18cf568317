package cn.xj.titlereview.notice;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The JVM of the tests runs in UTC, so these also show that deadlines are Beijing time. */
class NoticeProcessParametersTest {

    @Test
    void akesuVariablesCarryBeijingDeadlinesAndTwoDayFixWindows() {
        NoticeDefinition akesu = NoticeFixtures.notice("notice-2024-akesu-coal");

        Map<String, Object> variables = NoticeProcessParameters.of(akesu,
                ApplicationFacts.none().withLevel(Level.INTERMEDIATE)).toVariables();

        assertThat(variables).containsExactly(
                entry("submissionLimit", 3),
                entry("fixWindows", "PT48H,PT48H"),
                entry("publicityWorkingDays", 5),
                entry("resultPublicityWorkingDays", 5),
                entry("paymentDeadline", Date.from(Instant.parse("2024-09-15T15:59:59Z"))),
                entry("paperMaterialsRequired", true),
                entry("paperDeadline", Date.from(Instant.parse("2024-09-25T15:59:59Z"))),
                entry("voteQuorum", 2.0 / 3),
                entry("votePassRatio", 2.0 / 3),
                entry("reviewClosesAt", Date.from(Instant.parse("2024-09-10T15:59:59Z"))),
                entry("committeeReviewClosesAt", Date.from(Instant.parse("2024-09-10T15:59:59Z"))));
    }

    @Test
    void hamiCommitteeReviewClosesWithItsOwnWindowAndUnitsHaveNone() {
        NoticeDefinition hami = NoticeFixtures.notice("notice-2023-hami-all-series");

        Map<String, Object> variables = NoticeProcessParameters.of(hami, null).toVariables();

        // 评审委员会审核时间：10月16日—10月20日; the notice names no review window for units
        assertThat(variables)
                .containsEntry("committeeReviewClosesAt", Date.from(Instant.parse("2023-10-20T15:59:59Z")))
                .doesNotContainKey("reviewClosesAt");
    }

    @Test
    void nonferrousNamesNoReviewWindowSoItsReviewsHaveNoDueDate() {
        NoticeDefinition nonferrous = NoticeFixtures.notice("notice-2021-xj-nonferrous");

        assertThat(NoticeProcessParameters.of(nonferrous, null).toVariables())
                .doesNotContainKeys("reviewClosesAt", "committeeReviewClosesAt");
    }

    @Test
    void seniorNoticeHasNoPaperMaterialsAndShorterSecondFixWindow() {
        NoticeDefinition senior = NoticeFixtures.notice("notice-2024-xj-senior-five-series");

        Map<String, Object> variables = NoticeProcessParameters.of(senior, null).toVariables();

        assertThat(variables)
                .containsEntry("fixWindows", "PT48H,PT24H")
                .containsEntry("paperMaterialsRequired", false)
                .containsEntry("paymentDeadline", Date.from(Instant.parse("2024-11-04T15:59:59Z")))
                .doesNotContainKey("paperDeadline");
    }

    @Test
    void nonferrousPaperCopiesDependOnTheLevel() {
        NoticeDefinition nonferrous = NoticeFixtures.notice("notice-2021-xj-nonferrous");

        NoticeProcessParameters parameters = NoticeProcessParameters.of(nonferrous,
                ApplicationFacts.none().withLevel(Level.ASSISTANT));

        assertThat(parameters.paperMaterialsRequired()).isTrue();
        assertThat(parameters.paperDeadline()).isEqualTo(Instant.parse("2021-10-30T15:59:59Z"));
    }

    @Test
    void initialDeterminationHasNeitherPaymentNorVote() {
        NoticeDefinition hejing = NoticeFixtures.notice("notice-2024-hejing-initial-junior");

        Map<String, Object> variables = NoticeProcessParameters.of(hejing,
                ApplicationFacts.none().withEducation(Education.BACHELOR)).toVariables();

        assertThat(variables)
                .containsEntry("submissionLimit", 3)
                .containsEntry("fixWindows", "PT48H,PT48H")
                .containsEntry("publicityWorkingDays", 5)
                .containsEntry("paperMaterialsRequired", true)
                .containsEntry("paperDeadline", Date.from(Instant.parse("2024-10-31T15:59:59Z")))
                .doesNotContainKeys("paymentDeadline", "voteQuorum", "votePassRatio", "resultPublicityWorkingDays");
    }

    @Test
    void lastFixWindowRepeatsAfterFurtherReturns() {
        var submission = NoticeFixtures.notice("notice-2024-xj-senior-five-series").submission();

        assertThat(submission.fixWindowAfterReturn(1)).hasHours(48);
        assertThat(submission.fixWindowAfterReturn(2)).hasHours(24);
        assertThat(submission.fixWindowAfterReturn(5)).hasHours(24);
    }

    @Test
    void twoThirdsIsExactSoTenOfFifteenPass() {
        Fraction twoThirds = Fraction.parse("2/3");

        assertThat(twoThirds.isMetBy(10, 15)).isTrue();
        assertThat(twoThirds.isMetBy(9, 14)).isFalse();
        assertThat(Fraction.parse("0.75")).isEqualTo(new Fraction(3, 4));
    }
}
