package cn.xj.titlereview.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.xj.titlereview.campaign.ApplicationProcessStart;
import cn.xj.titlereview.campaign.CampaignProcessService;
import cn.xj.titlereview.notice.ApplicationFacts;
import cn.xj.titlereview.notice.Level;
import cn.xj.titlereview.support.H2IntegrationTest;

/**
 * The pre-check of a notice process that names no application: an incident Cockpit shows, with a Chinese
 * message, the process held at {@code check_eligibility}, no task created; a signal before the application
 * exists is refused, after it the check runs and the process goes on.
 */
@H2IntegrationTest
class PreCheckIncidentH2Test {

    static final String HAMI = "notice-2023-hami-all-series";

    @Autowired
    CampaignProcessService campaigns;
    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ApplicationRepository applications;
    @Autowired
    org.camunda.bpm.engine.HistoryService historyService;

    private final List<String> started = new java.util.ArrayList<>();

    @AfterEach
    void cleanUp() {
        started.forEach(id -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "测试结束", true, true);
            }
        });
        started.clear();
    }

    private static ApplicationProcessStart hami(String no) {
        return new ApplicationProcessStart(no, HAMI, Level.INTERMEDIATE, "农业系列", "农业", "650500001",
                "t-precheck", ApplicationFacts.none());
    }

    @Test
    void aBareStartStopsAtThePreCheckWithAnIncidentAndNoTask() {
        String no = "PCI" + System.nanoTime() % 10_000_000;
        ProcessInstance instance = campaigns.start(hami(no));
        started.add(instance.getId());

        List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).list();
        assertThat(incidents).hasSize(1);
        Incident incident = incidents.get(0);
        assertThat(incident.getIncidentType()).isEqualTo("applicationMissing");
        assertThat(incident.getActivityId()).isEqualTo("check_eligibility");
        assertThat(incident.getIncidentMessage()).contains("审查申报条件失败", no, "没有对应的申报记录");
        assertThat(incident.getConfiguration()).isEqualTo(no);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("check_eligibility");
        assertThat(runtimeService.getVariable(instance.getId(), "eligible")).isNull();

        // an operator's retry while the application is still missing: refused, the incident stays
        String execution = runtimeService.createExecutionQuery().processInstanceId(instance.getId())
                .activityId("check_eligibility").singleResult().getId();
        Throwable refused = catchThrowable(() -> runtimeService.signal(execution));
        assertThat(refused).isInstanceOf(ProcessEngineException.class).hasMessageContaining("没有对应的申报记录");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isOne();

        // once the application is on record, the retry checks it and the unit's review opens
        DeclaredStarts.in(context).declare(hami(no));
        runtimeService.signal(execution);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historic(instance.getId(), "eligibilityReasons")).isEqualTo("符合申报条件");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).list())
                .extracting(t -> t.getTaskDefinitionKey()).contains("unit_review");
        cleanUpApplication(no);
    }

    @Test
    void aDeclaredStartPassesThePreCheck() {
        String no = "PCD" + System.nanoTime() % 10_000_000;
        ProcessInstance instance = DeclaredStarts.in(context).start(hami(no));
        started.add(instance.getId());

        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historic(instance.getId(), "eligibilityReasons")).isEqualTo("符合申报条件");
        assertThat(historic(instance.getId(), "eligible")).isEqualTo(true);
        assertThat(applications.findByNo(no)).get().extracting(Application::processInstanceId)
                .isEqualTo(instance.getId());
        cleanUpApplication(no);
    }

    private Object historic(String instanceId, String name) {
        var variable = historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    private void cleanUpApplication(String no) {
        cleanUp();
        applications.findByNo(no).ifPresent(applications::delete);
    }
}
