package cn.xj.titlereview.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** Small helpers shared by the process tests: the engine clock, timers, tasks and variables. */
public final class ProcessTestSupport {

    /** 2024-09-02 10:00 Beijing time. */
    public static final Instant T0 = Instant.parse("2024-09-02T02:00:00Z");
    public static final String APPLICATION_NO = "XJ2024-000123";
    public static final String APPLICANT = "applicant650102";

    private ProcessTestSupport() {
    }

    public static void setClock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The variables the start service sets on a title-review application. */
    public static Map<String, Object> applicationVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicationNo", APPLICATION_NO);
        variables.put("noticeId", "notice-2024-xj-senior-five-series");
        variables.put("level", "SENIOR_FULL");
        variables.put("series", "工程系列");
        variables.put("specialty", "采矿工程");
        variables.put("applicantUserId", APPLICANT);
        variables.put("unitGroup", "unit650100001");
        variables.put("competentGroup", "competent650100");
        variables.put("committeeGroup", "committee650001");
        variables.put("hrbGroup", "hrb650000");
        variables.put("submissionLimit", 3);
        variables.put("fixWindows", "PT48H,PT24H");
        variables.put("publicityWorkingDays", 5);
        return variables;
    }

    public static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public static Task taskOf(String processInstanceId, String taskKey) {
        return taskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult();
    }

    public static Job timerOf(String processInstanceId, String activityId) {
        return managementService().createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).timers().singleResult();
    }

    /** Moves the engine clock just past the timer's due date and runs it. */
    public static void fireTimer(String processInstanceId, String activityId) {
        Job job = timerOf(processInstanceId, activityId);
        setClock(job.getDuedate().toInstant().plusSeconds(1));
        managementService().executeJob(job.getId());
    }

    public static Duration dueIn(String processInstanceId, String activityId) {
        return Duration.between(now(), timerOf(processInstanceId, activityId).getDuedate().toInstant());
    }

    public static void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(APPLICATION_NO).correlate();
    }
}
