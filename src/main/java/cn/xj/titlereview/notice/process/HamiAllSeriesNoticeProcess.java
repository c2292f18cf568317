package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;

import java.util.List;

/**
 * {@code notice-2023-hami-all-series}: 哈密市2023年度各系列（专业）职称评审. Paper materials 10-26 to 10-30; at most 3
 * submissions to the committee; results publicized then confirmed by the HR bureau.
 *
 * <p>The notice names no evaluation fee; the payment stage stays in the title-review order of the
 * design and the fee table decides the amount.
 *
 * <p>Shared element ids: {@link NoticeProcessElements}. Withdrawal is possible until the committee vote.
 */
public final class HamiAllSeriesNoticeProcess {

    public static final String KEY = "notice-2023-hami-all-series";
    public static final String RESOURCE = "processes/notices/notice-2023-hami-all-series.bpmn";

    /** The stages in the order the notice calls them. */
    public static final List<String> STAGES = List.of(STAGE_UNIT_REVIEW,
            STAGE_COMPETENT_RECOMMEND,
            STAGE_COMMITTEE_INTAKE,
            STAGE_PAYMENT,
            STAGE_PAPER_MATERIALS,
            STAGE_DEFENSE,
            STAGE_COMMITTEE_VOTE,
            STAGE_RESULT_PUBLICITY,
            STAGE_HR_CONFIRM);

    private HamiAllSeriesNoticeProcess() {
    }
}
