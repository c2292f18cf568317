package cn.xj.titlereview.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.Decision;
import cn.xj.titlereview.process.SendBackSteps;

/**
 * Records the completion of a user task: who (the logged-in user, else the assignee), which task,
 * which application and the {@code decision} variable only. A committee vote is recorded as cast,
 * never with its content (secret ballot). A send-back (退回上一环节) is recorded as such with its step and
 * reason, whether it came through the product API or a Tasklist form.
 */
public class AuditTaskDecisionListener implements TaskListener {

    static final String VOTE_TASK = "expert_vote";

    private final AuditLog auditLog;

    public AuditTaskDecisionListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void notify(DelegateTask task) {
        String taskKey = task.getTaskDefinitionKey();
        String applicationNo = applicationNo(task);
        String actor = actor(task);
        if (VOTE_TASK.equals(taskKey)) {
            auditLog.decision(actor, AuditAction.VOTE_CAST, applicationNo, "任务 " + taskKey + "：已投票");
            return;
        }
        Object decision = task.getVariable(CampaignVariables.DECISION.name());
        if (Decision.SEND_BACK.name().equals(decision)) {
            // the model names the earlier step; a Tasklist form need not send it
            String to = SendBackSteps.earlierStepOf(task.getBpmnModelElementInstance())
                    .orElseGet(() -> CampaignVariables.SEND_BACK_TO.find(task).orElse(""));
            auditLog.decision(actor, AuditAction.SEND_BACK_TASK, applicationNo, "任务 " + taskKey + "：退回"
                    + SendBackSteps.label(to) + "重新审核，原因：" + CampaignVariables.SEND_BACK_REASON.find(task).orElse(""));
            return;
        }
        String detail = "任务 " + taskKey + (decision == null ? "：已完成" : "：决定 " + decision);
        auditLog.decision(actor, AuditAction.TASK_DECISION, applicationNo, detail);
    }

    private static String actor(DelegateTask task) {
        CommandContext commandContext = Context.getCommandContext();
        String user = commandContext == null ? null : commandContext.getAuthenticatedUserId();
        if (user == null || user.isBlank()) {
            user = task.getAssignee();
        }
        return user == null || user.isBlank() ? "system" : user;
    }

    private static String applicationNo(DelegateTask task) {
        Object no = task.getVariable(CampaignVariables.APPLICATION_NO.name());
        if (no != null) {
            return no.toString();
        }
        return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }
}
