package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.CompetentRecommendProcess.*;
import static cn.xj.titlereview.process.ProcessTestSupport.APPLICANT;
import static cn.xj.titlereview.process.ProcessTestSupport.APPLICATION_NO;
import static cn.xj.titlereview.process.ProcessTestSupport.T0;
import static cn.xj.titlereview.process.ProcessTestSupport.applicationVariables;
import static cn.xj.titlereview.process.ProcessTestSupport.dueIn;
import static cn.xj.titlereview.process.ProcessTestSupport.fireTimer;
import static cn.xj.titlereview.process.ProcessTestSupport.taskOf;
import static cn.xj.titlereview.process.ProcessTestSupport.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = CompetentRecommendProcess.RESOURCE)
class CompetentRecommendStageTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9).build();

    @RegisterExtension
    final StageTestSetUp setUp = new StageTestSetUp(extension);

    private ProcessInstance start(Map<String, Object> extra) {
        Map<String, Object> variables = applicationVariables();
        variables.putAll(extra);
        return runtimeService().startProcessInstanceByKey(KEY, APPLICATION_NO, variables);
    }

    private void decide(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        complete(taskOf(pi.getId(), taskKey), variables);
    }

    @Test
    void approvalWithoutWordsRecordsTheNoticeRecommendationTemplate() {
        ProcessInstance pi = start(Map.of());
        assertThat(taskOf(pi.getId(), COMPETENT_RECOMMEND)).hasCandidateGroup("competent650100");

        decide(pi, COMPETENT_RECOMMEND, vars("decision", "APPROVE"));

        assertThat(pi).isEnded().hasPassed(RECORD_COMPETENT_OPINION, END_COMPETENT_RECOMMENDED);
        assertThat(pi).variables()
                .containsEntry("stageOutcome", "CONTINUE")
                .containsEntry("competentOpinion", "同意推荐该同志申报采矿工程专业正高级职称");
    }

    @Test
    void approvalWithWordsRecordsThem() {
        ProcessInstance pi = start(Map.of());

        decide(pi, COMPETENT_RECOMMEND, vars("decision", "APPROVE", "comment", "同意推荐该同志申报工程系列采矿工程专业正高级职称"));

        assertThat(pi).variables().containsEntry("competentOpinion", "同意推荐该同志申报工程系列采矿工程专业正高级职称");
    }

    @Test
    void returnGoesToTheApplicantAndTheRevisionComesBackToTheCompetentUnit() {
        ProcessInstance pi = start(Map.of());
        decide(pi, COMPETENT_RECOMMEND, vars("decision", "RETURN", "returnReasons", "推荐意见缺少公章"));

        assertThat(pi).isWaitingAt(APPLICANT_REVISE);
        assertThat(taskOf(pi.getId(), APPLICANT_REVISE)).hasCandidateUser(APPLICANT);
        assertThat(dueIn(pi.getId(), TIMER_COMPETENT_FIX_WINDOW)).isEqualTo(Duration.ofHours(48));
        decide(pi, APPLICANT_REVISE, Map.of());

        assertThat(pi).isWaitingAt(COMPETENT_RECOMMEND).hasPassed(COUNT_COMPETENT_RESUBMISSION);
        assertThat(pi).variables().containsEntry("lastReturnReasons", "推荐意见缺少公章")
                .containsEntry("submissionCount", 1);
    }

    @Test
    void returnWithoutReasonsIsRefused() {
        ProcessInstance pi = start(Map.of());
        Task task = taskOf(pi.getId(), COMPETENT_RECOMMEND);

        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "RETURN")))
                .hasRootCauseMessage("退回修改时必须一次性填写全部退回原因（每行一条）");
    }

    @Test
    void rejectionEndsTheApplicationRejected() {
        ProcessInstance pi = start(Map.of());
        decide(pi, COMPETENT_RECOMMEND, vars("decision", "REJECT", "comment", "任职年限不足"));

        assertThat(pi).isEnded().hasPassed(END_COMPETENT_REJECTED);
        assertThat(pi).variables().containsEntry("stageOutcome", "REJECTED").containsEntry("finalStatus", "REJECTED");
    }

    @Test
    void expiredFixWindowEndsAbandoned() {
        ProcessInstance pi = start(Map.of());
        decide(pi, COMPETENT_RECOMMEND, vars("decision", "RETURN", "returnReasons", "缺少推荐意见"));

        fireTimer(pi.getId(), TIMER_COMPETENT_FIX_WINDOW);

        assertThat(pi).isEnded().hasPassed(END_COMPETENT_ABANDONED);
        assertThat(pi).variables().containsEntry("finalStatus", "ABANDONED");
    }

    @Test
    void countedReturnOfTheLastAllowedSubmissionEndsNotAccepted() {
        ProcessInstance pi = start(vars("countUnitLevelSubmissions", true, "submissionCount", 3));

        decide(pi, COMPETENT_RECOMMEND, vars("decision", "RETURN", "returnReasons", "仍缺少廉政情况证明"));

        assertThat(pi).isEnded().hasPassed(END_COMPETENT_NOT_ACCEPTED);
        assertThat(pi).variables().containsEntry("stageOutcome", "NOT_ACCEPTED");
    }

    @Test
    void countedReturnGivesTheWindowOfTheSubmissionAndCountsTheResubmission() {
        ProcessInstance pi = start(vars("countUnitLevelSubmissions", true, "submissionCount", 2));

        decide(pi, COMPETENT_RECOMMEND, vars("decision", "RETURN", "returnReasons", "照片不合格"));
        assertThat(dueIn(pi.getId(), TIMER_COMPETENT_FIX_WINDOW)).isEqualTo(Duration.ofHours(24));
        decide(pi, APPLICANT_REVISE, Map.of());

        assertThat(pi).variables().containsEntry("submissionCount", 3);
    }

    // ------------------------------------------------------------------ 退回上一环节

    @Test
    void sendBackToTheUnitEndsSentBackWithTheReasonAndLeavesTheApplicantsCountAndWindowsAlone() {
        ProcessInstance pi = start(vars("countUnitLevelSubmissions", true, "submissionCount", 2));

        decide(pi, COMPETENT_RECOMMEND, vars("decision", "SEND_BACK", "sendBackReason", "  单位推荐意见未盖章  "));

        assertThat(pi).isEnded().hasPassed(END_COMPETENT_SENT_BACK).hasNotPassed("prepare_competent_revision",
                APPLICANT_REVISE);
        assertThat(pi).variables().containsEntry("stageOutcome", "SENT_BACK")
                .containsEntry("sendBackTo", "unit_review").containsEntry("sendBackReason", "单位推荐意见未盖章")
                .containsEntry("submissionCount", 2)
                .doesNotContainKeys("finalStatus", "currentFixWindow", "submissionLimitReached");
    }

    @Test
    void sendBackNamingTheUnitExplicitlyIsAccepted() {
        ProcessInstance pi = start(Map.of());

        decide(pi, COMPETENT_RECOMMEND, vars("decision", "SEND_BACK", "sendBackTo", "unit_review",
                "sendBackReason", "请补充单位公示情况"));

        assertThat(pi).isEnded().hasPassed(END_COMPETENT_SENT_BACK);
    }

    @Test
    void sendBackWithoutAReasonOrToAStepThatIsNotEarlierIsRefusedAndNothingChanges() {
        ProcessInstance pi = start(vars("submissionCount", 2));
        Task task = taskOf(pi.getId(), COMPETENT_RECOMMEND);

        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "SEND_BACK")))
                .hasRootCauseMessage("退回上一环节时必须填写退回原因，‘用人单位审核’将看到该原因");
        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "SEND_BACK",
                "sendBackReason", "   ")))
                .hasRootCauseMessage("退回上一环节时必须填写退回原因，‘用人单位审核’将看到该原因");
        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "SEND_BACK",
                "sendBackTo", "committee_intake", "sendBackReason", "x")))
                .hasRootCauseMessage("‘评审委员会形式审核’不是本环节的上一环节，本环节只能退回到‘用人单位审核’（unit_review）");
        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "SEND_BACK",
                "sendBackTo", "applicant", "sendBackReason", "x")))
                .hasRootCauseMessage("没有名为“applicant”的审核环节，本环节只能退回到‘用人单位审核’（unit_review）");

        assertThat(pi).isWaitingAt(COMPETENT_RECOMMEND);
        assertThat(taskOf(pi.getId(), COMPETENT_RECOMMEND).getId()).isEqualTo(task.getId());
        assertThat(pi).variables().containsEntry("submissionCount", 2)
                .doesNotContainKeys("sendBackTo", "sendBackReason", "stageOutcome", "decision");
    }

    @Test
    void theCommitteesReasonIsOnTheCompetentUnitsTaskAndLeavesTheProcessScope() {
        ProcessInstance pi = start(vars("sendBackTo", "competent_recommend", "sendBackReason", "推荐意见与申报专业不一致"));

        Task task = taskOf(pi.getId(), COMPETENT_RECOMMEND);

        assertThat(taskService().getVariableLocal(task.getId(), "sentBackReason")).isEqualTo("推荐意见与申报专业不一致");
        assertThat(runtimeService().getVariable(pi.getId(), "sendBackTo")).isNull();
        assertThat(runtimeService().getVariable(pi.getId(), "sendBackReason")).isNull();
        decide(pi, COMPETENT_RECOMMEND, vars("decision", "APPROVE"));
        assertThat(pi).isEnded().hasPassed(END_COMPETENT_RECOMMENDED);
    }
}
