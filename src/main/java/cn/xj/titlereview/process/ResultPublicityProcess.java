package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.ProcessVariable.date;
import static cn.xj.titlereview.process.ProcessVariable.integer;

import java.util.Date;

/**
 * Stage {@code stage-result-publicity} (结果公示). Publicity starts when the stage starts
 * ({@code resultPublicityStartedAt}, engine clock) and lasts {@code resultPublicityWorkingDays}
 * working days ({@code workdays.afterWorkingDays}); a notice that sets no separate length for the
 * result publicity uses its {@code publicityWorkingDays}. Either way at least 5 working days. Each {@code ObjectionRaised} message during
 * publicity opens its own {@code result_objection_review} (group {@code committeeGroup}) while
 * publicity runs on: {@code decision = REJECT} (objection upheld) ends the whole stage at once
 * with REJECTED; {@code decision = APPROVE} (objection dismissed) closes only that review.
 * The stage ends with CONTINUE once publicity is over and no review is open.
 * An objection after the end of publicity finds no subscription and is refused by correlation.
 * The review task follows the review-task conventions of package {@code review} (previous decision
 * cleared on creation, APPROVE or REJECT required on completion).
 */
public final class ResultPublicityProcess {

    public static final String KEY = "stage-result-publicity";
    public static final String RESOURCE = "processes/stages/stage-result-publicity.bpmn";

    public static final String START = "start_result_publicity";
    public static final String RECORD_PUBLICITY_START = "record_publicity_start";
    public static final String RESULT_PUBLICITY_PERIOD = "result_publicity_period";
    public static final String TIMER_RESULT_PUBLICITY_END = "timer_result_publicity_end";
    public static final String OBJECTION_RAISED = "objection_raised";
    public static final String RESULT_OBJECTION_REVIEW = "result_objection_review";
    public static final String GW_OBJECTION_DECISION = "gw_objection_decision";
    public static final String END_OBJECTION_UPHELD = "end_objection_upheld";
    public static final String END_OBJECTION_DISMISSED = "end_objection_dismissed";
    public static final String END_PUBLICITY_PASSED = "end_publicity_passed";

    public static final String FORM_RESULT_OBJECTION_REVIEW = "result-objection-review";

    /** Message raised by the objection API during publicity, correlated by business key. */
    public static final String MESSAGE_OBJECTION_RAISED = "ObjectionRaised";

    /** Length of the unit's publicity; also of the result publicity when the notice sets no other. */
    public static final ProcessVariable<Integer> PUBLICITY_WORKING_DAYS = CampaignVariables.PUBLICITY_WORKING_DAYS;
    /** Length of the result publicity; written by the stage when the notice did not set it. */
    public static final ProcessVariable<Integer> RESULT_PUBLICITY_WORKING_DAYS = integer("resultPublicityWorkingDays");
    public static final ProcessVariable<Date> RESULT_PUBLICITY_STARTED_AT = date("resultPublicityStartedAt");
    public static final ProcessVariable<String> COMMITTEE_GROUP = CampaignVariables.COMMITTEE_GROUP;
    /** APPROVE (objection dismissed) | REJECT (objection upheld). */
    public static final ProcessVariable<String> DECISION = CampaignVariables.DECISION;
    public static final ProcessVariable<String> COMMENT = CampaignVariables.COMMENT;

    private ResultPublicityProcess() {
    }
}
