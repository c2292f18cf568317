package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;

import java.util.List;

/**
 * {@code notice-2024-xj-senior-five-series}: 2024年度自治区正高级工程师等5个系列（专业）职称评审. No paper materials; fix
 * windows 48 h then 24 h (fixWindows); every 正高 applicant defends online (defense DMN).
 *
 * <p>Shared element ids: {@link NoticeProcessElements}. Withdrawal is possible until the committee vote.
 */
public final class SeniorFiveSeriesNoticeProcess {

    public static final String KEY = "notice-2024-xj-senior-five-series";
    public static final String RESOURCE = "processes/notices/notice-2024-xj-senior-five-series.bpmn";

    /** The stages in the order the notice calls them. */
    public static final List<String> STAGES = List.of(STAGE_UNIT_REVIEW,
            STAGE_COMPETENT_RECOMMEND,
            STAGE_COMMITTEE_INTAKE,
            STAGE_PAYMENT,
            STAGE_DEFENSE,
            STAGE_COMMITTEE_VOTE,
            STAGE_RESULT_PUBLICITY,
            STAGE_HR_CONFIRM);

    private SeniorFiveSeriesNoticeProcess() {
    }
}
