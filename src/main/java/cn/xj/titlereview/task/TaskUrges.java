package cn.xj.titlereview.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.xj.titlereview.api.ApiProblemException;
import cn.xj.titlereview.api.Problems;
import cn.xj.titlereview.audit.AuditAction;
import cn.xj.titlereview.audit.AuditLog;
import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.identity.RoleGroups;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.notification.Notification.SourceType;
import cn.xj.titlereview.notification.Notifier;
import cn.xj.titlereview.security.ApiUser;

/**
 * 催办: an office of an earlier step of the same application (one that worked one of its completed tasks) or a
 * supervisor urges the holder of a waiting task (its assignee, else its candidate users or groups), who is
 * told at once (消息中心, and mail and SMS where configured). One urge per task and urger within
 * {@code titlereview.tasks.urge-interval} (4 hours), measured on the product clock. The reminder job urges
 * overdue tasks (due date passed) as user {@code system}, at the same interval.
 */
@Service
public class TaskUrges {

    static final int MESSAGE_LENGTH = 200;
    private static final int PAGE = 500;

    private final TaskService taskService;
    private final HistoryService historyService;
    private final OpenTask openTask;
    private final TaskUrgeRepository urges;
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final TaskProperties properties;

    public TaskUrges(TaskService taskService, HistoryService historyService, OpenTask openTask, TaskUrgeRepository urges,
                     AuditLog auditLog, Notifier notifier, TaskProperties properties) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.openTask = openTask;
        this.urges = urges;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.properties = properties;
    }

    /** What an urge did: whom it told and from when the same urger may urge this task again. */
    public record UrgeResult(long urgeId, String taskId, String recipientType, List<String> recipients,
                             String nextAllowedAt) {
    }

    @Transactional
    public UrgeResult urge(ApiUser user, String taskId, String message) {
        Instant now = ProductClock.now();
        OpenTask.Found found = openTask.find(taskId, "催办");
        Holder holder = holder(found);
        if (holder.includes(user, openTask)) {
            throw ApiProblemException.forbidden("不能催办自己或本单位的待办");
        }
        if (!user.isMemberOf(RoleGroups.SUPERVISOR) && !workedAnEarlierStep(user, found)) {
            throw ApiProblemException.forbidden("只有前序环节的办理单位或监督人员可以催办该任务");
        }
        Problems problems = new Problems();
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            problems.add("message", "必填", "请填写催办内容");
        } else if (text.length() > MESSAGE_LENGTH) {
            problems.add("message", "长度", "催办内容不能超过" + MESSAGE_LENGTH + "字");
        }
        problems.throwIfAny("催办内容有误");
        Duration interval = properties.urgeInterval();
        Optional<Instant> last = urges.lastUrge(taskId, user.userId());
        if (last.isPresent() && now.isBefore(last.get().plus(interval))) {
            throw new ApiProblemException(HttpStatus.TOO_MANY_REQUESTS, "催办过于频繁：同一任务每" + hours(interval)
                    + "只能催办一次，您上次催办于" + BeijingTime.formatDue(last.get()) + "（北京时间），请于"
                    + BeijingTime.formatDue(last.get().plus(interval)) + "后再催办");
        }
        Task task = found.task();
        long urgeId = urges.insert(taskId, found.key(), found.applicationNo(), user.userId(), now, false, text);
        notifier.publish(new Notifier.Request(SourceType.URGE, String.valueOf(urgeId), Kind.TASK_URGED, taskId,
                task.getProcessInstanceId(), found.applicationNo(), found.key(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), holder.type(), holder.ids(),
                "催办：" + urger(user) + "请您尽快办理待办‘" + task.getName() + "’（申报编号：" + found.applicationNo() + "）。",
                "催办留言：" + text), now).ifPresent(p -> urges.linkNotification(urgeId, p.id()));
        auditLog.decision(user.userId(), AuditAction.URGE_TASK, found.applicationNo(),
                "任务 " + found.key() + "：催办" + holder.type().label() + " " + String.join(",", holder.ids()));
        return new UrgeResult(urgeId, taskId, holder.type().name(), holder.ids(),
                BeijingTime.formatDue(now.plus(interval)));
    }

    /** Urges every open task whose due date has passed, unless the job urged it within the interval; how many. */
    public int urgeOverdue(Instant now) {
        int urged = 0;
        for (int first = 0; ; first += PAGE) {
            int from = first;
            List<Task> page = openTask.asSystem(() -> taskService.createTaskQuery().active().dueBefore(Date.from(now))
                    .orderByTaskId().asc().listPage(from, PAGE));
            for (Task task : page) {
                Optional<Instant> last = urges.lastUrge(task.getId(), TaskUrgeRepository.SYSTEM);
                if (last.isPresent() && now.isBefore(last.get().plus(properties.urgeInterval()))) {
                    continue;
                }
                OpenTask.Found found = openTask.find(task.getId(), "催办");
                Holder holder = holder(found);
                String due = BeijingTime.formatDue(task.getDueDate().toInstant());
                long urgeId = urges.insert(task.getId(), found.key(), found.applicationNo(), TaskUrgeRepository.SYSTEM,
                        now, true, "已超过办理期限（" + due + "）");
                notifier.publish(new Notifier.Request(SourceType.URGE, String.valueOf(urgeId), Kind.TASK_URGED,
                        task.getId(), task.getProcessInstanceId(), found.applicationNo(), found.key(),
                        task.getDueDate().toInstant(), holder.type(), holder.ids(),
                        "催办：您的待办‘" + task.getName() + "’（申报编号：" + found.applicationNo() + "）已超过办理期限（"
                                + due + "，北京时间），请尽快办理。", null), now)
                        .ifPresent(p -> urges.linkNotification(urgeId, p.id()));
                auditLog.decision(TaskUrgeRepository.SYSTEM, AuditAction.URGE_TASK, found.applicationNo(),
                        "任务 " + found.key() + "：逾期自动催办");
                urged++;
            }
            if (page.size() < PAGE) {
                return urged;
            }
        }
    }

    /** Every urge of a task, oldest first. */
    public List<TaskUrgeRepository.Urge> urgesOf(String taskId) {
        return urges.findByTask(taskId);
    }

    // ------------------------------------------------------------------ helpers

    /** Who holds a task: its assignee, else its candidate users, else its candidate groups. */
    record Holder(RecipientType type, List<String> ids) {

        boolean includes(ApiUser user, OpenTask openTask) {
            return switch (type) {
                case ASSIGNEE, CANDIDATE_USERS, APPLICANT -> ids.contains(user.userId());
                case CANDIDATE_GROUPS -> ids.stream().anyMatch(user::isMemberOf) || openTask.memberOfAny(user.userId(), ids);
                case NONE -> false;
            };
        }
    }

    static Holder holder(OpenTask.Found found) {
        if (found.task().getAssignee() != null) {
            return new Holder(RecipientType.ASSIGNEE, List.of(found.task().getAssignee()));
        }
        if (!found.candidateUsers().isEmpty()) {
            return new Holder(RecipientType.CANDIDATE_USERS, found.candidateUsers());
        }
        if (!found.candidateGroups().isEmpty()) {
            return new Holder(RecipientType.CANDIDATE_GROUPS, found.candidateGroups());
        }
        return new Holder(RecipientType.NONE, List.of());
    }

    /** The user worked a completed task of the same application, or belongs to a group that was its candidate. */
    private boolean workedAnEarlierStep(ApiUser user, OpenTask.Found found) {
        if (found.applicationNo() == null) {
            return false;
        }
        return openTask.asSystem(() -> {
            Set<String> groups = new HashSet<>(user.groups());
            found.candidateGroups().forEach(groups::remove);
            for (HistoricTaskInstance done : historyService.createHistoricTaskInstanceQuery()
                    .processInstanceBusinessKey(found.applicationNo()).finished().list()) {
                if (user.userId().equals(done.getAssignee())) {
                    return true;
                }
                for (HistoricIdentityLinkLog link : historyService.createHistoricIdentityLinkLogQuery()
                        .taskId(done.getId()).type(IdentityLinkType.CANDIDATE).list()) {
                    if (link.getGroupId() != null && groups.contains(link.getGroupId())) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    private static String urger(ApiUser user) {
        return user.isMemberOf(RoleGroups.SUPERVISOR) ? "监督人员 " + user.userId() + " " : "用户 " + user.userId() + " ";
    }

    private static String hours(Duration duration) {
        return duration.toMinutes() % 60 == 0 ? duration.toHours() + "小时" : duration.toMinutes() + "分钟";
    }
}
