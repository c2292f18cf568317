package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.CommitteeIntakeProcess.*;
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
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = CommitteeIntakeProcess.RESOURCE)
class CommitteeIntakeStageTest {

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

    private void returnAndRevise(ProcessInstance pi, String reason) {
        decide(pi, COMMITTEE_INTAKE, vars("decision", "RETURN", "returnReasons", reason));
        decide(pi, APPLICANT_REVISE, Map.of());
    }

    @Test
    void acceptedApplicationReadsCommitteeHasReceivedTheMaterials() {
        ProcessInstance pi = start(Map.of());
        assertThat(taskOf(pi.getId(), COMMITTEE_INTAKE)).hasCandidateGroup("committee650001");

        decide(pi, COMMITTEE_INTAKE, vars("decision", "APPROVE"));

        assertThat(pi).isEnded().hasPassed(RECORD_COMMITTEE_ACCEPTANCE, END_INTAKE_ACCEPTED);
        assertThat(pi).variables()
                .containsEntry("stageOutcome", "CONTINUE")
                .containsEntry("committeeOpinion", "评审委员会已接收材料")
                .containsEntry("submissionCount", 1);
    }

    @Test
    void returnsUseTheFixWindowsInOrderAndCountEachResubmission() {
        ProcessInstance pi = start(Map.of());

        decide(pi, COMMITTEE_INTAKE, vars("decision", "RETURN", "returnReasons", "姓名未遮盖\n工作总结超过3000字"));
        assertThat(taskOf(pi.getId(), APPLICANT_REVISE)).hasCandidateUser(APPLICANT);
        assertThat(dueIn(pi.getId(), TIMER_FIX_WINDOW)).isEqualTo(Duration.ofHours(48));
        decide(pi, APPLICANT_REVISE, Map.of());
        assertThat(pi).isWaitingAt(COMMITTEE_INTAKE).variables().containsEntry("submissionCount", 2)
                .containsEntry("lastReturnReasons", "姓名未遮盖\n工作总结超过3000字");

        decide(pi, COMMITTEE_INTAKE, vars("decision", "RETURN", "returnReasons", "第2页仍有姓名"));
        assertThat(dueIn(pi.getId(), TIMER_FIX_WINDOW)).isEqualTo(Duration.ofHours(24));
        decide(pi, APPLICANT_REVISE, Map.of());

        decide(pi, COMMITTEE_INTAKE, vars("decision", "APPROVE"));
        assertThat(pi).isEnded().variables().containsEntry("stageOutcome", "CONTINUE")
                .containsEntry("submissionCount", 3);
    }

