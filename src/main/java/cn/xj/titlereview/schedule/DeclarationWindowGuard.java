package cn.xj.titlereview.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition.Window;
import cn.xj.titlereview.notice.NoticeDefinition;

/**
 * Refuses a declaration outside the notice's declaration window. The window is Beijing local time
 * from the notice file, whatever the server's zone; both ends are inclusive to the second: the end
 * {@code 2024-08-30T18:00:00} still admits 18:00:00.999, refuses 18:00:01 (the window-closed trigger
 * fires then too, see {@link NoticeWindowPlanner}). A notice without a declaration window admits
 * nothing.
 */
@Component
public class DeclarationWindowGuard {

    static final String DECLARATION = "declaration";

    private final NoticeCatalog catalog;

    public DeclarationWindowGuard(NoticeCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @throws WindowClosedException     when {@code at} is outside the declaration window
     * @throws NoticeNotFoundException   when no notice file defines {@code noticeId}
     */
    public void requireOpen(String noticeId, Instant at) {
        NoticeDefinition notice = catalog.get(noticeId);
        Window window = notice.declaration().orElse(null);
        if (window == null || window.start() == null && window.end() == null || !isInside(window, at)) {
            throw new WindowClosedException(noticeId, DECLARATION, window == null ? null : window.start(),
                    window == null ? null : window.end(), at);
        }
    }

    /**
     * As {@link #requireOpen}, for a notice that has a notice file; a notice id without one (a process
     * deployed on its own, or no notice chosen yet) has no window to keep and is left to the other checks.
     */
    public void requireOpenIfNotice(String noticeId, Instant at) {
        if (noticeId != null && catalog.find(noticeId).isPresent()) {
            requireOpen(noticeId, at);
        }
    }

    public boolean isOpen(String noticeId, Instant at) {
        Window window = catalog.get(noticeId).declaration().orElse(null);
        return window != null && (window.start() != null || window.end() != null) && isInside(window, at);
    }

    private static boolean isInside(Window window, Instant at) {
        LocalDateTime second = LocalDateTime.ofInstant(at, BeijingTime.ZONE).truncatedTo(ChronoUnit.SECONDS);
        return window.contains(second);
    }
}
