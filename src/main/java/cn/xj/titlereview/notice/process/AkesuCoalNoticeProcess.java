package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.NoticeProcessElements.*;

import java.util.List;

/**
 * {@code notice-2024-akesu-coal}: 2024年阿克苏地区工程系列煤炭专业职称评审.
 *
 * <p>Differences in the model: unit review and competent recommendation sit in the sub-process
 * {@value #SUB_BEFORE_COMMITTEE}, whose interrupting timer {@value #TIMER_DECLARATION_CLOSED} fires at
 * {@code declarationClosesAt} (2024-08-30 18:00 Beijing time, set by the start service from the notice's
 * declaration window): an application that has not reached the committee's first check by then ends
 * ABANDONED (视为放弃本次申报资格). The formal-review call passes {@code fixWindowExpiryStatus=NOT_ACCEPTED}
 * (退回后超过时限的不予受理). Paper materials are required.
 */
public final class AkesuCoalNoticeProcess {

    public static final String KEY = "notice-2024-akesu-coal";
    public static final String RESOURCE = "processes/notices/notice-2024-akesu-coal.bpmn";

    public static final String SUB_BEFORE_COMMITTEE = "sub_before_committee";
    public static final String TIMER_DECLARATION_CLOSED = "timer_declaration_closed";
    public static final String END_DECLARATION_CLOSED = "end_declaration_closed";

    /** The stages in the order the notice calls them. */
    public static final List<String> STAGES = List.of(STAGE_UNIT_REVIEW, STAGE_COMPETENT_RECOMMEND,
            STAGE_COMMITTEE_INTAKE, STAGE_PAYMENT, STAGE_PAPER_MATERIALS, STAGE_DEFENSE, STAGE_COMMITTEE_VOTE,
            STAGE_RESULT_PUBLICITY, STAGE_HR_CONFIRM);

    private AkesuCoalNoticeProcess() {
    }
}
