package cn.xj.titlereview.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Quartz job {@code titlereview.notice-statistics} (cron {@code titlereview.statistics.cron}, 01:00 Beijing time). */
@DisallowConcurrentExecution
public class StatisticsSnapshotJob implements Job {

    private final StatisticsSnapshotService statistics;

    public StatisticsSnapshotJob(StatisticsSnapshotService statistics) {
        this.statistics = statistics;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            statistics.snapshotAll();
        } catch (RuntimeException e) {
            throw new JobExecutionException("通知统计快照失败：" + e.getMessage(), e);
        }
    }
}
