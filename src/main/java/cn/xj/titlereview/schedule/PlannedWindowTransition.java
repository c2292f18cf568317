package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.time.LocalDateTime;

import org.quartz.TriggerKey;

/**
 * One window transition of a notice, as the notice file gives it: the window's start (OPENED) or
 * the first second after its inclusive end (CLOSED).
 *
 * @param windowTime the window's own start or end in Beijing time, as written in the notice file
 * @param dueAt      when the transition happens
 */
public record PlannedWindowTransition(String noticeId, String windowName, WindowTransition transition,
                                      LocalDateTime windowTime, Instant dueAt) {

    /** Stable trigger name, e.g. {@code notice-2024-akesu-coal.declaration.CLOSED}. */
    public String triggerName() {
        return noticeId + "." + windowName + "." + transition.name();
    }

    public TriggerKey triggerKey() {
        return TriggerKey.triggerKey(triggerName(), ScheduleKeys.WINDOW_GROUP);
    }
}
