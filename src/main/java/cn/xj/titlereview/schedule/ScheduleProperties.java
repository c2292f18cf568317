package cn.xj.titlereview.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notice-wide scheduling. Cron expressions are Quartz cron (seconds first) in Beijing time.
 *
 * <pre>
 * titlereview:
 *   schedule:
 *     register-on-startup: true        # store the jobs and triggers in Quartz at start-up
 *   reminders:
 *     cron: "0 0/30 * * * ?"           # every 30 minutes
 *     lead-time: PT24H                 # remind of what falls due within this time
 *   statistics:
 *     cron: "0 0 1 * * ?"              # 01:00 every night
 * </pre>
 */
@ConfigurationProperties("titlereview")
public record ScheduleProperties(@DefaultValue Schedule schedule, @DefaultValue Reminders reminders,
                                 @DefaultValue Statistics statistics) {

    public record Schedule(@DefaultValue("true") boolean registerOnStartup) {
    }

    /** The sender's address and the channels: {@code titlereview.notifications} (package notification). */
    public record Reminders(@DefaultValue("0 0/30 * * * ?") String cron, @DefaultValue("PT24H") Duration leadTime) {
    }

    public record Statistics(@DefaultValue("0 0 1 * * ?") String cron) {
    }
}
