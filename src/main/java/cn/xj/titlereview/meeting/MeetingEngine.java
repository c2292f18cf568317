package cn.xj.titlereview.meeting;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.CommitteeVoteProcess;

/**
 * The meetings' side of the engine: which applications wait for a meeting (the vote stage at
 * {@code await_committee_meeting}), what the draw needs to know of them, and opening their vote. The product checks
 * who may do this itself; the engine is used without the caller's authorizations.
 */
@Component
class MeetingEngine {

    /** An application whose vote stage waits for its meeting. */
    record WaitingApplication(String applicationNo, String voteInstanceId, String committeeGroup, String level,
                              String specialty, String unitCode) {
    }

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TaskService tasks;

    MeetingEngine(RuntimeService runtime, IdentityService identity, TaskService tasks) {
        this.runtime = runtime;
        this.identity = identity;
        this.tasks = tasks;
    }

    Optional<WaitingApplication> waiting(String applicationNo) {
        return asSystem(() -> {
            List<Execution> executions = runtime.createExecutionQuery()
                    .processDefinitionKey(CommitteeVoteProcess.KEY)
                    .processInstanceBusinessKey(applicationNo)
                    .messageEventSubscriptionName(CommitteeVoteProcess.MESSAGE_COMMITTEE_MEETING_OPENED).list();
            if (executions.isEmpty()) {
                return Optional.empty();
            }
            String vote = executions.get(0).getProcessInstanceId();
            ProcessInstance parent = runtime.createProcessInstanceQuery().subProcessInstanceId(vote).singleResult();
            String unitGroup = parent == null ? null
                    : (String) runtime.getVariable(parent.getId(), CampaignVariables.UNIT_GROUP.name());
            String unitCode = unitGroup != null && unitGroup.startsWith("unit") ? unitGroup.substring(4) : null;
            return Optional.of(new WaitingApplication(applicationNo, vote,
                    (String) runtime.getVariable(vote, CampaignVariables.COMMITTEE_GROUP.name()),
                    (String) runtime.getVariable(vote, CampaignVariables.LEVEL.name()),
                    (String) runtime.getVariable(vote, CampaignVariables.SPECIALTY.name()), unitCode));
        });
    }

    /** Opens the application's vote: the meeting and the experts who vote on it. */
    void open(String voteInstanceId, long meetingId, List<String> experts) {
        asSystem(() -> runtime.createMessageCorrelation(CommitteeVoteProcess.MESSAGE_COMMITTEE_MEETING_OPENED)
                .processInstanceId(voteInstanceId)
                .setVariable(CommitteeVoteProcess.MEETING_ID.name(), String.valueOf(meetingId))
                .setVariable(CommitteeVoteProcess.EXPERT_USER_IDS.name(), String.join(",", experts))
                .correlateWithResult());
    }

    /** The expert's open vote tasks of the meeting: application number to task id (read without authorizations: the caller is checked to be the drawn expert). */
    java.util.Map<String, String> openBallots(long meetingId, String expertId) {
        return asSystem(() -> ballotsOf(meetingId, expertId));
    }

    private java.util.Map<String, String> ballotsOf(long meetingId, String expertId) {
        java.util.Map<String, String> ballots = new java.util.TreeMap<>();
        for (org.camunda.bpm.engine.task.Task task : tasks.createTaskQuery()
                .taskDefinitionKey(CommitteeVoteProcess.EXPERT_VOTE).taskAssignee(expertId)
                .processVariableValueEquals(CommitteeVoteProcess.MEETING_ID.name(), String.valueOf(meetingId)).list()) {
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .singleResult();
            ballots.put(instance.getBusinessKey(), task.getId());
        }
        return ballots;
    }

    /** Casts the expert's vote: the task-local secret ballot, counted by the stage's listener. */
    void cast(String taskId, String vote) {
        tasks.complete(taskId, java.util.Map.of(CommitteeVoteProcess.VOTE.name(), vote));
    }

    private <T> T asSystem(Supplier<T> work) {
        Authentication saved = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (saved != null) {
                identity.setAuthentication(saved);
            }
        }
    }
}
