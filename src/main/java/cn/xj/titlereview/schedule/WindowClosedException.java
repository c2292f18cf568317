package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.time.LocalDateTime;

import cn.xj.titlereview.calendar.BeijingTime;

/**
 * A declaration (or other window-bound action) outside the notice's window. The message is for
 * the person: it names the window and its dates in Beijing time. Mapped to HTTP 409.
 */
public class WindowClosedException extends RuntimeException {

    private final String noticeId;
    private final String windowName;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private final Instant at;

    public WindowClosedException(String noticeId, String windowName, LocalDateTime start, LocalDateTime end,
                                 Instant at) {
        super(message(windowName, start, end, at));
        this.noticeId = noticeId;
        this.windowName = windowName;
        this.start = start;
        this.end = end;
        this.at = at;
    }

    static String message(String windowName, LocalDateTime start, LocalDateTime end, Instant at) {
        String label = NoticeWindowPlanner.label(windowName);
        String now = state(label, start, end, at) + "当前不在" + label + "时间内";
        if (start != null && end != null) {
            return label + "时间为" + BeijingTime.format(start) + "至" + BeijingTime.format(end) + "（北京时间），" + now;
        }
        if (end != null) {
            return label + "截止时间为" + BeijingTime.format(end) + "（北京时间），" + now;
        }
        if (start != null) {
            return label + "开始时间为" + BeijingTime.format(start) + "（北京时间），" + now;
        }
        return "该通知尚未公布" + label + "时间，" + now;
    }

    /** "尚未开始，" before the start, "已截止，" after the end (Beijing local time, to the second). */
    private static String state(String label, LocalDateTime start, LocalDateTime end, Instant at) {
        if (at == null) {
            return "";
        }
        LocalDateTime second = LocalDateTime.ofInstant(at, BeijingTime.ZONE).withNano(0);
        if (start != null && second.isBefore(start)) {
            return label + "尚未开始，";
        }
        if (end != null && second.isAfter(end)) {
            return label + "已截止，";
        }
        return "";
    }

    public String noticeId() {
        return noticeId;
    }

    public String windowName() {
        return windowName;
    }

    public String windowLabel() {
        return NoticeWindowPlanner.label(windowName);
    }

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime end() {
        return end;
    }

    public Instant at() {
        return at;
    }
}
