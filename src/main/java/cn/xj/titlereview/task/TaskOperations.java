package cn.xj.titlereview.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.notification.Notification.SourceType;
import cn.xj.titlereview.notification.Notifier;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.Decision;
import cn.xj.titlereview.process.SendBackSteps;
import cn.xj.titlereview.review.ReviewDecisionException;
import cn.xj.titlereview.security.ApiUser;

/**
 * 退回上一环节, 转办, 委派, 委派办结 and 加签 through the product API, each within the office that holds the task (its
 * office candidate group), checked here with Chinese refusals before the engine is touched, and by the
 * engine's own listeners ({@link TaskOperationsPlugin}) for Tasklist and engine REST. The assignment listener
 * writes the audit row and tells the new holder, whichever way the change came.
 *
 * <p>加签 is a Camunda sub-task: {@code taskService.newTask()} with the office task as its parent, assigned to
 * the added reviewer. It is native (the reviewer finds it in Tasklist under their own tasks and completes it
 * there, or gives the opinion here), keeps the reviewer's words in the engine's history (a comment and the
 * task-local variable {@code opinion}), and the engine deletes it with its parent. The office task cannot be
 * completed while such a sub-task is open ({@link TaskCompletionGuard} on {@code complete}), so the opinion is
 * required without changing any model.
 */
@Service
public class TaskOperations {

    /** Task-local variable of a reviewer's sub-task: the opinion given (a name of the sub-task, no process variable). */
    static final String OPINION_VARIABLE = "opinion";
    static final String REVIEW_TASK_PREFIX = "加签审核：";
    static final int OPINION_LENGTH = 1000;

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final OpenTask openTask;
    private final AuditLog auditLog;
    private final Notifier notifier;

