package cn.xj.titlereview.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Runs one application's campaign forward as its people would, through {@link CampaignDriver}: each
 * open task is worked by its responsible demo user (approve, defense passed, vote for), the fee is
 * paid when due, otherwise half a day passes on the simulation clock.
 */
public class CampaignRunner {

    private final CampaignDriver driver;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    public CampaignRunner(TestRestTemplate rest, TaskService taskService, RuntimeService runtimeService,
                          HistoryService historyService, IdentityService identityService) {
        this.driver = new CampaignDriver(rest);
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
    }

    /** Works the campaign until a task of that key is open; fails if the process ends first. */
    public void runUntil(String applicationNo, String taskKey) {
        if (run(applicationNo, taskKey) != null) {
            throw new AssertionError("the campaign of " + applicationNo + " ended before task " + taskKey);
        }
    }

    /** Works the campaign to its end; the final status. */
    public String runToEnd(String applicationNo) {
        return run(applicationNo, null);
    }

    private String run(String no, String stopAt) {
        for (int step = 0; step < 400; step++) {
            HistoricProcessInstance root = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(no).rootProcessInstances().singleResult();
            if (root.getEndTime() != null) {
                HistoricVariableInstance status = historyService.createHistoricVariableInstanceQuery()
                        .processInstanceId(root.getId()).variableName("finalStatus").singleResult();
                return status == null ? "" : String.valueOf(status.getValue());
            }
            List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(no)
                    .orderByTaskCreateTime().asc().list();
            if (tasks.stream().anyMatch(t -> t.getTaskDefinitionKey().equals(stopAt))) {
                return null;
            }
            Task task = tasks.stream().filter(t -> !"committee_meeting_close".equals(t.getTaskDefinitionKey()))
                    .findFirst().orElse(null);
            if (task != null) {
                work(no, task);
            } else if (awaitingPayment(no)) {
                driver.message("PaymentReceived", no);
            } else {
                driver.advance(Duration.ofHours(12));
            }
        }
        throw new AssertionError("the campaign of " + no + " did not end");
    }

    private void work(String no, Task task) {
        String key = task.getTaskDefinitionKey();
        String user = responsibleUser(task);
        switch (key) {
            case "defense_record" -> driver.complete(user, no, key, Map.of("defensePassed", true, "comment", "答辩通过"));
            case "expert_vote" -> driver.complete(user, no, key, Map.of("vote", "FOR"));
            case "applicant_revise" -> driver.complete(user, no, key, Map.of("comment", "已按退回意见修改"));
            default -> driver.approve(user, no, key);
        }
    }

    /** The task's assignee, candidate user, or the first member of its candidate group. */
    private String responsibleUser(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (link.getUserId() != null) {
                return link.getUserId();
            }
            if (link.getGroupId() != null) {
                return identityService.createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId().asc()
                        .listPage(0, 1).get(0).getId();
            }
        }
        throw new AssertionError("nobody works task " + task.getTaskDefinitionKey());
    }

    private boolean awaitingPayment(String no) {
        return runtimeService.createEventSubscriptionQuery().eventName("PaymentReceived").list().stream()
                .anyMatch(s -> no.equals(runtimeService.createProcessInstanceQuery()
                        .processInstanceId(runtimeService.createExecutionQuery().executionId(s.getExecutionId())
                                .singleResult().getProcessInstanceId()).singleResult().getBusinessKey()));
    }
}
