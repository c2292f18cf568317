package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.time.LocalDateTime;

import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.calendar.ProductClock;

/**
 * Quartz job {@code notice-window.window-transition}: fired by one trigger per notice window
 * transition ({@code <noticeId>.<window>.<OPENED|CLOSED>}, see {@link ScheduleRegistrar}).
 * Built by Spring's job factory (constructor injection).
 */
public class WindowTransitionJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(WindowTransitionJob.class);

    private final WindowTransitionRecorder recorder;

    public WindowTransitionJob(WindowTransitionRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        String firedBy;
        try {
            firedBy = context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            firedBy = "unknown";
        }
        Instant dueAt = Instant.parse(data.getString(ScheduleKeys.DUE_AT));
        if (ProductClock.now().isBefore(dueAt)) {
            // only when the simulation clock stands behind real time: its replay records the
            // transition when the simulated time reaches it, not now
            log.info("通知窗口变化 {} 应于 {}（北京时间），产品时钟未到，留待模拟时钟到时记录",
                    context.getTrigger().getKey().getName(), BeijingTime.format(dueAt));
            return;
        }
        try {
            recorder.record(data.getString(ScheduleKeys.NOTICE_ID), data.getString(ScheduleKeys.WINDOW_NAME),
                    WindowTransition.valueOf(data.getString(ScheduleKeys.TRANSITION)),
                    LocalDateTime.parse(data.getString(ScheduleKeys.WINDOW_TIME)),
                    dueAt, firedBy);
        } catch (RuntimeException e) {
            // let Quartz fire it again right away once (a passing database hiccup); the insert is idempotent
            JobExecutionException failure = new JobExecutionException("记录通知窗口变化失败：" + e.getMessage(), e);
            failure.setRefireImmediately(context.getRefireCount() == 0);
            throw failure;
        }
    }
}
