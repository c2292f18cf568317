package cn.xj.titlereview.schedule;

import org.quartz.JobKey;
import org.quartz.TriggerKey;

/**
 * Quartz keys of the notice-wide jobs. They are stable so that a restart, or another node of the
 * cluster, finds the jobs and triggers it stored before instead of adding new ones.
 */
public final class ScheduleKeys {

    /** Group of the per-notice window triggers ({@code <noticeId>.<window>.<OPENED|CLOSED>}). */
    public static final String WINDOW_GROUP = "notice-window";
    public static final JobKey WINDOW_JOB = JobKey.jobKey("window-transition", WINDOW_GROUP);

    public static final String GROUP = "titlereview";
    public static final JobKey REMINDER_JOB = JobKey.jobKey("task-reminders", GROUP);
    public static final TriggerKey REMINDER_TRIGGER = TriggerKey.triggerKey("task-reminders.cron", GROUP);
    public static final JobKey STATISTICS_JOB = JobKey.jobKey("notice-statistics", GROUP);
    public static final TriggerKey STATISTICS_TRIGGER = TriggerKey.triggerKey("notice-statistics.cron", GROUP);

    /** Job data of a window trigger. */
    static final String NOTICE_ID = "noticeId";
    static final String WINDOW_NAME = "windowName";
    static final String TRANSITION = "transition";
    static final String WINDOW_TIME = "windowTime";
    static final String DUE_AT = "dueAt";

    private ScheduleKeys() {
    }
}
