package cn.xj.titlereview.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Quartz job {@code titlereview.task-reminders} (cron {@code titlereview.reminders.cron}); one node at a time. */
@DisallowConcurrentExecution
public class ReminderJob implements Job {

    private final ReminderService reminders;

    public ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            reminders.remind();
        } catch (RuntimeException e) {
            throw new JobExecutionException("催办失败：" + e.getMessage(), e);
        }
    }
}
