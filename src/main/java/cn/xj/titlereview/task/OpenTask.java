package cn.xj.titlereview.task;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.process.CampaignVariables;

/**
 * Finds the task an operation names, whoever asks (the checks that follow decide who may act): 404 for a
 * task that never existed, 409 for one already completed; with its candidates and application number.
 */
@Component
class OpenTask {

    private final TaskService taskService;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    OpenTask(TaskService taskService, HistoryService historyService, RuntimeService runtimeService,
             IdentityService identityService) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    /** An open task with what the rules need. */
    record Found(Task task, List<IdentityLink> links, String applicationNo) {

        List<String> officeGroups() {
            return TaskRules.officeGroups(links);
        }

        List<String> candidateUsers() {
            return TaskRules.candidateUsers(links);
        }

        List<String> candidateGroups() {
            return TaskRules.candidateGroups(links);
        }

        String key() {
            return task.getTaskDefinitionKey();
        }
    }

    Found find(String taskId, String verb) {
        return asSystem(() -> {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                boolean done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
                if (done) {
                    throw ApiProblemException.conflict("该任务已办理完毕，不能再" + verb);
                }
                throw ApiProblemException.notFound("任务不存在：" + taskId);
            }
            List<IdentityLink> links = taskService.getIdentityLinksForTask(taskId);
            return new Found(task, links, applicationNo(task));
        });
    }

    private String applicationNo(Task task) {
        if (task.getExecutionId() != null) {
            Object no = runtimeService.getVariable(task.getExecutionId(), CampaignVariables.APPLICATION_NO.name());
            if (no instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    /** Runs engine reads and writes whose rules the product checked itself, without the caller's authorizations. */
    <T> T asSystem(java.util.function.Supplier<T> work) {
        Authentication saved = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (saved != null) {
                identityService.setAuthentication(saved);
            }
        }
    }

    /** True when the user is a member of one of the groups. */
    boolean memberOfAny(String userId, List<String> groups) {
        if (groups.isEmpty() || userId == null) {
            return false;
        }
        return asSystem(() -> identityService.createGroupQuery().groupMember(userId)
                .groupIdIn(groups.toArray(String[]::new)).count() > 0);
    }

    boolean userExists(String userId) {
        return asSystem(() -> identityService.createUserQuery().userId(userId).count() > 0);
    }
}
