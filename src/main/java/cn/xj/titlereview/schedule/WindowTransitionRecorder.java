package cn.xj.titlereview.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import cn.xj.titlereview.calendar.BeijingTime;
import cn.xj.titlereview.notice.NoticeCatalog;
import cn.xj.titlereview.notice.NoticeDefinition.DeclarationEndRequirement;
import cn.xj.titlereview.notice.NoticeDefinition;
import cn.xj.titlereview.schedule.WindowEventRepository.Outcome;

/**
 * Records that a notice window opened or closed (table {@code notice_window_event}) and says so in
 * the log. It changes no application: per-application deadlines are BPMN timers. In particular,
 * where a notice requires applications to have reached the committee by the declaration close
 * (Akesu, {@code submission.declarationEndRequires: COMMITTEE_RECEIVED}), the notice process
 * itself ends each application that has not, as ABANDONED, with its own boundary timer
 * ({@code timer_declaration_closed} on {@code declarationClosesAt}); closing the window here only
 * records the closing.
 */
@Service
public class WindowTransitionRecorder {

    private static final Logger log = LoggerFactory.getLogger(WindowTransitionRecorder.class);
    /** A transition recorded this much later than due was caught up (the cluster was down, or a past window). */
    private static final Duration LATE = Duration.ofMinutes(1);

    private final WindowEventRepository events;
    private final NoticeCatalog catalog;
    private final Clock clock;

    public WindowTransitionRecorder(WindowEventRepository events, NoticeCatalog catalog, ObjectProvider<Clock> clock) {
        this.events = events;
        this.catalog = catalog;
        this.clock = clock.getIfAvailable(() -> Clock.system(BeijingTime.ZONE));
    }

    public Outcome record(String noticeId, String windowName, WindowTransition transition, LocalDateTime windowTime,
                          Instant dueAt, String firedBy) {
        Instant now = clock.instant();
        Outcome outcome = events.record(noticeId, windowName, transition, dueAt, now, firedBy);
        if (outcome == Outcome.ALREADY_RECORDED) {
            log.info("通知 {} 的{}时间{}已记录过，不再重复记录", noticeId, NoticeWindowPlanner.label(windowName),
                    transition.label());
            return outcome;
        }
        String title = catalog.find(noticeId).map(NoticeDefinition::title).orElse(noticeId);
        String late = Duration.between(dueAt, now).compareTo(LATE) > 0 ? "（补记，应于" + BeijingTime.format(dueAt) + "）" : "";
        log.info("通知“{}”（{}）的{}时间已{}：{}（北京时间）{}", title, noticeId, NoticeWindowPlanner.label(windowName),
                transition == WindowTransition.OPENED ? "开始" : "截止", BeijingTime.format(windowTime), late);
        if (transition == WindowTransition.CLOSED && "declaration".equals(windowName) && requiresCommitteeReceipt(noticeId)) {
            log.info("通知 {} 要求申报截止前材料已送达评审委员会：未送达的申报由流程计时器逐件按视为放弃处理", noticeId);
        }
        return outcome;
    }

    private boolean requiresCommitteeReceipt(String noticeId) {
        return catalog.find(noticeId)
                .map(NoticeDefinition::submission)
                .map(NoticeDefinition.Submission::declarationEndRequires)
                .filter(DeclarationEndRequirement.COMMITTEE_RECEIVED::equals)
                .isPresent();
    }
}
