package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.process.CampaignVariables;
import cn.xj.titlereview.process.PaymentProcess;
import cn.xj.titlereview.notification.Notification.Kind;
import cn.xj.titlereview.notification.Notification.RecipientType;
import cn.xj.titlereview.notification.Notification.SourceType;
import cn.xj.titlereview.notification.NotificationRepository;
import cn.xj.titlereview.notification.Notifier;
import cn.xj.titlereview.notification.Notifier.Delivery;
import cn.xj.titlereview.notification.Notifier.Published;
import cn.xj.titlereview.task.TaskUrges;

/**
 * Reminders (催办) of what falls due within the lead time ({@code titlereview.reminders.lead-time},
 * default 24 h), measured on the engine clock (so the simulation profile's moved clock counts):
 * <ul>
 * <li>open user tasks with a due date;</li>
 * <li>open user tasks without one whose deadline is an interrupting boundary timer
 *     ({@code applicant_revise} and its fix window {@code timer_fix_window}): the due time is the
 *     timer job's, found from the timer jobs due soon, then the task on the same execution;</li>
 * <li>executions waiting for message {@code PaymentReceived} whose {@code paymentDeadline} is near
 *     (stage {@code stage-payment}); the applicant is told.</li>
 * </ul>
 * Each (task or execution, kind) gets one {@code notification} row; the unique key makes a re-run,
 * or a second node, skip it. The row is written first and the reminder sent after, so nobody is
 * reminded twice; a mail that fails is retried by the next runs (three attempts).
 *
 * <p>Each reminder goes through the {@link Notifier}: the holder's message centre, and mail where
 * {@code spring.mail.host} is configured (otherwise, or when no recipient has an e-mail address, the log:
 * channel LOG). Process variables hold ids only; addresses come from the Camunda identity service.
 *
 * <p>Overdue tasks (their due date passed) are urged in the same run ({@link TaskUrges#urgeOverdue}).
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    static final String PAYMENT_MESSAGE = PaymentProcess.MESSAGE_PAYMENT_RECEIVED;
    static final String PAYMENT_DEADLINE = PaymentProcess.PAYMENT_DEADLINE.name();
    static final String APPLICANT_USER_ID = CampaignVariables.APPLICANT_USER_ID.name();
    static final String APPLICATION_NO = CampaignVariables.APPLICATION_NO.name();
    private static final int PAGE = 500;

    private final TaskService taskService;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final NotificationRepository notifications;
    private final Notifier notifier;
    private final TaskUrges urges;
    private final ScheduleProperties properties;

    public ReminderService(TaskService taskService, ManagementService managementService, RuntimeService runtimeService,
                           RepositoryService repositoryService, NotificationRepository notifications, Notifier notifier,
                           TaskUrges urges, ScheduleProperties properties) {
        this.taskService = taskService;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.notifications = notifications;
        this.notifier = notifier;
        this.urges = urges;
        this.properties = properties;
    }

    /** What one run did; {@code urgedOverdue}: overdue tasks urged automatically. */
    public record ReminderRun(int dueSoon, int created, int alreadyNotified, int mailed, int logged, int failed,
                              int retried, int urgedOverdue) {
    }

    /** Something that falls due and may need a reminder. */
    private record DueItem(SourceType sourceType, String sourceId, Kind kind, String processInstanceId,
                           String executionId, String activityId, String activityName, Instant dueAt, Task task) {
    }

    public ReminderRun remind() {
        return remind(ProductClock.now());
    }

    public ReminderRun remind(Instant now) {
        Instant horizon = now.plus(properties.reminders().leadTime());
        // earlier mails that failed first: this run's failures wait for the next run
        int retried = notifier.retryUnsentMail(now);
        Map<String, DueItem> due = new LinkedHashMap<>();
        tasksWithDueDate(now, horizon).forEach(i -> due.putIfAbsent(i.kind() + ":" + i.sourceId(), i));
        tasksDueByBoundaryTimer(now, horizon).forEach(i -> due.putIfAbsent(i.kind() + ":" + i.sourceId(), i));
        paymentsDue(now, horizon).forEach(i -> due.putIfAbsent(i.kind() + ":" + i.sourceId(), i));

        Map<Kind, Set<String>> existing = new HashMap<>();
        for (Kind kind : Kind.values()) {
            List<String> ids = due.values().stream().filter(i -> i.kind() == kind).map(DueItem::sourceId).toList();
            existing.put(kind, ids.isEmpty() ? Set.of() : notifications.existingSourceIds(kind, ids));
        }
        int created = 0;
        int already = 0;
        int mailed = 0;
        int logged = 0;
        int failed = 0;
        for (DueItem item : due.values()) {
            if (existing.get(item.kind()).contains(item.sourceId())) {
                already++;
                continue;
            }
            Optional<Published> published = notifier.publish(request(item), now);
            if (published.isEmpty()) {
                already++;
                continue;
            }
            created++;
            Delivery delivery = published.get().delivery();
            if (delivery == Delivery.MAIL) {
                mailed++;
            } else if (delivery == Delivery.LOG) {
                logged++;
            } else if (delivery == Delivery.FAILED) {
                failed++;
            }
        }
        int urged = urges.urgeOverdue(now);
        ReminderRun run = new ReminderRun(due.size(), created, already, mailed, logged, failed, retried, urged);
        if (created > 0 || retried > 0 || failed > 0 || urged > 0) {
            log.info("催办：{} 项将在{}内到期，新发提醒 {} 条（邮件 {}，日志 {}，失败 {}），已提醒过 {} 项，重发 {} 条，自动催办逾期任务 {} 项",
                    run.dueSoon(), hours(properties.reminders().leadTime()), created, mailed, logged, failed, already, retried,
                    urged);
        }
        return run;
    }

    private static String hours(java.time.Duration duration) {
        return duration.toMinutes() % 60 == 0 ? duration.toHours() + "小时" : duration.toMinutes() + "分钟";
    }

    // ------------------------------------------------------------------ what falls due

    private List<DueItem> tasksWithDueDate(Instant now, Instant horizon) {
        List<DueItem> items = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<Task> page = taskService.createTaskQuery().active()
                    .dueAfter(Date.from(now)).dueBefore(Date.from(horizon))
                    .orderByTaskId().asc().listPage(first, PAGE);
            page.forEach(t -> items.add(taskItem(t, t.getDueDate().toInstant())));
            if (page.size() < PAGE) {
                return items;
            }
        }
    }

    /** Tasks without a due date of their own whose interrupting boundary timer falls due soon. */
    private List<DueItem> tasksDueByBoundaryTimer(Instant now, Instant horizon) {
        List<DueItem> items = new ArrayList<>();
        Map<String, Optional<String>> attachedTaskByJobDefinition = new HashMap<>();
        for (int first = 0; ; first += PAGE) {
            List<Job> page = managementService.createJobQuery().timers().active()
                    .duedateHigherThan(Date.from(now)).duedateLowerThan(Date.from(horizon))
                    .orderByJobId().asc().listPage(first, PAGE);
            for (Job job : page) {
                if (job.getExecutionId() == null || job.getJobDefinitionId() == null) {
                    continue;
                }
                Optional<String> taskKey = attachedTaskByJobDefinition.computeIfAbsent(job.getJobDefinitionId(),
                        id -> guardedUserTask(job));
                taskKey.ifPresent(key -> taskService.createTaskQuery().active()
                        .executionId(job.getExecutionId()).taskDefinitionKey(key).list().stream()
                        .filter(t -> t.getDueDate() == null)
                        .forEach(t -> items.add(taskItem(t, job.getDuedate().toInstant()))));
            }
            if (page.size() < PAGE) {
                return items;
            }
        }
    }

    /** The user task a timer job interrupts, when the timer is an interrupting boundary event on one. */
    private Optional<String> guardedUserTask(Job job) {
        JobDefinition definition = managementService.createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId()).singleResult();
        if (definition == null || definition.getActivityId() == null || job.getProcessDefinitionId() == null) {
            return Optional.empty();
        }
        ModelElementInstance element = repositoryService.getBpmnModelInstance(job.getProcessDefinitionId())
                .getModelElementById(definition.getActivityId());
        if (element instanceof BoundaryEvent boundary && boundary.cancelActivity()
                && boundary.getAttachedTo() instanceof UserTask task) {
            return Optional.of(task.getId());
        }
        return Optional.empty();
    }

    private DueItem taskItem(Task task, Instant dueAt) {
        return new DueItem(SourceType.TASK, task.getId(), Kind.TASK_DUE, task.getProcessInstanceId(),
                task.getExecutionId(), task.getTaskDefinitionKey(), task.getName(), dueAt, task);
    }

    /** Executions waiting for PaymentReceived whose process instance's paymentDeadline falls due soon. */
    private List<DueItem> paymentsDue(Instant now, Instant horizon) {
        List<DueItem> items = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<ProcessInstance> page = runtimeService.createProcessInstanceQuery().active()
                    .variableValueGreaterThan(PAYMENT_DEADLINE, Date.from(now))
                    .variableValueLessThan(PAYMENT_DEADLINE, Date.from(horizon))
                    .orderByProcessInstanceId().asc().listPage(first, PAGE);
            for (ProcessInstance instance : page) {
                List<EventSubscription> waiting = runtimeService.createEventSubscriptionQuery()
                        .processInstanceId(instance.getId()).eventType("message").eventName(PAYMENT_MESSAGE).list();
                for (EventSubscription subscription : waiting) {
                    Object deadline = runtimeService.getVariable(subscription.getExecutionId(), PAYMENT_DEADLINE);
                    if (deadline instanceof Date date) {
                        items.add(new DueItem(SourceType.EXECUTION, subscription.getExecutionId(), Kind.PAYMENT_DUE,
                                instance.getId(), subscription.getExecutionId(), subscription.getActivityId(),
                                "缴纳评审费", date.toInstant(), null));
                    }
                }
            }
            if (page.size() < PAGE) {
                return items;
            }
        }
    }

    // ------------------------------------------------------------------ the reminder

    private Notifier.Request request(DueItem item) {
        Recipients recipients = recipients(item);
        String applicationNo = applicationNo(item);
        return new Notifier.Request(item.sourceType(), item.sourceId(), item.kind(),
                item.task() == null ? null : item.task().getId(), item.processInstanceId(), applicationNo,
                item.activityId(), item.dueAt(), recipients.type(), recipients.ids(), text(item, applicationNo), null);
    }

    static String text(Kind kind, String activityName, Instant dueAt, String applicationNo) {
        String suffix = applicationNo == null ? "" : "申报编号：" + applicationNo;
        String due = BeijingTime.formatDue(dueAt);
        if (kind == Kind.PAYMENT_DUE) {
            return "您的评审费缴纳将于" + due + "（北京时间）截止，请及时缴费。" + suffix;
        }
        String name = activityName == null || activityName.isBlank() ? "待办任务" : activityName;
        return "您有一项待办‘" + name + "’将于" + due + "（北京时间）到期，请及时处理。" + suffix;
    }

    private String text(DueItem item, String applicationNo) {
        return text(item.kind(), item.activityName(), item.dueAt(), applicationNo);
    }

    private record Recipients(RecipientType type, List<String> ids) {
    }

    private Recipients recipients(DueItem item) {
        if (item.task() == null) {
            Object applicant = runtimeService.getVariable(item.executionId(), APPLICANT_USER_ID);
            return applicant instanceof String id && !id.isBlank()
                    ? new Recipients(RecipientType.APPLICANT, List.of(id))
                    : new Recipients(RecipientType.NONE, List.of());
        }
        Task task = item.task();
        if (task.getAssignee() != null) {
            return new Recipients(RecipientType.ASSIGNEE, List.of(task.getAssignee()));
        }
        List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
        List<String> users = links.stream().map(IdentityLink::getUserId).filter(u -> u != null).distinct().toList();
        if (!users.isEmpty()) {
            return new Recipients(RecipientType.CANDIDATE_USERS, users);
        }
        List<String> groups = links.stream().map(IdentityLink::getGroupId).filter(g -> g != null).distinct().toList();
        if (!groups.isEmpty()) {
            return new Recipients(RecipientType.CANDIDATE_GROUPS, groups);
        }
        return new Recipients(RecipientType.NONE, List.of());
    }

    private String applicationNo(DueItem item) {
        Object number = runtimeService.getVariable(item.executionId(), APPLICATION_NO);
        if (number instanceof String no && !no.isBlank()) {
            return no;
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(item.processInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}
