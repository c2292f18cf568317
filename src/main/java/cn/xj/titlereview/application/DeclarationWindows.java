package cn.xj.titlereview.application;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.xj.titlereview.calendar.ProductClock;
import cn.xj.titlereview.schedule.DeclarationWindowGuard;
import cn.xj.titlereview.schedule.WindowClosedException;

/**
 * "超过申报时限的，不予受理": every declaration write (a new draft, an edit, an upload, a mask, a page
 * removed, a submission) is refused outside the notice's declaration window with {@link
 * WindowClosedException} (409 with the window's dates), before any other check of what was sent. The one
 * exception is a revision after a return: while the application's {@code applicant_revise} task is open,
 * its own fix window (the process's timer) decides, not the declaration window. Measured on the product
 * clock, so a simulation replays the window too.
 */
@Component
class DeclarationWindows {

    private final DeclarationWindowGuard guard;
    /** Looked up when needed: the gateway reaches the attachments, whose access checks use this class. */
    private final ObjectProvider<ApplicationProcessGateway> gateway;

    DeclarationWindows(DeclarationWindowGuard guard, ObjectProvider<ApplicationProcessGateway> gateway) {
        this.guard = guard;
        this.gateway = gateway;
    }

    /** A new draft, or a draft moved to another notice: that notice's window. */
    void requireOpenForNew(String noticeId) {
        guard.requireOpenIfNotice(noticeId, ProductClock.now());
    }

    /** A write to an existing application: its notice's window, unless it is being revised after a return. */
    void requireOpenFor(Application application) {
        if (application.status() == ApplicationStatus.RETURNED && gateway.getObject().awaitsRevision(application)) {
            return;
        }
        guard.requireOpenIfNotice(application.noticeId(), ProductClock.now());
    }
}
