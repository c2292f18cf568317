package cn.xj.titlereview.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * Replays a campaign in minutes as real time would have run it. A move steps through what falls
 * due in order: it sets the clock to the earliest due job or calendar event, runs everything due
 * then (and what that creates, such as the next stage's asynchronous start), and only then looks
 * for the next; so a fix window, a publicity period or a deadline that a job opens is counted from
 * the moment that job would really have run, not from the move's target. This node's job executor
 * is held still meanwhile, and the move answers only when nothing executable is left.
 *
 * <p>Every step is written to the database ({@link SimulationClockStore}): a restart continues at
 * the simulated time and every node follows ({@link SimulationClockKeeper}). Only in the
 * {@code simulation} profile.
 */
@Service
@Profile("simulation")
public class SimulationClockService {

    private static final Logger log = LoggerFactory.getLogger(SimulationClockService.class);
    /** Guards against a model whose timers keep creating due timers. */
    static final int MAX_JOBS_PER_MOVE = 10_000;
    private static final int PAGE = 50;

    private final ManagementService managementService;
    private final IdentityService identityService;
    private final JobExecutorPause executorPause;
    private final NoticeCalendarReplay calendar;
    private final SimulationClockKeeper keeper;

    SimulationClockService(ManagementService managementService, IdentityService identityService, JobExecutorPause executorPause,
                           NoticeCalendarReplay calendar, SimulationClockKeeper keeper) {
        this.managementService = managementService;
        this.identityService = identityService;
        this.executorPause = executorPause;
        this.calendar = calendar;
        this.keeper = keeper;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * Moves the clock to the instant, running every job and calendar event due on the way at its own
     * time. Moving back is allowed (a training class replays a campaign from its start): jobs already
     * run stay run, and what is due at the earlier time runs there.
     */
    public synchronized ClockMove moveTo(Instant target) {
        // jobs and the calendar run as the job executor and Quartz would: as the system, not as the
        // administrator who asked for the move (whose queries the engine would limit)
        Authentication requester = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return replay(target);
        } finally {
            if (requester != null) {
                identityService.setAuthentication(requester);
            }
        }
    }

    private ClockMove replay(Instant target) {
        Instant from = now();
        Counts counts = new Counts();
        NoticeCalendarReplay.Pass pass = calendar.pass(from);
        try (JobExecutorPause.Resumption ignored = executorPause.pause()) {
            settle(counts);
            Instant cursor = from;
            int steps = 0;
            while (target.isAfter(cursor) && counts.total() < MAX_JOBS_PER_MOVE) {
                Optional<Instant> step = earliest(nextJobDue(cursor, target), pass.next(cursor, target));
                if (step.isEmpty()) {
                    break;
                }
                cursor = step.get();
                keeper.set(cursor);
                pass.runAt(cursor);
                if (settle(counts) > 0) {
                    pass.changed();
                }
                steps++;
            }
            keeper.set(target);
            settle(counts);
            log.info("模拟时钟：{} → {}，分 {} 步执行到期作业 {} 个，失败 {} 个；记录通知窗口变化 {} 次，统计快照 {} 次，催办 {} 次",
                    from, target, steps, counts.executed, counts.failed, pass.windowTransitions(), pass.snapshots(),
                    pass.reminderRuns());
            return new ClockMove(from, target, counts.executed, counts.failed, steps);
        }
    }

    public ClockMove advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("模拟时钟只能向前拨动");
        }
        return moveTo(now().plus(duration));
    }

    /** Runs every job executable now, and what they make executable now, in due order. */
    private int settle(Counts counts) {
        int before = counts.total();
        while (counts.total() < MAX_JOBS_PER_MOVE) {
            List<Job> due = managementService.createJobQuery().executable().active()
                    .orderByJobDuedate().asc().listPage(0, PAGE);
            if (due.isEmpty()) {
                return counts.total() - before;
            }
            for (Job job : due) {
                try {
                    managementService.executeJob(job.getId());
                    counts.executed++;
                } catch (RuntimeException e) {
                    // the engine lowers the job's retries as the job executor would; at 0 it is an incident
                    counts.failed++;
                    log.warn("模拟时钟执行作业 {} 失败：{}", job.getId(), e.getMessage());
                }
            }
        }
        log.warn("模拟时钟：一次拨动已执行 {} 个作业，停止以免流程模型循环生成到期作业", MAX_JOBS_PER_MOVE);
        return counts.total() - before;
    }

    /** The due date of the first job that falls due after {@code after} and by {@code until}. */
    private Optional<Instant> nextJobDue(Instant after, Instant until) {
        List<Job> next = managementService.createJobQuery().active().withRetriesLeft()
                .duedateHigherThan(Date.from(after)).duedateLowerThan(Date.from(until.plusMillis(1)))
                .orderByJobDuedate().asc().listPage(0, 1);
        return next.stream().findFirst().map(job -> job.getDuedate().toInstant());
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isBefore(b.get()) ? a : b;
    }

    private static final class Counts {
        int executed;
        int failed;

        int total() {
            return executed + failed;
        }
    }

    public record ClockMove(Instant from, Instant to, int executedJobs, int failedJobs, int steps) {
    }
}
