package cn.xj.titlereview.notice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Notices for the API (from the {@code notice} table, so removed notices can still be shown) and
 * for the start of a notice process (from the validated files of this start).
 *
 * <p>"Now" comes from a {@link Clock} bean when one exists (a simulation profile can supply one
 * that follows the engine clock), otherwise from the system clock.
 */
@Service
public class NoticeService {

    private static final ZoneId BEIJING = NoticeValidator.BEIJING;

    private final NoticeRepository repository;
    private final NoticeCatalog catalog;
    private final Clock clock;

    public NoticeService(NoticeRepository repository, NoticeCatalog catalog, ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.clock = clock.getIfAvailable(() -> Clock.system(BEIJING));
    }

    /** Notices, newest first; inactive ones only when asked for. */
    @Transactional(readOnly = true)
    public List<NoticeSummary> list(boolean includeInactive) {
        List<Notice> notices = includeInactive
                ? repository.findAllByOrderByYearDescDeclarationStartDescIdAsc()
                : repository.findByStatusOrderByYearDescDeclarationStartDescIdAsc(NoticeStatus.ACTIVE);
        LocalDateTime now = now();
        return notices.stream().map(n -> summary(n, now)).toList();
    }

    @Transactional(readOnly = true)
    public NoticeDetail get(String id) {
        Notice notice = repository.findById(id).orElseThrow(() -> new NoticeNotFoundException(id));
        return new NoticeDetail(summary(notice, now()), NoticeJson.tree(notice.getDefinitionJson()));
    }

    /** The validated definition of an active notice (its file is loaded). */
    public NoticeDefinition definition(String id) {
        return catalog.get(id);
    }

    /** The version of the notice the product runs now (0: its seed file, n: the n-th published version). */
    public int version(String id) {
        return catalog.loaded(id).map(LoadedNotice::version).orElseThrow(() -> new NoticeNotFoundException(id));
    }

    /** Whether the notice's declaration window contains now. */
    public boolean declarationOpen(String id) {
        return catalog.get(id).windows().declaration().contains(now());
    }

    /**
     * The notice's process variables for one application (submission limit, fix windows,
     * publicity days, payment and paper deadlines, vote thresholds); see {@link NoticeProcessParameters}.
     */
    public NoticeProcessParameters processParameters(String noticeId, ApplicationFacts facts) {
        return NoticeProcessParameters.of(catalog.get(noticeId), facts);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), BEIJING);
    }

    static NoticeSummary summary(Notice notice, LocalDateTime now) {
        boolean active = notice.getStatus() == NoticeStatus.ACTIVE;
        String state;
        if (!active) {
            state = "已停用";
        } else if (now.isBefore(notice.getDeclarationStart())) {
            state = "未开始";
        } else if (now.isAfter(notice.getDeclarationEnd())) {
            state = "已截止";
        } else {
            state = "申报中";
        }
        return new NoticeSummary(
                notice.getId(),
                notice.getTitle(),
                notice.getYear(),
                notice.getIssuer(),
                notice.getFlow(),
                notice.getFlow().label(),
                notice.getRegionCode(),
                notice.getDeclarationStart().atZone(BEIJING).toOffsetDateTime(),
                notice.getDeclarationEnd().atZone(BEIJING).toOffsetDateTime(),
                "申报中".equals(state),
                state,
                notice.getStatus());
    }
}
