package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.EngineTestJobs.executeDueJobs;
import static cn.xj.titlereview.process.ProcessScopeVariables.processVariable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
@Deployment(resources = {PaperMaterialsProcess.RESOURCE, "processes/forms/committee-paper-received.form"})
class PaperMaterialsProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String COMMITTEE_GROUP = "committee650001";
    private static final Date PAPER_DEADLINE = date("2023-10-30T18:00:00+08:00");

    ProcessEngine engine;

    @BeforeEach
    void setUp() {
        init(engine);
        SharedStageMocks.register();
        ClockUtil.setCurrentTime(date("2023-10-26T09:00:00+08:00"));
    }

    @AfterEach
    void resetClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void committeeOfficeReceivesMatchingPaperMaterials() {
        ProcessInstance stage = start(true);

        assertThat(stage).isWaitingAt(PaperMaterialsProcess.COMMITTEE_PAPER_RECEIVED);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .initializeFormKeys().singleResult();
        assertThat(task).hasCandidateGroup(COMMITTEE_GROUP);
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo(PaperMaterialsProcess.FORM_COMMITTEE_PAPER_RECEIVED);
        assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("latest");
        assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();

        engine.getTaskService().complete(task.getId(), Map.of("decision", "APPROVE"));

        assertThat(stage).isEnded().hasPassed(PaperMaterialsProcess.END_PAPER_RECEIVED);
        assertThat(variable(stage, "stageOutcome")).isEqualTo("CONTINUE");
    }

    @Test
    void paperMaterialsThatDoNotMatchTheOnlineApplicationAreNotAccepted() {
        ProcessInstance stage = start(true);

        engine.getTaskService().complete(task(stage).getId(),
                Map.of("decision", "REJECT", "comment", "评审表与网上申报的业绩成果不一致"));

        assertThat(stage).isEnded().hasPassed(PaperMaterialsProcess.END_PAPER_MISMATCH);
        assertThat(variable(stage, "stageOutcome")).isEqualTo("NOT_ACCEPTED");
        assertThat(variable(stage, "comment")).isEqualTo("评审表与网上申报的业绩成果不一致");
    }

    @Test
    void paperMaterialsMissingAtTheDeadlineAreNotAccepted() {
        ProcessInstance stage = start(true);

        ClockUtil.setCurrentTime(date("2023-10-30T17:59:00+08:00"));
        executeDueJobs(engine);
        assertThat(stage).isWaitingAt(PaperMaterialsProcess.COMMITTEE_PAPER_RECEIVED);

        ClockUtil.setCurrentTime(date("2023-10-30T18:00:01+08:00"));
        executeDueJobs(engine);

        assertThat(stage).isEnded().hasPassed(PaperMaterialsProcess.END_PAPER_MISSING);
        assertThat(variable(stage, "stageOutcome")).isEqualTo("NOT_ACCEPTED");
        assertThat(variable(stage, "finalStatus")).isEqualTo("NOT_ACCEPTED");
    }

    @Test
    void skipsTheStageWhenTheNoticeAsksForNoPaperMaterials() {
        ProcessInstance stage = start(false);

        assertThat(stage).isEnded().hasPassed(PaperMaterialsProcess.END_PAPER_NOT_REQUIRED)
                .hasNotPassed(PaperMaterialsProcess.COMMITTEE_PAPER_RECEIVED);
        assertThat(variable(stage, "stageOutcome")).isEqualTo("CONTINUE");
    }

    @Test
    void theFormStartsBlankEvenWhenAnEarlierStageLeftADecision() {
        ProcessInstance stage = start(true);

        Task task = task(stage);

        assertThat(engine.getTaskService().getVariable(task.getId(), "decision")).isNull();
        assertThat(engine.getTaskService().getVariable(task.getId(), "comment")).isNull();
    }

    private ProcessInstance start(boolean paperRequired) {
        return engine.getRuntimeService().startProcessInstanceByKey(PaperMaterialsProcess.KEY, "HM2023000007",
                Variables.createVariables()
                        .putValue(PaperMaterialsProcess.PAPER_MATERIALS_REQUIRED.name(), paperRequired)
                        .putValue(PaperMaterialsProcess.PAPER_DEADLINE.name(), PAPER_DEADLINE)
                        .putValue(PaperMaterialsProcess.COMMITTEE_GROUP.name(), COMMITTEE_GROUP)
                        // left over from the committee's formal review
                        .putValue("decision", "APPROVE")
                        .putValue("comment", "评审委员会已接收材料"));
    }

    private Object variable(ProcessInstance stage, String name) {
        return processVariable(engine, stage, name);
    }

    private static Date date(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }
}
