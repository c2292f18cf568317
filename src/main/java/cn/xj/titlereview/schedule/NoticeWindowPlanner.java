package cn.xj.titlereview.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notice.NoticeDefinition.Window;
import cn.xj.titlereview.notice.NoticeDefinition;

/**
 * Which window transitions a notice file asks for. Times in the files are Beijing local time; the
 * instants do not depend on the server's zone. A window's end is inclusive to the second (the
 * notice's {@code 23:59:59} means "before midnight"), so the window closes one second after it:
 * at {@code 00:00:00} of the next day, or at {@code 18:00:01} for an end of {@code 18:00:00}.
 * A window without a start (a deadline only) has no OPENED transition; one without an end
 * (announced later) has no CLOSED transition.
 */
public final class NoticeWindowPlanner {

    private NoticeWindowPlanner() {
    }

    public static List<PlannedWindowTransition> plan(NoticeDefinition notice) {
        List<PlannedWindowTransition> planned = new ArrayList<>();
        if (notice.windows() == null) {
            return planned;
        }
        for (Map.Entry<String, Window> entry : notice.windows().byName().entrySet()) {
            Window window = entry.getValue();
            if (window.start() != null) {
                planned.add(new PlannedWindowTransition(notice.id(), entry.getKey(), WindowTransition.OPENED,
                        window.start(), BeijingTime.instant(window.start())));
            }
            if (window.end() != null) {
                planned.add(new PlannedWindowTransition(notice.id(), entry.getKey(), WindowTransition.CLOSED,
                        window.end(), BeijingTime.instant(window.end()).plusSeconds(1)));
            }
        }
        return planned;
    }

    /** Chinese name of a window ("申报"), or its field name when unknown. */
    public static String label(String windowName) {
        return NoticeDefinition.Windows.LABELS.getOrDefault(windowName, windowName);
    }
}
