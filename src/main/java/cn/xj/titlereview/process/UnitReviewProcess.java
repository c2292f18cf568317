package cn.xj.titlereview.process;

/**
 * {@code stage-unit-review} 单位审核与公示.
 *
 * <p>{@code unit_review} (group {@code ${unitGroup}}) decides APPROVE / RETURN / REJECT.
 * APPROVE starts the unit publicity: a timer at {@code workdays.afterWorkingDays(unitPublicityStartedAt,
 * publicityWorkingDays)}; message {@code ObjectionRaised} (by business key) during the publicity opens
 * {@code unit_objection_review} (APPROVE = objection dismissed, the publicity goes on; REJECT = upheld,
 * error {@code OBJECTION_UPHELD} ends the stage REJECTED). After the publicity the unit opinion is recorded.
 * APPROVE after a send-back ({@link SendBackSteps}) skips the publicity when the unit keeps its publicized
 * opinion ({@code check_unit_opinion}, {@code end_unit_opinion_kept}).
 * RETURN sends the application to {@code applicant_revise} (candidate user {@code ${applicantUserId}})
 * with a fix-window timer, then back to {@code unit_review}.
 *
 * <p>Outcome ({@link StageOutcome}): CONTINUE, REJECTED, ABANDONED (fix window expired) or, when
 * {@code countUnitLevelSubmissions} is true, NOT_ACCEPTED (submission limit used up).
 */
public final class UnitReviewProcess {

    public static final String KEY = "stage-unit-review";
    public static final String RESOURCE = "processes/stages/stage-unit-review.bpmn";

    public static final String UNIT_REVIEW = "unit_review";
    public static final String APPLICANT_REVISE = "applicant_revise";
    public static final String UNIT_OBJECTION_REVIEW = "unit_objection_review";

    public static final String GW_UNIT_DECISION = "gw_unit_decision";
    public static final String START_UNIT_PUBLICITY = "start_unit_publicity";
    public static final String SUB_UNIT_PUBLICITY = "sub_unit_publicity";
    public static final String TIMER_UNIT_PUBLICITY = "timer_unit_publicity";
    public static final String EVT_UNIT_OBJECTION = "evt_unit_objection";
    public static final String RECORD_UNIT_OPINION = "record_unit_opinion";
    public static final String PREPARE_UNIT_REVISION = "prepare_unit_revision";
    public static final String COUNT_UNIT_RESUBMISSION = "count_unit_resubmission";
    public static final String TIMER_UNIT_FIX_WINDOW = "timer_unit_fix_window";

    public static final String END_UNIT_RECOMMENDED = "end_unit_recommended";
    public static final String END_UNIT_REJECTED = "end_unit_rejected";
    public static final String END_UNIT_OBJECTION_REJECTED = "end_unit_objection_rejected";
    public static final String END_UNIT_NOT_ACCEPTED = "end_unit_not_accepted";
    public static final String END_UNIT_ABANDONED = "end_unit_abandoned";
    /** Approval after a send-back: is a new publicity needed (none yet, or the unit changed its opinion)? */
    public static final String CHECK_UNIT_OPINION = "check_unit_opinion";
    public static final String GW_UNIT_PUBLICITY_REQUIRED = "gw_unit_publicity_required";
    /** The unit keeps its publicized opinion: no second publicity. */
    public static final String END_UNIT_OPINION_KEPT = "end_unit_opinion_kept";

    public static final String MESSAGE_OBJECTION_RAISED = "ObjectionRaised";
    public static final String ERROR_OBJECTION_UPHELD = "OBJECTION_UPHELD";

    private UnitReviewProcess() {
    }
}
