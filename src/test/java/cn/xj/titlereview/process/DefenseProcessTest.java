package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.EngineTestJobs.executeDueJobs;
import static cn.xj.titlereview.process.ProcessScopeVariables.processVariable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
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
@Deployment(resources = {DefenseProcess.RESOURCE, DefenseProcess.DEFENSE_DECISION_RESOURCE,
        "processes/forms/defense-record.form"})
class DefenseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final String FIVE_SERIES = "notice-2024-xj-senior-five-series";
    private static final String NONFERROUS = "notice-2021-xj-nonferrous";
    private static final String AKESU = "notice-2024-akesu-coal";
    private static final String COMMITTEE_GROUP = "committee650001";

    ProcessEngine engine;

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @BeforeEach
    void setUp() {
        init(engine);
        SharedStageMocks.register();
    }

    @Test
    void seniorFullApplicantDefendsAndPasses() {
        ProcessInstance stage = start(FIVE_SERIES, "SENIOR_FULL", "REGION", false);

        assertThat(stage).isWaitingAt(DefenseProcess.DEFENSE_RECORD);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .initializeFormKeys().singleResult();
        assertThat(task).hasCandidateGroup(COMMITTEE_GROUP);
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo(DefenseProcess.FORM_DEFENSE_RECORD);
        assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();
        assertThat(engine.getTaskService().getVariable(task.getId(), "defenseReason").toString()).contains("线上视频答辩");

        // the form's radio submits text
        engine.getFormService().submitTaskForm(task.getId(), Map.of("defensePassed", "true", "comment", "答辩表现良好"));

        assertThat(stage).isEnded().hasPassed(DefenseProcess.END_DEFENSE_PASSED);
        assertThat(processVariable(engine, stage, "defensePassed")).isEqualTo(Boolean.TRUE);
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("CONTINUE");
    }

    @Test
    void failedDefenseRejectsTheApplication() {
        ProcessInstance stage = start(NONFERROUS, "SENIOR_DEPUTY", "PREFECTURE", false);

        engine.getTaskService().complete(task(stage).getId(), Map.of("defensePassed", false, "comment", "答辩未通过"));

        assertThat(stage).isEnded().hasPassed(DefenseProcess.END_DEFENSE_FAILED);
        assertThat(processVariable(engine, stage, "defensePassed")).isEqualTo(Boolean.FALSE);
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("REJECTED");
        assertThat(processVariable(engine, stage, "finalStatus")).isEqualTo("REJECTED");
    }

    @Test
    void intermediateApplicantIsExemptWithTheReason() {
        ProcessInstance stage = start(AKESU, "INTERMEDIATE", "COUNTY", false);

        assertThat(stage).isEnded().hasPassed(DefenseProcess.END_DEFENSE_EXEMPT).hasNotPassed(DefenseProcess.DEFENSE_RECORD);
        assertThat(processVariable(engine, stage, "defenseRequired")).isEqualTo(Boolean.FALSE);
        assertThat(processVariable(engine, stage, "defenseReason").toString()).contains("中级及以下");
        assertThat(processVariable(engine, stage, "stageOutcome")).isEqualTo("CONTINUE");
    }

    @Test
    void villageWorkExemptsFromDefense() {
        ProcessInstance stage = start(NONFERROUS, "SENIOR_DEPUTY", "REGION", true);

        assertThat(stage).isEnded().hasPassed(DefenseProcess.END_DEFENSE_EXEMPT);
        assertThat(processVariable(engine, stage, "defenseReason").toString()).contains("访惠聚");
    }

    @Test
    void aDefenseResultIsRequiredToCompleteTheRecord() {
        ProcessInstance stage = start(AKESU, "SENIOR_DEPUTY", "PREFECTURE", false);
        String taskId = task(stage).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, new HashMap<>(Map.of("comment", "未填写结果"))))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(stage).isWaitingAt(DefenseProcess.DEFENSE_RECORD);
    }

    @Test
    void aNoticeWithoutDefenseRulesFailsIntoAnIncidentInsteadOfSkippingTheDefense() {
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(DefenseProcess.KEY, "X1",
                inputs("notice-2099-unknown", "SENIOR_FULL", "REGION", false));

        assertThatThrownBy(() -> executeDueJobs(engine)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(DefenseProcess.GW_DEFENSE_REQUIRED);
        assertThat(stage).isWaitingAt(DefenseProcess.DETERMINE_DEFENSE);
    }

    private ProcessInstance start(String noticeId, String level, String unitLevel, boolean villageWork) {
        ProcessInstance stage = engine.getRuntimeService().startProcessInstanceByKey(DefenseProcess.KEY, "XJ2024000042",
                inputs(noticeId, level, unitLevel, villageWork));
        executeDueJobs(engine);
        return stage;
    }

    private static Map<String, Object> inputs(String noticeId, String level, String unitLevel, boolean villageWork) {
        return Variables.createVariables()
                .putValue(DefenseProcess.NOTICE_ID.name(), noticeId)
                .putValue(DefenseProcess.LEVEL.name(), level)
                .putValue(DefenseProcess.UNIT_LEVEL.name(), unitLevel)
                .putValue(DefenseProcess.VILLAGE_WORK.name(), villageWork)
                .putValue(DefenseProcess.COMMITTEE_GROUP.name(), COMMITTEE_GROUP);
    }
}
