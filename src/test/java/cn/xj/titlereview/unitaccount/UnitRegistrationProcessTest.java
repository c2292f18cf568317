package cn.xj.titlereview.unitaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

import cn.xj.titlereview.review.ReviewDecisionException;

/** The competent department's review of a unit's registration: approve opens the account, refuse tells why. */
@Deployment(resources = {UnitRegistrationProcess.RESOURCE, UnitRegistrationProcess.FORM_RESOURCE})
class UnitRegistrationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension ext = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    ProcessEngine engine;
    private final List<String> opened = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    @BeforeEach
    void setUp() {
        init(engine);
        Mocks.register("unitRegistrationDecisionListener", new UnitRegistrationDecisionListener());
        Mocks.register("openUnitAccountDelegate", (JavaDelegate) e -> opened.add(e.getBusinessKey()));
        Mocks.register("notifyUnitRegistrationRefusedDelegate",
                (JavaDelegate) e -> refused.add(e.getBusinessKey() + ":" + e.getVariable("comment")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void theCompetentDepartmentsGroupApprovesAndTheAccountIsOpened() {
        ProcessInstance instance = start();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(UnitRegistrationProcess.TASK_REVIEW);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("competent650100"));

        engine.getTaskService().complete(task.getId(), Variables.putValue("decision", "APPROVE"));

        assertThat(instance).isEnded().hasPassed(UnitRegistrationProcess.TASK_OPEN_ACCOUNT,
                UnitRegistrationProcess.END_OPENED).hasNotPassed(UnitRegistrationProcess.TASK_NOTIFY_REFUSAL);
        assertThat(opened).containsExactly("91650100MA7XJ0001X");
        assertThat(refused).isEmpty();
    }

    @Test
    void aRefusalWithReasonsTellsTheContact() {
        ProcessInstance instance = start();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();

        engine.getTaskService().complete(task.getId(),
                Variables.putValue("decision", "REFUSE").putValue("comment", "单位名称与营业执照不一致"));

        assertThat(instance).isEnded().hasPassed(UnitRegistrationProcess.TASK_NOTIFY_REFUSAL,
                UnitRegistrationProcess.END_REFUSED).hasNotPassed(UnitRegistrationProcess.TASK_OPEN_ACCOUNT);
        assertThat(refused).containsExactly("91650100MA7XJ0001X:单位名称与营业执照不一致");
        assertThat(opened).isEmpty();
    }

    @Test
    void aRefusalWithoutReasonsOrNoDecisionIsNotTaken() {
        ProcessInstance instance = start();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Variables.putValue("decision", "REFUSE")
                .putValue("comment", "  "))).hasRootCauseInstanceOf(ReviewDecisionException.class)
                .rootCause().hasMessageContaining("原因");
        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Variables.putValue("decision", "MAYBE")))
                .hasRootCauseInstanceOf(ReviewDecisionException.class);

        assertThat(instance).isWaitingAt(UnitRegistrationProcess.TASK_REVIEW);
        assertThat(opened).isEmpty();
        assertThat(refused).isEmpty();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(UnitRegistrationProcess.KEY, "91650100MA7XJ0001X",
                Variables.putValue(UnitRegistrationProcess.REGISTRATION_ID, 1L)
                        .putValue(UnitRegistrationProcess.COMPETENT_CODE.name(), "650100")
                        .putValue("unitName", "乌鲁木齐测试科技有限公司"));
    }
}
