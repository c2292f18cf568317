package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Counts of one notice's applications on one Beijing date (table {@code notice_statistics_snapshot};
 * {@link #detail} is stored as JSON text).
 */
public record StatisticsSnapshot(String noticeId, LocalDate snapshotDate, Instant takenAt, long runningTotal,
                                 long finishedTotal, Detail detail) {

    /**
     * Running process instances by current activity, finished ones by {@code finalStatus}; the notice's
     * own process ({@code processDefinitionKey}) and its paths together.
     */
    public record Detail(String processDefinitionKey, List<ActivityCount> running, List<StatusCount> finished) {
        public Detail {
            running = List.copyOf(running);
            finished = List.copyOf(finished);
        }
    }

    /**
     * Activity instances of one of the notice's processes (its own, or a path such as
     * {@code <notice id>-direct-recognition}) at one activity (a call activity is the stage it is in).
     */
    public record ActivityCount(String processDefinitionKey, String activityId, String activityName, long count) {
    }

    /** Finished applications with one {@code finalStatus}; {@code NONE} for those that ended without one. */
    public record StatusCount(String finalStatus, String label, long count) {
    }
}
