package cn.xj.titlereview.task;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

/**
 * Before a user task completes: a delegated task (委派) is decided by its owner, so it must come back first
 * (Camunda's own complete does not check this; Tasklist's submit resolves a pending delegation instead of
 * completing), and a task with an added reviewer (加签: an open sub-task) waits for that reviewer's opinion.
 */
class TaskCompletionGuard implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        TaskEntity entity = (TaskEntity) task;
        if (entity.getDelegationState() == DelegationState.PENDING) {
            throw new TaskOperationRefused(TaskOperationRefused.Kind.CONFLICT, "任务已委派给 " + task.getAssignee() + " 办理，须由其办理完毕交回后，由 "
                    + task.getOwner() + " 决定");
        }
        CommandContext context = Context.getCommandContext();
        List<Task> reviews = context.runWithoutAuthorization(
                () -> context.getTaskManager().findTasksByParentTaskId(task.getId()));
        List<String> waiting = reviews.stream().filter(t -> !t.isSuspended()).map(Task::getAssignee).toList();
        if (!waiting.isEmpty()) {
            throw new TaskOperationRefused(TaskOperationRefused.Kind.CONFLICT, "加签人 " + String.join("、", waiting) + " 尚未提交意见，暂不能办结此任务");
        }
    }
}
