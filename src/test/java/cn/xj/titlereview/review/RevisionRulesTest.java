package cn.xj.titlereview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

import cn.xj.titlereview.process.ReturnReasons;
import cn.xj.titlereview.process.StageOutcome;

class RevisionRulesTest {

    private final RevisionPolicy policy = new RevisionPolicy();

    @Test
    void nthReturnTakesTheNthFixWindowAndTheLastRepeats() {
        FixWindows windows = FixWindows.parse("PT48H, PT24H");

        assertThat(windows.forReturn(1)).isEqualTo("PT48H");
        assertThat(windows.forReturn(2)).isEqualTo("PT24H");
        assertThat(windows.forReturn(5)).isEqualTo("PT24H");
    }

    @Test
    void fixWindowsMustBeIsoDurations() {
        assertThatThrownBy(() -> FixWindows.parse("2天")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("修改期限格式错误");
        assertThatThrownBy(() -> FixWindows.parse(" ")).hasMessage("修改期限 fixWindows 未配置");
        assertThat(FixWindows.parse("P2D,P2D").windows()).containsExactly("P2D", "P2D");
    }

    @Test
    void committeeReturnOfTheLastAllowedSubmissionReachesTheLimit() {
        assertThat(policy.planRevision(ReviewLevel.COMMITTEE, false, 3, 3, "PT48H,PT24H"))
                .isEqualTo(new RevisionPolicy.RevisionPlan(true, "PT24H"));
        assertThat(policy.planRevision(ReviewLevel.COMMITTEE, false, 2, 3, "PT48H,PT24H"))
                .isEqualTo(new RevisionPolicy.RevisionPlan(false, "PT24H"));
    }

    @Test
    void unitReturnsOfATitleReviewAreNotCountedAndTakeTheFirstWindow() {
        assertThat(policy.planRevision(ReviewLevel.UNIT, false, 3, 3, "PT48H,PT24H"))
                .isEqualTo(new RevisionPolicy.RevisionPlan(false, "PT48H"));
        assertThat(policy.nextSubmissionCount(ReviewLevel.COMPETENT, false, 1)).isEqualTo(1);
        assertThat(policy.nextSubmissionCount(ReviewLevel.COMPETENT, true, 1)).isEqualTo(2);
    }

    @Test
    void expiredWindowIsAbandonedUnlessTheNoticeSaysNotAccepted() {
        assertThat(policy.fixWindowExpiryStatus(null)).isEqualTo("ABANDONED");
        assertThat(policy.fixWindowExpiryStatus("NOT_ACCEPTED")).isEqualTo("NOT_ACCEPTED");
        assertThatThrownBy(() -> policy.fixWindowExpiryStatus("REJECTED")).isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void returnReasonsAreReadFromLinesListsAndJsonArrays() {
        assertThat(ReturnReasons.parse("甲\r\n\n 乙 ")).containsExactly("甲", "乙");
        assertThat(ReturnReasons.parse(List.of("甲", " ", "乙"))).containsExactly("甲", "乙");
        assertThat(ReturnReasons.parse(Spin.JSON("[\"甲\",\"乙\"]"))).containsExactly("甲", "乙");
        assertThat(ReturnReasons.parse(null)).isEmpty();
        assertThat(ReturnReasons.join(List.of("甲", "乙"))).isEqualTo("甲\n乙");
    }

    @Test
    void competentOpinionFollowsTheNoticeTemplateWithoutTheName() {
        assertThat(ReviewOpinions.competentOpinion(null, "煤炭", "SENIOR_DEPUTY")).isEqualTo("同意推荐该同志申报煤炭专业副高级职称");
        assertThat(ReviewOpinions.competentOpinion("  同意推荐  ", "煤炭", "SENIOR_DEPUTY")).isEqualTo("同意推荐");
        assertThat(ReviewOpinions.levelName("UNKNOWN")).isEqualTo("UNKNOWN");
    }

    @Test
    void stageOutcomeIsContinueOrAFinalStatus() {
        assertThat(StageOutcome.checked("CONTINUE")).isEqualTo("CONTINUE");
        assertThat(StageOutcome.checked("UNPAID")).isEqualTo("UNPAID");
        assertThatThrownBy(() -> StageOutcome.checked("DONE")).isInstanceOf(IllegalArgumentException.class);
    }
}
