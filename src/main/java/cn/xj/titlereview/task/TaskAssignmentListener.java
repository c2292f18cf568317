package cn.xj.titlereview.task;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;

import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.notification.Notification.SourceType;
import cn.xj.titlereview.notification.Notifier;
import cn.xj.titlereview.process.CampaignVariables;

/**
 * Every change of a user task's assignee, whoever makes it (Tasklist's claim and assignee controls,
 * engine REST, the product API): refused unless the new assignee is a member of the task's office group
 * (or one of its candidate users), and never for an expert's vote (评审专家不得委托); otherwise written to
 * the audit log as 转办, 委派 or 委派办结 (a member claiming the group's task is no hand-over), and the new holder is told (消息中心).
 */
class TaskAssignmentListener implements TaskListener {

    private final AuditLog auditLog;
    private final Supplier<Notifier> notifier;

    TaskAssignmentListener(AuditLog auditLog, Supplier<Notifier> notifier) {
        this.auditLog = auditLog;
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskEntity entity = (TaskEntity) task;
        Map<String, PropertyChange> changes = entity.getPropertyChanges();
        PropertyChange assigneeChange = changes.get(TaskEntity.ASSIGNEE);
        String previous = assigneeChange == null ? null : (String) assigneeChange.getOrgValue();
        String assignee = task.getAssignee();
        if (previous == null && assignee == null || previous != null && previous.equals(assignee)) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        if (TaskRules.isExpertVote(task.getTaskDefinitionKey())) {
            if (previous != null) {
                throw new TaskOperationRefused(TaskOperationRefused.Kind.FORBIDDEN, TaskRules.EXPERT_VOTE_REFUSAL);
            }
            return; // the model assigns each expert's vote when it is created
        }
        if (assignee != null) {
            refuseOutsiders(context, task, assignee);
        }
        String actor = actor(context, previous);
        String no = applicationNo(task);
        String name = task.getName();
        PropertyChange delegation = changes.get(TaskEntity.DELEGATION);
        Object newDelegation = delegation == null ? null : delegation.getNewValue();
        if (newDelegation == DelegationState.PENDING || "PENDING".equals(String.valueOf(newDelegation))) {
            auditLog.decision(actor, AuditAction.DELEGATE_TASK, no,
                    "任务 " + task.getTaskDefinitionKey() + "：由 " + task.getOwner() + " 委派给 " + assignee);
            tell(context, task, assignee, no, "用户 " + actor + " 将待办‘" + name + "’委派给您办理（申报编号：" + no
                    + "）。办理后请在任务清单中提交（交回），由 " + task.getOwner() + " 决定。");
        } else if (newDelegation == DelegationState.RESOLVED || "RESOLVED".equals(String.valueOf(newDelegation))) {
            auditLog.decision(actor, AuditAction.RESOLVE_TASK, no,
                    "任务 " + task.getTaskDefinitionKey() + "：" + previous + " 办理完毕，交回 " + assignee);
            tell(context, task, assignee, no, "用户 " + previous + " 已办理完您委派的待办‘" + name + "’并交回（申报编号："
                    + no + "），请您决定。");
        } else if (assignee == null || previous == null && assignee.equals(actor)) {
            return; // a member claims the group's task for themselves (认领) or gives it back: no hand-over
        } else {
            auditLog.decision(actor, AuditAction.TRANSFER_TASK, no, "任务 " + task.getTaskDefinitionKey() + "：由 "
                    + (previous == null ? actor : previous) + " 转办给 " + assignee);
            tell(context, task, assignee, no, "用户 " + actor + " 将待办‘" + name + "’转办给您（申报编号：" + no + "），请办理。");
        }
    }

    private static void refuseOutsiders(CommandContext context, DelegateTask task, String assignee) {
        List<String> offices = TaskRules.officeGroups(task.getCandidates());
        if (!offices.isEmpty()) {
            boolean member = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
                    .getIdentityService().createGroupQuery().groupMember(assignee).groupIdIn(offices.toArray(String[]::new))
                    .count() > 0);
            if (!member) {
                throw new TaskOperationRefused(TaskOperationRefused.Kind.INVALID, TaskRules.outsideGroup(assignee, offices));
            }
            return;
        }
        List<String> users = TaskRules.candidateUsers(task.getCandidates());
        if (!users.isEmpty() && !users.contains(assignee)) {
            throw new TaskOperationRefused(TaskOperationRefused.Kind.INVALID, "该任务只能由本人办理，不能交给用户 " + assignee);
        }
    }

    private void tell(CommandContext context, DelegateTask task, String assignee, String no, String message) {
        context.runWithoutAuthorization(() -> notifier.get().publish(new Notifier.Request(SourceType.TASK_OPERATION,
                UUID.randomUUID().toString(), Kind.TASK_HANDED_OVER, task.getId(), task.getProcessInstanceId(), no,
                task.getTaskDefinitionKey(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                RecipientType.ASSIGNEE, List.of(assignee), message, null)));
    }

    private static String actor(CommandContext context, String previous) {
        String user = context == null ? null : context.getAuthenticatedUserId();
        if (user != null && !user.isBlank()) {
            return user;
        }
        return previous == null ? "system" : previous;
    }

    static String applicationNo(DelegateTask task) {
        Object no = task.getVariable(CampaignVariables.APPLICATION_NO.name());
        if (no != null) {
            return no.toString();
        }
        return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }
}
