package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;

import java.util.List;

/**
 * {@code notice-2024-hejing-initial-junior}: 2024年度和静县初定初级职称 (initial determination).
 *
 * <p>Unit review and publicity, competent-department recommendation, then confirmation by the county
 * HR bureau ({@code stage-hr-confirm} with {@code hrbGroup} = the county bureau). No committee, fee or
 * defense. With no committee, the returns of the unit and of the competent department are the ones the
 * notice limits (48 h, at most 3 submissions including the first, late = abandoned): both call activities
 * pass {@code countUnitLevelSubmissions=true}, so those stages count submissions and take the fix window
 * of the submission from {@code fixWindows}. Withdrawal is possible until the county confirmation
 * ({@value #SUB_BEFORE_CONFIRM}). The paper materials the unit hands to the county bureau (10-24 to 10-31)
 * are checked by the bureau within {@code hr_confirm}; there is no committee office to receive them.
 */
public final class HejingInitialJuniorNoticeProcess {

    public static final String KEY = "notice-2024-hejing-initial-junior";
    public static final String RESOURCE = "processes/notices/notice-2024-hejing-initial-junior.bpmn";

    public static final String SUB_BEFORE_CONFIRM = "sub_before_confirm";
    public static final String GW_BEFORE_CONFIRM_OUTCOME = "gw_before_confirm_outcome";

    /** The stages in the order the notice calls them. */
    public static final List<String> STAGES = List.of(STAGE_UNIT_REVIEW, STAGE_COMPETENT_RECOMMEND,
            STAGE_HR_CONFIRM);

    private HejingInitialJuniorNoticeProcess() {
    }
}
