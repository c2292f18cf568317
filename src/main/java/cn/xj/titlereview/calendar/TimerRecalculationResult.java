package cn.xj.titlereview.calendar;

import java.util.List;

/**
 * What a recalculation of working-day timers did.
 *
 * @param found running timers whose expression uses {@code workdays}
 * @param moved timers whose due date changed
 * @param unchanged timers whose due date stayed
 * @param failures timers that could not be recalculated (their due date stays)
 */
public record TimerRecalculationResult(int found, int moved, int unchanged, List<Failure> failures) {

  public TimerRecalculationResult {
    failures = List.copyOf(failures);
  }

  /** A timer that could not be recalculated, and why (the root cause's message). */
  public record Failure(String jobId, String processInstanceId, String activityId, String reason) {}
}
