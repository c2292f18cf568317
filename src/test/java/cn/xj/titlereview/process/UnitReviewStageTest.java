package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.ProcessTestSupport.APPLICANT;
import static cn.xj.titlereview.process.ProcessTestSupport.APPLICATION_NO;
import static cn.xj.titlereview.process.ProcessTestSupport.T0;
import static cn.xj.titlereview.process.ProcessTestSupport.applicationVariables;
import static cn.xj.titlereview.process.ProcessTestSupport.correlate;
import static cn.xj.titlereview.process.ProcessTestSupport.dueIn;
import static cn.xj.titlereview.process.ProcessTestSupport.fireTimer;
import static cn.xj.titlereview.process.ProcessTestSupport.taskOf;
import static cn.xj.titlereview.process.ProcessTestSupport.vars;
import static cn.xj.titlereview.process.UnitReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.xj.titlereview.review.ReviewDecisionException;

@Deployment(resources = UnitReviewProcess.RESOURCE)
class UnitReviewStageTest {

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

    private ProcessInstance start() {
        return start(Map.of());
    }

    private void decide(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        complete(taskOf(pi.getId(), taskKey), variables);
    }

    @Test
    void approvedApplicationIsPublicizedForTheWorkingDaysThenRecommendedWithTheFixedOpinion() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(UNIT_REVIEW);
        assertThat(taskOf(pi.getId(), UNIT_REVIEW)).hasCandidateGroup("unit650100001");

        decide(pi, UNIT_REVIEW, vars("decision", "APPROVE", "comment", "材料齐全"));

        assertThat(pi).isWaitingAt(TIMER_UNIT_PUBLICITY);
        assertThat(pi).variables().containsEntry("unitPublicityStartedAt", Date.from(T0));
        assertThat(dueIn(pi.getId(), TIMER_UNIT_PUBLICITY)).isEqualTo(Duration.ofDays(5));

        fireTimer(pi.getId(), TIMER_UNIT_PUBLICITY);

