package cn.xj.titlereview.schedule;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticePublished;

/**
 * Stores the notice-wide jobs and their triggers in Quartz's JDBC job store at start-up, from the
 * notice files of this start ({@link NoticeCatalog}) and the configured cron expressions.
 *
 * <p>Idempotent, so that every node of the cluster can run it at every start:
 * <ul>
 * <li>keys are stable ({@link ScheduleKeys}); a trigger that exists with the same time (or cron
 *     expression and zone) is left alone, one whose time changed is rescheduled, and a window
 *     trigger whose notice or window is gone is removed;</li>
 * <li>a window transition already recorded in {@code notice_window_event} with the same due time
 *     gets no trigger (one-shot triggers are deleted by Quartz once fired);</li>
 * <li>two nodes starting together: the loser of the insert gets {@link ObjectAlreadyExistsException}
 *     and leaves the winner's trigger in place.</li>
 * </ul>
 *
 * <p>Windows already past at start-up and not recorded (the cluster was down, or a notice added
 * late) are scheduled at their own due time with misfire instruction "fire now": Quartz fires each
 * once, on one node, as soon as the scheduler runs, and the row says when it was due and when it
 * was recorded. This keeps one path (the job) for every transition instead of a second one
 * writing rows directly from here.
 *
 * <p>Cron triggers are compared with the configuration on each start, so a changed
 * {@code titlereview.reminders.cron} takes effect without {@code spring.quartz.overwrite-existing-jobs}.
 * Reminders and statistics misfire with "fire once now": a node down at 01:00 takes the snapshot
 * when the cluster is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ScheduleRegistrar implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final Scheduler scheduler;
    private final NoticeCatalog catalog;
    private final WindowEventRepository events;
    private final ScheduleProperties properties;
    private final TransactionTemplate transactions;

    public ScheduleRegistrar(Scheduler scheduler, NoticeCatalog catalog, WindowEventRepository events,
                             ScheduleProperties properties, PlatformTransactionManager transactionManager) {
        this.scheduler = scheduler;
        this.catalog = catalog;
        this.events = events;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        // its own transactions, also when called after another one's commit (a notice published)
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a registration did, by trigger. */
    public record Registration(List<String> scheduled, List<String> rescheduled, List<String> unchanged,
                               List<String> alreadyRecorded, List<String> removed) {

        Registration() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.schedule().registerOnStartup()) {
            log.info("已关闭启动时登记定时任务（titlereview.schedule.register-on-startup=false）");
            return;
        }
        register();
    }

    public Registration register() {
        Registration result = new Registration();
        storeJob(WindowTransitionJob.class, ScheduleKeys.WINDOW_JOB, "通知窗口开始与截止", true);
        storeJob(ReminderJob.class, ScheduleKeys.REMINDER_JOB, "待办到期催办", false);
        storeJob(StatisticsSnapshotJob.class, ScheduleKeys.STATISTICS_JOB, "通知统计快照", false);
        registerCron(ScheduleKeys.REMINDER_TRIGGER, ScheduleKeys.REMINDER_JOB, properties.reminders().cron(), result);
        registerCron(ScheduleKeys.STATISTICS_TRIGGER, ScheduleKeys.STATISTICS_JOB, properties.statistics().cron(),
                result);
        registerWindows(result);
        log.info("定时任务已登记：新增 {} 个触发器，调整 {} 个，未变 {} 个，已记录无需触发 {} 个，移除 {} 个",
                result.scheduled().size(), result.rescheduled().size(), result.unchanged().size(),
                result.alreadyRecorded().size(), result.removed().size());
        return result;
    }

    /**
     * A notice was published on this node: its windows are registered (or moved, or removed) once, in the
     * cluster's shared job store, after the publication's commit; other nodes fire them as any trigger.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void published(NoticePublished event) {
        if (!properties.schedule().registerOnStartup()) {
            return;
        }
        try {
            register();
        } catch (RuntimeException e) {
            // the publication stands; the next start (or publication) registers the windows
            log.error("通知 {} 版本 {} 已发布，但登记其窗口定时任务失败：{}", event.noticeId(), event.version(), e.getMessage(), e);
        }
    }

    private void registerWindows(Registration result) {
        Set<TriggerKey> planned = new HashSet<>();
        for (LoadedNotice notice : catalog.all()) {
            for (PlannedWindowTransition transition : NoticeWindowPlanner.plan(notice.definition())) {
                planned.add(transition.triggerKey());
                inTransaction(() -> registerWindow(transition, result));
            }
        }
        for (TriggerKey key : quartz(() -> scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(ScheduleKeys.WINDOW_GROUP)))) {
            if (!planned.contains(key)) {
                inTransaction(() -> scheduler.unscheduleJob(key));
                result.removed().add(key.getName());
                log.info("通知窗口触发器 {} 已不在通知文件中，已移除", key.getName());
            }
        }
    }

    private void registerWindow(PlannedWindowTransition transition, Registration result) throws SchedulerException {
        TriggerKey key = transition.triggerKey();
        Trigger existing = scheduler.getTrigger(key);
        if (events.isRecorded(transition)) {
            if (existing != null) {
                scheduler.unscheduleJob(key);
            }
            result.alreadyRecorded().add(key.getName());
            return;
        }
        Trigger trigger = windowTrigger(transition);
        if (existing == null) {
            try {
                scheduler.scheduleJob(trigger);
                result.scheduled().add(key.getName());
            } catch (ObjectAlreadyExistsException e) {
                // another node stored it a moment ago, from the same files
                result.unchanged().add(key.getName());
            }
        } else if (!existing.getStartTime().equals(trigger.getStartTime())) {
            scheduler.rescheduleJob(key, trigger);
            result.rescheduled().add(key.getName());
            log.info("通知窗口触发器 {} 的时间已改为 {}（北京时间）", key.getName(),
                    BeijingTime.format(transition.dueAt()));
        } else {
            result.unchanged().add(key.getName());
        }
    }

    static Trigger windowTrigger(PlannedWindowTransition transition) {
        return TriggerBuilder.newTrigger()
                .withIdentity(transition.triggerKey())
                .forJob(ScheduleKeys.WINDOW_JOB)
                .withDescription("通知 " + transition.noticeId() + " " + NoticeWindowPlanner.label(transition.windowName())
                        + "时间" + transition.transition().label())
                .usingJobData(ScheduleKeys.NOTICE_ID, transition.noticeId())
                .usingJobData(ScheduleKeys.WINDOW_NAME, transition.windowName())
                .usingJobData(ScheduleKeys.TRANSITION, transition.transition().name())
                .usingJobData(ScheduleKeys.WINDOW_TIME, transition.windowTime().toString())
                .usingJobData(ScheduleKeys.DUE_AT, transition.dueAt().toString())
                .startAt(Date.from(transition.dueAt()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    private void registerCron(TriggerKey key, JobKey job, String cron, Registration result) {
        CronTrigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(BeijingTime.ZONE))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        inTransaction(() -> {
            Trigger existing = scheduler.getTrigger(key);
            if (existing == null) {
                try {
                    scheduler.scheduleJob(trigger);
                    result.scheduled().add(key.getName());
                } catch (ObjectAlreadyExistsException e) {
                    result.unchanged().add(key.getName());
                }
            } else if (existing instanceof CronTrigger current && cron.equals(current.getCronExpression())
                    && BeijingTime.ZONE.getId().equals(current.getTimeZone().getID())) {
                result.unchanged().add(key.getName());
            } else {
                scheduler.rescheduleJob(key, trigger);
                result.rescheduled().add(key.getName());
                log.info("定时任务 {} 的执行时间已改为 {}（北京时间）", key.getName(), cron);
            }
        });
    }

    private void storeJob(Class<? extends Job> type, JobKey key, String description, boolean requestsRecovery) {
        JobDetail job = JobBuilder.newJob(type)
                .withIdentity(key)
                .withDescription(description)
                .storeDurably()
                .requestRecovery(requestsRecovery)
                .build();
        // replacing a durable job keeps its triggers; it picks up a renamed class or a new description
        inTransaction(() -> scheduler.addJob(job, true));
    }

    private void inTransaction(SchedulerWork work) {
        // Spring's job store joins the transaction, so Quartz's row lock is held until the commit
        transactions.executeWithoutResult(status -> quartz(() -> {
            work.run();
            return null;
        }));
    }

    private static <T> T quartz(SchedulerCall<T> call) {
        try {
            return call.call();
        } catch (SchedulerException e) {
            throw new IllegalStateException("登记定时任务失败：" + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SchedulerWork {
        void run() throws SchedulerException;
    }

    @FunctionalInterface
    private interface SchedulerCall<T> {
        T call() throws SchedulerException;
    }
}
