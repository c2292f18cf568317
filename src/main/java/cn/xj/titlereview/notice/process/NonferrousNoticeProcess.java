package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;

import java.util.List;

/**
 * {@code notice-2021-xj-nonferrous}: 2021年度自治区工程系列有色金属专业职称评审. Paper materials after the formal review;
 * at most 3 submissions to the committee; 副高 of region and prefecture units defend, village work
 * exempt (defense DMN).
 *
 * <p>The notice names no evaluation fee; the payment stage stays in the title-review order of the
 * design and the fee table decides the amount.
 *
 * <p>Shared element ids: {@link NoticeProcessElements}. Withdrawal is possible until the committee vote.
 */
public final class NonferrousNoticeProcess {

    public static final String KEY = "notice-2021-xj-nonferrous";
    public static final String RESOURCE = "processes/notices/notice-2021-xj-nonferrous.bpmn";

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

    private NonferrousNoticeProcess() {
    }
}
