package cn.xj.titlereview.document.excel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.process.CommitteeVoteProcess;

/**
 * What the engine knows of a page of applications, in a few queries per page rather than per row:
 * the current step (the open tasks of the deepest running stage, else that stage's name) and the
 * closed committee vote (counts and result only: the ballots never reach history). Stage processes
 * carry the application number as business key. Runs as the product itself: the caller's rights
 * were checked on the product's side.
 */
@Component
class EngineFacts {

    /** A closed vote: the counts the vote stage published, never who cast which ballot. */
    record VoteCount(int votesFor, int votesAgainst, int votesAbstain, String result, Instant closedAt) {

        int cast() {
            return votesFor + votesAgainst + votesAbstain;
        }
    }

    private final HistoryService historyService;
    private final TaskService taskService;
    private final IdentityService identityService;

    EngineFacts(HistoryService historyService, TaskService taskService, IdentityService identityService) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** The current step of each running application, by number; absent when the engine has none. */
    Map<String, String> currentSteps(Collection<String> applicationNos) {
        if (applicationNos.isEmpty()) {
            return Map.of();
        }
        return asSystem(() -> {
            List<HistoricProcessInstance> running = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKeyIn(applicationNos.toArray(String[]::new)).unfinished().list();
            Set<String> parents = new HashSet<>();
            running.forEach(p -> parents.add(p.getSuperProcessInstanceId()));
            // the deepest running instance of each application: no running instance below it
            Map<String, HistoricProcessInstance> deepest = new LinkedHashMap<>();
            for (HistoricProcessInstance instance : running) {
                if (!parents.contains(instance.getId())) {
                    deepest.put(instance.getId(), instance);
                }
            }
            Map<String, Set<String>> taskNames = new HashMap<>();
            if (!deepest.isEmpty()) {
                for (Task task : taskService.createTaskQuery().processInstanceIdIn(deepest.keySet().toArray(String[]::new))
                        .active().list()) {
                    taskNames.computeIfAbsent(task.getProcessInstanceId(), id -> new LinkedHashSet<>())
                            .add(task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
                }
            }
            Map<String, String> steps = new HashMap<>();
            for (HistoricProcessInstance instance : deepest.values()) {
                Set<String> names = taskNames.get(instance.getId());
                String step = names != null ? String.join("、", names)
                        : instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName()
                        : instance.getProcessDefinitionKey();
                steps.merge(instance.getBusinessKey(), step, (a, b) -> a + "、" + b);
            }
            return steps;
        });
    }

    /** The last closed committee vote of each application that has one, by number. */
    Map<String, VoteCount> votes(Collection<String> applicationNos) {
        if (applicationNos.isEmpty()) {
            return Map.of();
        }
        return asSystem(() -> {
            List<HistoricProcessInstance> stages = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKeyIn(applicationNos.toArray(String[]::new))
                    .processDefinitionKey(CommitteeVoteProcess.KEY).finished().list();
            if (stages.isEmpty()) {
                return Map.of();
            }
            Map<String, Map<String, Object>> variables = new HashMap<>();
            String[] names = {CommitteeVoteProcess.VOTES_FOR.name(), CommitteeVoteProcess.VOTES_AGAINST.name(),
                    CommitteeVoteProcess.VOTES_ABSTAIN.name(), CommitteeVoteProcess.VOTE_RESULT.name()};
            for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(stages.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
                    .variableNameIn(names).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
                variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
            Map<String, VoteCount> votes = new HashMap<>();
            List<HistoricProcessInstance> byEnd = new ArrayList<>(stages);
            byEnd.sort((a, b) -> a.getEndTime().compareTo(b.getEndTime()));
            for (HistoricProcessInstance stage : byEnd) {
                Map<String, Object> v = variables.getOrDefault(stage.getId(), Map.of());
                if (!(v.get(names[0]) instanceof Number)) {
                    continue;
                }
                votes.put(stage.getBusinessKey(), new VoteCount(number(v.get(names[0])), number(v.get(names[1])),
                        number(v.get(names[2])), v.get(names[3]) instanceof String s ? s : null,
                        stage.getEndTime().toInstant()));
            }
            return votes;
        });
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private <T> T asSystem(Supplier<T> work) {
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
}
