package cn.xj.titlereview.simulation;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.quartz.CronExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notice.LoadedNotice;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.schedule.NoticeWindowPlanner;
import cn.xj.titlereview.schedule.PlannedWindowTransition;
import cn.xj.titlereview.schedule.ReminderService;
import cn.xj.titlereview.schedule.ScheduleProperties;
import cn.xj.titlereview.schedule.StatisticsSnapshotService;
import cn.xj.titlereview.schedule.WindowTransitionRecorder;

/**
 * The notice-wide calendar that Quartz runs in real time (window openings and closings, reminders,
 * the nightly statistics), replayed at simulated times while the simulation clock moves: a replay
 * records each window transition at its own due time, takes each night's snapshot, and reminds at
 * the reminder job's times, as a real campaign would.
 *
 * <p>Two shortcuts keep a jump over years fast without changing what is recorded: reminders are
 * replayed at their cron times but no closer than half their lead time apart (runs spaced inside
 * the lead time still see everything that falls due), and only when a timer or a task falls due
 * within the lead time; a night's snapshot is taken only when something ran since the last one (an
 * idle night's counts are the night before's).
 */
@Component
@Profile("simulation")
class NoticeCalendarReplay {

    static final String FIRED_BY = "simulation-clock";

    private final ManagementService managementService;
    private final TaskService taskService;
    private final NoticeCatalog catalog;
    private final WindowTransitionRecorder windows;
    private final ReminderService reminders;
    private final StatisticsSnapshotService statistics;
    private final CronExpression reminderCron;
    private final CronExpression statisticsCron;
    private final Duration reminderLeadTime;
    private final Duration reminderSpacing;

    NoticeCalendarReplay(ManagementService managementService, TaskService taskService, NoticeCatalog catalog, WindowTransitionRecorder windows, ReminderService reminders,
                         StatisticsSnapshotService statistics, ScheduleProperties properties) {
        this.managementService = managementService;
        this.taskService = taskService;
        this.catalog = catalog;
        this.windows = windows;
        this.reminders = reminders;
        this.statistics = statistics;
        this.reminderCron = cron(properties.reminders().cron());
        this.statisticsCron = cron(properties.statistics().cron());
        this.reminderLeadTime = properties.reminders().leadTime();
        this.reminderSpacing = reminderLeadTime.dividedBy(2);
    }

    /** When the replay last reminded, across moves; null before the first or after a move back. */
    private Instant lastReminder;

    /** One move's pass over the calendar. */
    Pass pass(Instant from) {
        if (lastReminder != null && lastReminder.isAfter(from)) {
            lastReminder = null;
        }
        return new Pass();
    }

    final class Pass {

        private int windowTransitions;
        private int reminderRuns;
        private int snapshots;
        /** Something ran since this move's last snapshot; true at first, for what people did before the move. */
        private boolean changed = true;

        /** The move ran jobs: the next night's snapshot has something to count. */
        void changed() {
            changed = true;
        }

        private Pass() {
        }

        /** The first calendar event after {@code after} and not after {@code until}. */
        Optional<Instant> next(Instant after, Instant until) {
            Instant earliest = null;
            for (PlannedWindowTransition transition : transitions()) {
                if (transition.dueAt().isAfter(after) && !transition.dueAt().isAfter(until)) {
                    earliest = min(earliest, transition.dueAt());
                }
            }
            earliest = min(earliest, fireAfter(statisticsCron, after));
            Instant reminderFloor = lastReminder == null ? after : lastReminder.plus(reminderSpacing).minusMillis(1);
            earliest = min(earliest, fireAfter(reminderCron, after.isAfter(reminderFloor) ? after : reminderFloor));
            return Optional.ofNullable(earliest).filter(at -> !at.isAfter(until));
        }

        /** Runs what the calendar holds at this instant; the product clock stands at it. */
        void runAt(Instant at) {
            for (PlannedWindowTransition transition : transitions()) {
                if (transition.dueAt().equals(at)) {
                    windows.record(transition.noticeId(), transition.windowName(), transition.transition(),
                            transition.windowTime(), transition.dueAt(), FIRED_BY);
                    windowTransitions++;
                    changed = true;
                }
            }
            if (firesAt(statisticsCron, at) && changed) {
                statistics.snapshotAll(at);
                snapshots++;
                changed = false;
            }
            if (firesAt(reminderCron, at) && (lastReminder == null || !at.isBefore(lastReminder.plus(reminderSpacing)))) {
                lastReminder = at;
                if (somethingFallsDue(at)) {
                    reminders.remind(at);
                    reminderRuns++;
                }
            }
        }

        int windowTransitions() {
            return windowTransitions;
        }

        int reminderRuns() {
            return reminderRuns;
        }

        int snapshots() {
            return snapshots;
        }
    }

    /** A timer or a task falls due within the reminders' lead time: a run could have something to say. */
    private boolean somethingFallsDue(Instant at) {
        Date now = Date.from(at);
        Date horizon = Date.from(at.plus(reminderLeadTime));
        return managementService.createJobQuery().timers().duedateHigherThan(now).duedateLowerThan(horizon).count() > 0
                || taskService.createTaskQuery().dueAfter(now).dueBefore(horizon).count() > 0;
    }

    private List<PlannedWindowTransition> transitions() {
        List<PlannedWindowTransition> all = new ArrayList<>();
        for (LoadedNotice notice : catalog.all()) {
            all.addAll(NoticeWindowPlanner.plan(notice.definition()));
        }
        return all;
    }

    private static Instant fireAfter(CronExpression cron, Instant after) {
        Date next = cron.getNextValidTimeAfter(Date.from(after));
        return next == null ? null : next.toInstant();
    }

    private static boolean firesAt(CronExpression cron, Instant at) {
        return cron.isSatisfiedBy(Date.from(at));
    }

    private static Instant min(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static CronExpression cron(String expression) {
        try {
            CronExpression cron = new CronExpression(expression);
            cron.setTimeZone(TimeZone.getTimeZone(BeijingTime.ZONE));
            return cron;
        } catch (ParseException e) {
            throw new IllegalStateException("定时任务表达式无效：" + expression, e);
        }
    }
}