    @Test
    void lastFixWindowRepeatsWhenMoreSubmissionsAreAllowed() {
        ProcessInstance pi = start(vars("submissionLimit", 4));
        returnAndRevise(pi, "原因一");
        returnAndRevise(pi, "原因二");

        decide(pi, COMMITTEE_INTAKE, vars("decision", "RETURN", "returnReasons", "原因三"));

        assertThat(pi).variables().containsEntry("currentFixWindow", "PT24H");
        assertThat(dueIn(pi.getId(), TIMER_FIX_WINDOW)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void returnOfTheThirdSubmissionEndsNotAccepted() {
        ProcessInstance pi = start(Map.of());
        returnAndRevise(pi, "原因一");
        returnAndRevise(pi, "原因二");

        decide(pi, COMMITTEE_INTAKE, vars("decision", "RETURN", "returnReasons", "仍不符合要求"));

        assertThat(pi).isEnded().hasPassed(END_INTAKE_NOT_ACCEPTED);
        assertThat(pi).variables().containsEntry("stageOutcome", "NOT_ACCEPTED")
                .containsEntry("finalStatus", "NOT_ACCEPTED").containsEntry("submissionCount", 3);
    }

    @Test
    void revisionLaterThanTheWindowEndsAbandoned() {
        ProcessInstance pi = start(Map.of());
        decide(pi, COMMITTEE_INTAKE, vars("decision", "RETURN", "returnReasons", "缺少继续教育证书"));

        fireTimer(pi.getId(), TIMER_FIX_WINDOW);

        assertThat(pi).isEnded().hasPassed(GW_FIX_WINDOW_EXPIRY, END_FIX_WINDOW_ABANDONED);
        assertThat(pi).variables().containsEntry("finalStatus", "ABANDONED");
    }

    @Test
    void revisionLaterThanTheWindowEndsNotAcceptedWhereTheNoticeSaysSo() {
        ProcessInstance pi = start(vars("fixWindowExpiryStatus", "NOT_ACCEPTED", "fixWindows", "P2D"));
        decide(pi, COMMITTEE_INTAKE, vars("decision", "RETURN", "returnReasons", "缺少普通话证书"));
        assertThat(dueIn(pi.getId(), TIMER_FIX_WINDOW)).isEqualTo(Duration.ofDays(2));

        fireTimer(pi.getId(), TIMER_FIX_WINDOW);

        assertThat(pi).isEnded().hasPassed(END_FIX_WINDOW_NOT_ACCEPTED);
        assertThat(pi).variables().containsEntry("stageOutcome", "NOT_ACCEPTED")
                .containsEntry("finalStatus", "NOT_ACCEPTED");
    }

    @Test
    void rejectionEndsNotAccepted() {
        ProcessInstance pi = start(Map.of());
        decide(pi, COMMITTEE_INTAKE, vars("decision", "REJECT", "comment", "申报专业不在本次评审范围"));

        assertThat(pi).isEnded().hasPassed(END_INTAKE_REJECTED);
        assertThat(pi).variables().containsEntry("finalStatus", "NOT_ACCEPTED");
    }

    @Test
    void returnReasonsGivenAsJsonListAreStoredOnePerLine() {
        ProcessInstance pi = start(Map.of());
        decide(pi, COMMITTEE_INTAKE, vars("decision", "RETURN",
                "returnReasons", Spin.JSON(List.of("缺少学历证书", " 照片不清晰 "))));

        assertThat(pi).variables().containsEntry("returnReasons", "缺少学历证书\n照片不清晰");
    }

    @Test
    void malformedFixWindowsFailWithAChineseMessage() {
        ProcessInstance pi = start(vars("fixWindows", "48小时"));
        Task task = taskOf(pi.getId(), COMMITTEE_INTAKE);

        assertThatThrownBy(() -> taskService().complete(task.getId(),
                Variables.putValue("decision", "RETURN").putValue("returnReasons", "缺少照片")))
                .hasMessageContaining("修改期限格式错误：“48小时”");
    }

    // ------------------------------------------------------------------ 退回上一环节

    @Test
    void sendBackToTheCompetentUnitEndsSentBackAndCountsNoSubmission() {
        ProcessInstance pi = start(vars("submissionCount", 3));

        complete(taskOf(pi.getId(), COMMITTEE_INTAKE), vars("decision", "SEND_BACK",
                "sendBackReason", "主管单位推荐意见缺少签字"));

        assertThat(pi).isEnded().hasPassed(END_INTAKE_SENT_BACK).hasNotPassed(APPLICANT_REVISE);
        assertThat(pi).variables().containsEntry("stageOutcome", "SENT_BACK")
                .containsEntry("sendBackTo", "competent_recommend").containsEntry("submissionCount", 3)
                .doesNotContainKeys("finalStatus", "currentFixWindow");
    }

    @Test
    void sendBackToTheUnitIsNotTheCommitteesEarlierStep() {
        ProcessInstance pi = start(Map.of());
        Task task = taskOf(pi.getId(), COMMITTEE_INTAKE);

        assertThatThrownBy(() -> taskService().complete(task.getId(), vars("decision", "SEND_BACK",
                "sendBackTo", "unit_review", "sendBackReason", "单位意见不全")))
                .hasRootCauseMessage("‘用人单位审核’不是本环节的上一环节，本环节只能退回到‘主管单位审核推荐’（competent_recommend）");
        assertThat(pi).isWaitingAt(COMMITTEE_INTAKE);
        assertThat(pi).variables().doesNotContainKeys("sendBackTo", "stageOutcome");
    }
}
