package cn.xj.titlereview.calendar;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Recalculates the due dates of running timers whose expression uses the {@code workdays} bean.
 *
 * <p>A timer's due date is computed once, when the timer is created. After a change of the
 * holiday data every such timer is found through its job definition, whose configuration holds
 * the timer's expression (e.g. {@code DATE: ${workdays.afterWorkingDays(publishedAt, 5)}}), and
 * recalculated with {@link ManagementService#recalculateJobDuedate(String, boolean)}: the
 * expression is evaluated again in the timer's execution, with the data now in use. Timers
 * without {@code workdays} (clock-time windows such as {@code PT48H}) are left alone.
 *
 * <p>Each timer is recalculated in its own transaction; a failure (e.g. the new due date falls
 * in a year without data, or the job is executing) is logged and reported, and the others go
 * on. Running it again is harmless.
 */
@Service
public class TimerRecalculationService {

  private static final Logger LOG = LoggerFactory.getLogger(TimerRecalculationService.class);

  /** {@code ${...workdays.x...}} or {@code #{...}}: the bean used in an expression. */
  static final Pattern USES_WORKDAYS = Pattern.compile("[$#]\\{[^}]*\\bworkdays\\s*\\.");

  private static final int PAGE = 500;

  private final ManagementService managementService;

  public TimerRecalculationService(ManagementService managementService) {
    this.managementService = Objects.requireNonNull(managementService, "managementService");
  }

  /** Whether a timer job definition's configuration uses the {@code workdays} bean. */
  public static boolean usesWorkdays(String jobConfiguration) {
    return jobConfiguration != null && USES_WORKDAYS.matcher(jobConfiguration).find();
  }

  /** Recalculates every running timer that uses {@code workdays}. */
  public TimerRecalculationResult recalculateWorkdayTimers() {
    List<JobDefinition> definitions =
        managementService.createJobDefinitionQuery().list().stream()
            .filter(d -> d.getJobType() != null && d.getJobType().startsWith("timer"))
            .filter(d -> usesWorkdays(d.getJobConfiguration()))
            .toList();
    int found = 0;
    int moved = 0;
    int unchanged = 0;
    List<TimerRecalculationResult.Failure> failures = new ArrayList<>();
    for (JobDefinition definition : definitions) {
      for (Job job : timersOf(definition)) {
        found++;
        try {
          managementService.recalculateJobDuedate(job.getId(), false);
          Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
          Date newDuedate = after == null ? null : after.getDuedate();
          if (Objects.equals(job.getDuedate(), newDuedate)) {
            unchanged++;
          } else {
            moved++;
            LOG.info(
                "Timer {} ({} of process instance {}) moved from {} to {}",
                job.getId(),
                definition.getActivityId(),
                job.getProcessInstanceId(),
                job.getDuedate(),
                newDuedate);
          }
        } catch (RuntimeException e) {
          String reason = rootMessage(e);
          LOG.warn(
              "Timer {} ({} of process instance {}) not recalculated: {}",
              job.getId(),
              definition.getActivityId(),
              job.getProcessInstanceId(),
              reason,
              e);
          failures.add(
              new TimerRecalculationResult.Failure(
                  job.getId(), job.getProcessInstanceId(), definition.getActivityId(), reason));
        }
      }
    }
    LOG.info(
        "Working-day timers recalculated: {} found, {} moved, {} unchanged, {} failed",
        found,
        moved,
        unchanged,
        failures.size());
    return new TimerRecalculationResult(found, moved, unchanged, failures);
  }

  private List<Job> timersOf(JobDefinition definition) {
    List<Job> jobs = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<Job> page =
          managementService
              .createJobQuery()
              .jobDefinitionId(definition.getId())
              .timers()
              .orderByJobId()
              .asc()
              .listPage(first, PAGE);
      jobs.addAll(page);
      if (page.size() < PAGE) {
        return jobs;
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