        assertThat(pi).isEnded().hasPassed(RECORD_UNIT_OPINION, END_UNIT_RECOMMENDED);
        assertThat(pi).variables()
                .containsEntry("stageOutcome", "CONTINUE")
                .containsEntry("unitOpinion", "本单位已对提供的申报材料逐一审核，真实、完整、有效，同意推荐")
                .doesNotContainKey("finalStatus");
    }

    @Test
    void unitOpinionTextOfTheNoticeReplacesTheDefault() {
        ProcessInstance pi = start(vars("unitOpinionText", "本单位已对申报人提供的申报材料逐一审核，真实准确，同意推荐"));
        decide(pi, UNIT_REVIEW, vars("decision", "APPROVE"));
        fireTimer(pi.getId(), TIMER_UNIT_PUBLICITY);

        assertThat(pi).variables().containsEntry("unitOpinion", "本单位已对申报人提供的申报材料逐一审核，真实准确，同意推荐");
    }

    @Test
    void returnSendsTheApplicationToTheApplicantWithEveryReasonAndBackToTheUnit() {
        ProcessInstance pi = start();
        decide(pi, UNIT_REVIEW, vars("decision", "RETURN", "returnReasons", " 缺少学历证书 \n\n继续教育证书不清晰\n"));

        assertThat(pi).isWaitingAt(APPLICANT_REVISE);
        assertThat(taskOf(pi.getId(), APPLICANT_REVISE)).hasCandidateUser(APPLICANT);
        assertThat(pi).variables()
                .containsEntry("returnReasons", "缺少学历证书\n继续教育证书不清晰")
                .containsEntry("currentFixWindow", "PT48H");
        assertThat(dueIn(pi.getId(), TIMER_UNIT_FIX_WINDOW)).isEqualTo(Duration.ofHours(48));

        decide(pi, APPLICANT_REVISE, Map.of());

        assertThat(pi).isWaitingAt(UNIT_REVIEW).hasPassed(COUNT_UNIT_RESUBMISSION);
        assertThat(pi).variables()
                .containsEntry("lastReturnReasons", "缺少学历证书\n继续教育证书不清晰")
                .containsEntry("submissionCount", 1)
                .doesNotContainKeys("returnReasons", "decision");
    }

    @Test
    void returnWithoutReasonsIsRefusedWithAChineseMessage() {
        ProcessInstance pi = start();
        Task task = taskOf(pi.getId(), UNIT_REVIEW);

        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "RETURN", "returnReasons", " \n ")))
                .hasRootCauseInstanceOf(ReviewDecisionException.class)
                .hasRootCauseMessage("退回修改时必须一次性填写全部退回原因（每行一条）");
        assertThat(pi).isWaitingAt(UNIT_REVIEW);
    }

    @Test
    void completionWithoutDecisionIsRefused() {
        ProcessInstance pi = start();
        Task task = taskOf(pi.getId(), UNIT_REVIEW);

        assertThatThrownBy(() -> taskService().complete(task.getId()))
                .satisfies(thrown -> assertThat(ReviewDecisionException.findIn(thrown)).get()
                        .extracting(Throwable::getMessage).isEqualTo("请选择审核结论：同意、退回修改、不同意"));
    }

    @Test
    void rejectionByTheUnitEndsTheApplicationRejected() {
        ProcessInstance pi = start();
        decide(pi, UNIT_REVIEW, vars("decision", "REJECT", "comment", "不符合申报条件"));

        assertThat(pi).isEnded().hasPassed(END_UNIT_REJECTED);
        assertThat(pi).variables().containsEntry("stageOutcome", "REJECTED").containsEntry("finalStatus", "REJECTED");
    }

    @Test
    void revisionNotSubmittedWithinTheFixWindowEndsAbandoned() {
        ProcessInstance pi = start();
        decide(pi, UNIT_REVIEW, vars("decision", "RETURN", "returnReasons", "缺少年度考核表"));

        fireTimer(pi.getId(), TIMER_UNIT_FIX_WINDOW);

        assertThat(pi).isEnded().hasPassed(END_UNIT_ABANDONED);
        assertThat(pi).variables().containsEntry("stageOutcome", "ABANDONED").containsEntry("finalStatus", "ABANDONED");
    }

    @Test
    void dismissedObjectionLetsThePublicityRunToItsEnd() {
        ProcessInstance pi = start();
        decide(pi, UNIT_REVIEW, vars("decision", "APPROVE"));

        correlate(MESSAGE_OBJECTION_RAISED);
        assertThat(pi).isWaitingAt(UNIT_OBJECTION_REVIEW, TIMER_UNIT_PUBLICITY);
        assertThat(taskOf(pi.getId(), UNIT_OBJECTION_REVIEW)).hasCandidateGroup("unit650100001");
        decide(pi, UNIT_OBJECTION_REVIEW, vars("decision", "APPROVE", "comment", "经核实，反映情况不属实"));

        assertThat(pi).isWaitingAt(TIMER_UNIT_PUBLICITY);
        fireTimer(pi.getId(), TIMER_UNIT_PUBLICITY);
        assertThat(pi).isEnded().hasPassed(END_UNIT_RECOMMENDED);
        assertThat(pi).variables().containsEntry("stageOutcome", "CONTINUE");
    }

    @Test
    void upheldObjectionEndsTheApplicationRejected() {
        ProcessInstance pi = start();
        decide(pi, UNIT_REVIEW, vars("decision", "APPROVE"));
        correlate(MESSAGE_OBJECTION_RAISED);

        decide(pi, UNIT_OBJECTION_REVIEW, vars("decision", "REJECT", "comment", "业绩材料不实"));

        assertThat(pi).isEnded().hasPassed(END_UNIT_OBJECTION_REJECTED).hasNotPassed(RECORD_UNIT_OPINION);
        assertThat(pi).variables().containsEntry("stageOutcome", "REJECTED").containsEntry("finalStatus", "REJECTED");
    }

    @Test
    void objectionReviewOffersNoReturn() {
        ProcessInstance pi = start();
        decide(pi, UNIT_REVIEW, vars("decision", "APPROVE"));
        correlate(MESSAGE_OBJECTION_RAISED);
        Task task = taskOf(pi.getId(), UNIT_OBJECTION_REVIEW);

        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "RETURN", "returnReasons", "补充说明")))
                .hasRootCauseInstanceOf(ReviewDecisionException.class)
                .hasRootCauseMessage("本任务不能选择“退回修改”，请选择：同意、不同意");
    }

    @Test
    void objectionOutsideThePublicityIsNotCorrelated() {
        start();

        assertThatThrownBy(() -> correlate(MESSAGE_OBJECTION_RAISED))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void countedUnitLevelSubmissionsEndNotAcceptedWhenTheLastAllowedSubmissionIsReturned() {
        ProcessInstance pi = start(vars("countUnitLevelSubmissions", true, "fixWindows", "PT48H"));

        for (int submission = 1; submission < 3; submission++) {
            decide(pi, UNIT_REVIEW, vars("decision", "RETURN", "returnReasons", "第" + submission + "次退回原因"));
            assertThat(pi).isWaitingAt(APPLICANT_REVISE);
            decide(pi, APPLICANT_REVISE, Map.of());
            assertThat(pi).variables().containsEntry("submissionCount", submission + 1);
        }
        decide(pi, UNIT_REVIEW, vars("decision", "RETURN", "returnReasons", "仍不符合要求"));

        assertThat(pi).isEnded().hasPassed(END_UNIT_NOT_ACCEPTED);
        assertThat(pi).variables().containsEntry("stageOutcome", "NOT_ACCEPTED")
                .containsEntry("finalStatus", "NOT_ACCEPTED");
    }

    @Test
    void publicityShorterThanFiveWorkingDaysIsRefused() {
        ProcessInstance pi = start(vars("publicityWorkingDays", 3));
        Task task = taskOf(pi.getId(), UNIT_REVIEW);

        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "APPROVE")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("公示期不得少于5个工作日");
    }

    @Test
    @Deployment(resources = {UnitReviewProcess.RESOURCE, "processes/forms/unit-review.form",
            "processes/forms/unit-objection-review.form", "processes/forms/applicant-revise.form"})
    void reviewTasksShowTheirDeployedChineseForms() throws Exception {
        ProcessInstance pi = start();
        Task review = taskOf(pi.getId(), UNIT_REVIEW);

        assertThat(formText(review)).contains("\"id\": \"unit-review\"").contains("退回修改");
        assertThat(formService().getTaskFormVariables(review.getId()))
                .containsKeys("applicationNo", "levelName", "submissionCount");
        assertThat(formService().getTaskFormVariables(review.getId()).getValue("levelName", String.class))
                .isEqualTo("正高级");

        decide(pi, UNIT_REVIEW, vars("decision", "RETURN", "returnReasons", "缺少照片"));
        assertThat(formText(taskOf(pi.getId(), APPLICANT_REVISE))).contains("\"id\": \"applicant-revise\"");
    }

    private static String formText(Task task) throws Exception {
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------ 退回上一环节 (sent back by the competent unit)

    static final String PUBLISHED = "本单位已对提供的申报材料逐一审核，真实、完整、有效，同意推荐";

    private ProcessInstance sentBack(Object... extra) {
        Map<String, Object> variables = vars("publishedUnitOpinion", PUBLISHED, "unitOpinion", PUBLISHED,
                "sendBackTo", "unit_review", "sendBackReason", "请核实任职年限的起算时间", "submissionCount", 2);
        variables.putAll(vars(extra));
        return start(variables);
    }

    @Test
    void sentBackUnitSeesTheReasonAndKeepingItsOpinionIsNotPublicizedAgain() {
        ProcessInstance pi = sentBack();
        Task task = taskOf(pi.getId(), UNIT_REVIEW);
        assertThat(taskService().getVariableLocal(task.getId(), "sentBackReason")).isEqualTo("请核实任职年限的起算时间");

        decide(pi, UNIT_REVIEW, vars("decision", "APPROVE"));

        assertThat(pi).isEnded().hasPassed(CHECK_UNIT_OPINION, GW_UNIT_PUBLICITY_REQUIRED, END_UNIT_OPINION_KEPT)
                .hasNotPassed(START_UNIT_PUBLICITY, TIMER_UNIT_PUBLICITY, RECORD_UNIT_OPINION);
        assertThat(pi).variables().containsEntry("stageOutcome", "CONTINUE").containsEntry("unitOpinion", PUBLISHED)
                .containsEntry("unitPublicityRequired", false).containsEntry("submissionCount", 2)
                .doesNotContainKey("finalStatus");
    }

    @Test
    void aReviewRemarkIsNoChangeOfOpinion() {
        ProcessInstance pi = sentBack();

        decide(pi, UNIT_REVIEW, vars("decision", "APPROVE", "comment", "已核实任职年限", "unitOpinionChanged", false));

        assertThat(pi).isEnded().hasPassed(END_UNIT_OPINION_KEPT).hasNotPassed(START_UNIT_PUBLICITY);
    }

    @Test
    void changedOpinionIsPublicizedAgainAndRecorded() {
        ProcessInstance pi = sentBack();

        decide(pi, UNIT_REVIEW, vars("decision", "APPROVE", "unitOpinionChanged", true));

        assertThat(pi).isWaitingAt(TIMER_UNIT_PUBLICITY);
        assertThat(dueIn(pi.getId(), TIMER_UNIT_PUBLICITY)).isEqualTo(Duration.ofDays(5));
        fireTimer(pi.getId(), TIMER_UNIT_PUBLICITY);
        assertThat(pi).isEnded().hasPassed(RECORD_UNIT_OPINION, END_UNIT_RECOMMENDED);
        assertThat(pi).variables().containsEntry("unitOpinion", PUBLISHED).containsEntry("publishedUnitOpinion", PUBLISHED)
                .containsEntry("unitPublicityRequired", true);
    }

    @Test
    void returnToTheApplicantAfterASendBackUsesTheApplicantsWindowAndIsPublicizedAgain() {
        ProcessInstance pi = sentBack("countUnitLevelSubmissions", true);

        decide(pi, UNIT_REVIEW, vars("decision", "RETURN", "returnReasons", "请补充任职文件"));

        // the window of the applicant's own history: the send-back took none of it
        assertThat(dueIn(pi.getId(), TIMER_UNIT_FIX_WINDOW)).isEqualTo(Duration.ofHours(24));
        assertThat(pi).variables().containsEntry("submissionCount", 2).containsEntry("publishedUnitOpinion", null);
        decide(pi, APPLICANT_REVISE, Map.of());
        assertThat(pi).variables().containsEntry("submissionCount", 3);
        decide(pi, UNIT_REVIEW, vars("decision", "APPROVE"));
        assertThat(pi).isWaitingAt(TIMER_UNIT_PUBLICITY);
    }

    @Test
    void theUnitCannotSendBackItsOwnReview() {
        ProcessInstance pi = start();
        Task task = taskOf(pi.getId(), UNIT_REVIEW);

        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "SEND_BACK",
                "sendBackReason", "x")))
                .hasRootCauseMessage("本任务不能选择“退回上一环节”，请选择：同意、退回修改、不同意");
        assertThat(pi).isWaitingAt(UNIT_REVIEW);
    }
}
