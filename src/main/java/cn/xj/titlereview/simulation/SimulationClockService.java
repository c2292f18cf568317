package cn.xj.titlereview.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * Replays a campaign in minutes: moves the engine clock and runs the jobs that fall due, in due
 * order, as the job executor would. Only in the {@code simulation} profile.
 */
@Service
@Profile("simulation")
public class SimulationClockService {

    private static final Logger log = LoggerFactory.getLogger(SimulationClockService.class);
    /** Guards against a model whose timers keep creating due timers. */
    static final int MAX_JOBS_PER_MOVE = 10_000;

    private final ManagementService managementService;

    public SimulationClockService(ManagementService managementService) {
        this.managementService = managementService;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * Moves the clock to the instant and runs every job due by then. Moving back is allowed (a
     * training class replays a campaign from its start); jobs already run stay run.
     */
    public synchronized ClockMove moveTo(Instant target) {
        Instant current = now();
        ClockUtil.setCurrentTime(Date.from(target));
        int executed = 0;
        int failed = 0;
        while (executed + failed < MAX_JOBS_PER_MOVE) {
            List<Job> due = managementService.createJobQuery().executable().active()
                    .orderByJobDuedate().asc().listPage(0, 50);
            if (due.isEmpty()) {
                break;
            }
            for (Job job : due) {
                try {
                    managementService.executeJob(job.getId());
                    executed++;
                } catch (RuntimeException e) {
                    // the engine lowers the job's retries as the job executor would; at 0 it is an incident
                    failed++;
                    log.warn("模拟时钟执行作业 {} 失败：{}", job.getId(), e.getMessage());
                }
            }
        }
        log.info("模拟时钟：{} → {}，执行到期作业 {} 个，失败 {} 个", current, target, executed, failed);
        return new ClockMove(current, target, executed, failed);
    }

    public ClockMove advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("模拟时钟只能向前拨动");
        }
        return moveTo(now().plus(duration));
    }

    public record ClockMove(Instant from, Instant to, int executedJobs, int failedJobs) {
    }
}