    public TaskOperations(TaskService taskService, RepositoryService repositoryService, HistoryService historyService,
                          OpenTask openTask, AuditLog auditLog, Notifier notifier) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.openTask = openTask;
        this.auditLog = auditLog;
        this.notifier = notifier;
    }

    /** 转办: the task goes to a colleague of the same office, who decides it. */
    @Transactional
    public TaskView transfer(ApiUser user, String taskId, String to) {
        OpenTask.Found found = officeTask(user, taskId, "转办");
        Task task = found.task();
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw ApiProblemException.conflict("任务已委派给 " + task.getAssignee() + "，待其办理完毕交回后才能转办");
        }
        requireHolderOrUnassigned(user, task, "转办");
        String target = colleague(found, user, to, "to", "转办");
        engine(() -> taskService.setAssignee(taskId, target));
        return view(taskId);
    }

    /** 委派: a colleague works the task and it comes back to its owner (the caller) to decide. */
    @Transactional
    public TaskView delegate(ApiUser user, String taskId, String to) {
        OpenTask.Found found = officeTask(user, taskId, "委派");
        Task task = found.task();
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw ApiProblemException.conflict("任务已委派给 " + task.getAssignee() + "，不能再次委派");
        }
        requireHolderOrUnassigned(user, task, "委派");
        String target = colleague(found, user, to, "to", "委派");
        engine(() -> {
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.userId());
            }
            taskService.delegateTask(taskId, target);
        });
        return view(taskId);
    }

    /** 委派办结: the colleague gives the delegated task back to its owner, optionally with a comment. */
    @Transactional
    public TaskView resolve(ApiUser user, String taskId, String comment) {
        OpenTask.Found found = openTask.find(taskId, "交回");
        Task task = found.task();
        if (TaskRules.isExpertVote(found.key())) {
            throw ApiProblemException.forbidden(TaskRules.EXPERT_VOTE_REFUSAL);
        }
        if (task.getDelegationState() != DelegationState.PENDING) {
            throw ApiProblemException.conflict("该任务没有委派给他人，无需交回");
        }
        if (!user.userId().equals(task.getAssignee())) {
            throw ApiProblemException.forbidden("只有被委派人 " + task.getAssignee() + " 可以交回该任务");
        }
        String text = trimmed(comment, "comment", "办理意见");
        engine(() -> {
            if (text != null) {
                taskService.createComment(taskId, task.getProcessInstanceId(), "委派办理意见（" + user.userId() + "）：" + text);
            }
            taskService.resolveTask(taskId);
        });
        return view(taskId);
    }

    /** 加签: a colleague's opinion becomes required before the task can be completed. */
    @Transactional
    public TaskView addReviewer(ApiUser user, String taskId, String reviewer) {
        OpenTask.Found found = officeTask(user, taskId, "加签");
        Task task = found.task();
        requireHolderOrUnassigned(user, task, "加签");
        String target = colleague(found, user, reviewer, "user", "加签");
        boolean already = openTask.asSystem(() -> taskService.createTaskQuery().taskParentTaskId(taskId)
                .taskAssignee(target).count() > 0);
        if (already) {
            throw ApiProblemException.conflict("用户 " + target + " 已是该任务的加签人，尚未提交意见");
        }
        String reviewTaskId = openTask.asSystem(() -> {
            Task review = taskService.newTask();
            review.setParentTaskId(taskId);
            review.setName(REVIEW_TASK_PREFIX + task.getName() + "（申报编号：" + found.applicationNo() + "）");
            review.setDescription("用户 " + user.userId() + " 请您对该任务提出意见；提交意见后，原任务方可办结。");
            review.setAssignee(target);
            review.setOwner(user.userId());
            review.setDueDate(task.getDueDate());
            taskService.saveTask(review);
            return review.getId();
        });
        auditLog.decision(user.userId(), AuditAction.ADD_REVIEWER, found.applicationNo(),
                "任务 " + found.key() + "：加签 " + target);
        notifier.publish(new Notifier.Request(SourceType.TASK_OPERATION, UUID.randomUUID().toString(),
                Kind.TASK_HANDED_OVER, reviewTaskId, task.getProcessInstanceId(), found.applicationNo(), found.key(), null,
                RecipientType.ASSIGNEE, List.of(target), "用户 " + user.userId() + " 请您对待办‘" + task.getName()
                        + "’（申报编号：" + found.applicationNo() + "）提出意见（加签），提交意见后该任务方可办结。", null));
        return view(taskId);
    }

    /** The added reviewer's opinion: completes the reviewer's sub-task and puts the words on the office task. */
    @Transactional
    public TaskView giveOpinion(ApiUser user, String reviewTaskId, String opinion) {
        OpenTask.Found found = openTask.find(reviewTaskId, "提交意见");
        Task review = found.task();
        if (review.getParentTaskId() == null) {
            throw ApiProblemException.conflict("该任务不是加签任务");
        }
        if (!user.userId().equals(review.getAssignee())) {
            throw ApiProblemException.forbidden("只有加签人 " + review.getAssignee() + " 可以提交该加签意见");
        }
        Problems problems = new Problems();
        if (opinion == null || opinion.isBlank()) {
            problems.add("opinion", "必填", "请填写加签意见");
        } else if (opinion.strip().length() > OPINION_LENGTH) {
            problems.add("opinion", "长度", "加签意见不能超过" + OPINION_LENGTH + "字");
        }
        problems.throwIfAny("加签意见有误");
        String text = opinion.strip();
        Task parent = openTask.asSystem(() -> taskService.createTaskQuery().taskId(review.getParentTaskId()).singleResult());
        openTask.asSystem(() -> {
            taskService.createComment(review.getParentTaskId(), parent == null ? null : parent.getProcessInstanceId(),
                    "加签意见（" + user.userId() + "）：" + text);
            taskService.setVariableLocal(reviewTaskId, OPINION_VARIABLE, text);
            return null;
        });
        engine(() -> taskService.complete(reviewTaskId));
        String applicationNo = parent == null ? null : openTask.find(parent.getId(), "提交意见").applicationNo();
        auditLog.decision(user.userId(), AuditAction.REVIEWER_OPINION, applicationNo,
                "任务 " + (parent == null ? review.getParentTaskId() : parent.getTaskDefinitionKey()) + "：加签意见已提交");
        if (parent != null) {
            String holder = parent.getAssignee() != null ? parent.getAssignee() : review.getOwner();
            if (holder != null) {
                notifier.publish(new Notifier.Request(SourceType.TASK_OPERATION, UUID.randomUUID().toString(),
                        Kind.TASK_HANDED_OVER, parent.getId(), parent.getProcessInstanceId(), applicationNo,
                        parent.getTaskDefinitionKey(), null, RecipientType.ASSIGNEE, List.of(holder),
                        "加签人 " + user.userId() + " 已对待办‘" + parent.getName() + "’（申报编号：" + applicationNo
                                + "）提交意见。", "加签意见：" + text));
            }
            return view(parent.getId());
        }
        return view(reviewTaskId);
    }

    /**
     * 退回上一环节: the office completes its task with the decision {@code SEND_BACK}; the stage model ends
     * {@code SENT_BACK} and the notice process calls the earlier step's stage again, whose task shows the reason
     * and whose office is told. The step must be the task's earlier step (its model's {@code sendBackTo}).
     */
    @Transactional
    public TaskView sendBack(ApiUser user, String taskId, String to, String reason) {
        OpenTask.Found found = officeTask(user, taskId, "退回");
        Task task = found.task();
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw ApiProblemException.conflict("任务已委派给 " + task.getAssignee() + "，待其办理完毕交回后才能退回");
        }
        requireHolderOrUnassigned(user, task, "退回");
        String earlier = openTask.asSystem(() -> SendBackSteps.earlierStepOf(repositoryService
                .getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(found.key()))).orElse(null);
        if (earlier == null) {
            throw ApiProblemException.conflict("‘" + task.getName() + "’不能退回上一环节（只有主管单位审核推荐和评审委员会形式审核可以退回）");
        }
        Problems problems = new Problems();
        String step = to == null ? "" : to.strip();
        if (step.isEmpty()) {
            problems.add("to", "必填", "请选择退回到哪个环节：本环节只能退回到" + SendBackSteps.label(earlier) + "（" + earlier + "）");
        } else if (!step.equals(earlier)) {
            problems.add("to", "上一环节", SendBackSteps.notEarlier(step, earlier));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            problems.add("reason", "必填", "请填写退回原因，" + SendBackSteps.label(earlier) + "将看到该原因");
        } else if (text.length() > SendBackSteps.REASON_LENGTH) {
            problems.add("reason", "长度", "退回原因不能超过" + SendBackSteps.REASON_LENGTH + "字");
        }
        problems.throwIfAny("退回有误");
        Map<String, Object> variables = new HashMap<>();
        CampaignVariables.DECISION.put(variables, Decision.SEND_BACK.name());
        CampaignVariables.SEND_BACK_TO.put(variables, earlier);
        CampaignVariables.SEND_BACK_REASON.put(variables, text);
        engine(() -> {
            if (task.getAssignee() == null) {
                taskService.claim(taskId, user.userId());
            }
            taskService.complete(taskId, variables);
        });
        // the audit row (SEND_BACK_TASK) is written by the task's completion listener, as for a Tasklist form
        return view(taskId);
    }

    /** Who holds the task, its delegation and its added reviewers with their opinions. */
    @Transactional(readOnly = true)
    public TaskView view(ApiUser user, String taskId) {
        OpenTask.Found found = openTask.find(taskId, "查看");
        boolean involved = openTask.memberOfAny(user.userId(), found.candidateGroups())
                || user.userId().equals(found.task().getAssignee()) || user.userId().equals(found.task().getOwner())
                || found.candidateUsers().contains(user.userId());
        if (!involved) {
            throw ApiProblemException.forbidden("无权查看该任务");
        }
        return view(taskId);
    }

    private TaskView view(String taskId) {
        return openTask.asSystem(() -> {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            List<TaskView.Reviewer> reviewers = new ArrayList<>();
            for (HistoricTaskInstance review : historyService.createHistoricTaskInstanceQuery()
                    .taskParentTaskId(taskId).orderByHistoricActivityInstanceStartTime().asc().list()) {
                String opinion = null;
                if (review.getEndTime() != null) {
                    var variable = historyService.createHistoricVariableInstanceQuery().taskIdIn(review.getId())
                            .variableName(OPINION_VARIABLE).singleResult();
                    opinion = variable == null ? null : String.valueOf(variable.getValue());
                }
                reviewers.add(new TaskView.Reviewer(review.getId(), review.getAssignee(), review.getEndTime() != null,
                        opinion));
            }
            List<String> comments = taskService.getTaskComments(taskId).stream().map(Comment::getFullMessage).toList();
            if (task == null) {
                return new TaskView(taskId, null, null, null, null, null, true, reviewers, comments);
            }
            return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                    task.getOwner(), task.getDelegationState() == null ? null : task.getDelegationState().name(), false,
                    reviewers, comments);
        });
    }

    // ------------------------------------------------------------------ the checks

    /** An open task of an office group the caller belongs to; never an expert's vote. */
    private OpenTask.Found officeTask(ApiUser user, String taskId, String verb) {
        OpenTask.Found found = openTask.find(taskId, verb);
        if (TaskRules.isExpertVote(found.key())) {
            throw ApiProblemException.forbidden(TaskRules.EXPERT_VOTE_REFUSAL);
        }
        List<String> offices = found.officeGroups();
        if (offices.isEmpty()) {
            throw ApiProblemException.forbidden("该任务不是单位或办事机构的审核任务，不能" + verb);
        }
        if (!openTask.memberOfAny(user.userId(), offices)) {
            throw ApiProblemException.forbidden("该任务属于其他单位（" + String.join("、", offices) + "），您不能" + verb);
        }
        return found;
    }

    private static void requireHolderOrUnassigned(ApiUser user, Task task, String verb) {
        if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
            throw ApiProblemException.forbidden("该任务由 " + task.getAssignee() + " 办理，只有办理人可以" + verb);
        }
    }

    /** The colleague named in the request: an existing user of the same office group, not the caller. */
    private String colleague(OpenTask.Found found, ApiUser user, String to, String field, String verb) {
        Problems problems = new Problems();
        String target = to == null ? "" : to.strip();
        if (target.isEmpty()) {
            problems.add(field, "必填", "请填写" + verb + "给哪位同事（用户名）");
        } else if (target.equals(user.userId())) {
            problems.add(field, "他人", "不能" + verb + "给自己");
        } else if (!openTask.userExists(target)) {
            problems.add(field, "存在", "用户 " + target + " 不存在");
        } else if (!openTask.memberOfAny(target, found.officeGroups())) {
            problems.add(field, "同组", TaskRules.outsideGroup(target, found.officeGroups()));
        }
        problems.throwIfAny(verb + "对象有误");
        return target;
    }

    private static String trimmed(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > OPINION_LENGTH) {
            new Problems().add(field, "长度", label + "不能超过" + OPINION_LENGTH + "字").throwIfAny(label + "有误");
        }
        return text.strip();
    }

    /** An engine call as the caller; the engine's own refusals become 403 and 409 with their Chinese words. */
    private static void engine(Runnable call) {
        try {
            call.run();
        } catch (AuthorizationException e) {
            throw new ApiProblemException(HttpStatus.FORBIDDEN, "无权操作该任务");
        } catch (ProcessEngineException e) {
            throw TaskOperationRefused.findIn(e)
                    .map(refused -> new ApiProblemException(HttpStatus.CONFLICT, refused.getMessage()))
                    .or(() -> ReviewDecisionException.findIn(e)
                            .map(refused -> new ApiProblemException(HttpStatus.CONFLICT, refused.getMessage())))
                    .orElseThrow(() -> e);
        }
    }
}
