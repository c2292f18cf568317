package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.EngineTestJobs.executeDueJobs;
import static cn.xj.titlereview.process.ProcessScopeVariables.processVariable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.xj.titlereview.certificate.InMemoryCertificateNumberService;
import cn.xj.titlereview.certificate.IssueCertificateNumberDelegate;
@Deployment(resources = {HrConfirmProcess.RESOURCE, "processes/forms/hr-confirm.form"})
class HrConfirmProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String HRB_GROUP = "hrb652900";

    ProcessEngine engine;

    @BeforeEach
    void setUp() {
        init(engine);
        SharedStageMocks.register();
        Mocks.register("issueCertificateNumberDelegate",
                new IssueCertificateNumberDelegate(new InMemoryCertificateNumberService()));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void confirmationIssuesACertificateNumberAndApproves() {
        ProcessInstance stage = start("AKS2024000101", "SENIOR_DEPUTY");

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .initializeFormKeys().singleResult();
        assertThat(task).hasCandidateGroup(HRB_GROUP);
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo(HrConfirmProcess.FORM_HR_CONFIRM);
        assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();

        engine.getTaskService().complete(task.getId(), Map.of("decision", "APPROVE", "comment", "同意确认"));
        assertThat(stage).isWaitingAt(HrConfirmProcess.ISSUE_CERTIFICATE_NUMBER);
        executeDueJobs(engine);

        assertThat(stage).isEnded().hasPassed(HrConfirmProcess.END_HR_APPROVED);
        assertThat(processVariable(engine, stage, "certificateNo")).isEqualTo("65290020242000001");
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("APPROVED");
        assertThat(processVariable(engine, stage, "finalStatus")).isEqualTo("APPROVED");
    }

    @Test
    void eachConfirmedApplicationOfAPrefixGetsTheNextNumber() {
        ProcessInstance first = start("AKS2024000101", "INTERMEDIATE");
        ProcessInstance second = start("AKS2024000102", "INTERMEDIATE");

        approve(first);
        approve(second);

        assertThat(processVariable(engine, first, "certificateNo")).isEqualTo("65290020243000001");
        assertThat(processVariable(engine, second, "certificateNo")).isEqualTo("65290020243000002");
    }

    @Test
    void refusalEndsRejectedWithoutACertificate() {
        ProcessInstance stage = start("AKS2024000103", "ASSISTANT");

        engine.getTaskService().complete(task(stage).getId(), Map.of("decision", "REJECT", "comment", "材料存疑"));

        assertThat(stage).isEnded().hasPassed(HrConfirmProcess.END_HR_REJECTED).hasNotPassed(HrConfirmProcess.ISSUE_CERTIFICATE_NUMBER);
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("REJECTED");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(stage.getId()).variableName("certificateNo").count()).isZero();
    }

    @Test
    void anEarlierApprovalDoesNotPrefillTheBureausDecision() {
        ProcessInstance stage = start("AKS2024000104", "ASSISTANT");
        String taskId = task(stage).getId();

        assertThat(engine.getTaskService().getVariable(taskId, "decision")).isNull();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(stage).isWaitingAt(HrConfirmProcess.HR_CONFIRM);
    }

    @Test
    void aBureauGroupWithoutRegionCodeLeavesAnIncidentWithAClearMessage() {
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(HrConfirmProcess.KEY, "AKS2024000105",
                Variables.createVariables()
                        .putValue("applicationNo", "AKS2024000105")
                        .putValue("noticeId", "notice-2024-akesu-coal")
                        .putValue("level", "ASSISTANT")
                        .putValue("hrbGroup", "hrbAkesu"));
        engine.getTaskService().complete(task(stage).getId(), Map.of("decision", "APPROVE"));

        assertThatThrownBy(() -> executeDueJobs(engine)).hasMessageContaining("6位行政区划代码");
        assertThat(stage).isWaitingAt(HrConfirmProcess.ISSUE_CERTIFICATE_NUMBER);
    }

    private void approve(ProcessInstance stage) {
        engine.getTaskService().complete(task(stage).getId(), Map.of("decision", "APPROVE"));
        executeDueJobs(engine);
        assertThat(stage).isEnded();
    }

    private ProcessInstance start(String applicationNo, String level) {
        return engine.getRuntimeService().startProcessInstanceByKey(HrConfirmProcess.KEY, applicationNo,
                Variables.createVariables()
                        .putValue(HrConfirmProcess.APPLICATION_NO.name(), applicationNo)
                        .putValue(HrConfirmProcess.NOTICE_ID.name(), "notice-2024-akesu-coal")
                        .putValue(HrConfirmProcess.LEVEL.name(), level)
                        .putValue(HrConfirmProcess.HRB_GROUP.name(), HRB_GROUP)
                        // left over from an earlier stage
                        .putValue("decision", "APPROVE"));
    }
}
