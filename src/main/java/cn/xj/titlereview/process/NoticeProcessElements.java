package cn.xj.titlereview.process;

import java.util.Map;

/**
 * Element ids, stage keys and messages shared by the notice processes ({@code notice-<year>-<slug>}).
 *
 * <p>A title-review notice process calls its stages in the order the notice prescribes. The stages before
 * the committee vote sit in the embedded sub-process {@value #SUB_BEFORE_VOTE}; its interrupting message
 * boundary event {@value #BOUNDARY_WITHDRAWN} ({@code ApplicationWithdrawn}, correlated by business key)
 * ends the application WITHDRAWN. Once the vote has begun the subscription is gone, so a withdrawal is
 * refused by the engine (no matching message correlation). After every call activity a gateway continues
 * on {@code stageOutcome == CONTINUE}; any other outcome leaves the sub-process, whose dispatcher
 * gateway {@value #GW_BEFORE_VOTE_OUTCOME} ends the application with that final status.
 */
public final class NoticeProcessElements {

    // ---- stage process keys
    public static final String STAGE_UNIT_REVIEW = UnitReviewProcess.KEY;
    public static final String STAGE_COMPETENT_RECOMMEND = CompetentRecommendProcess.KEY;
    public static final String STAGE_COMMITTEE_INTAKE = CommitteeIntakeProcess.KEY;
    public static final String STAGE_PAYMENT = "stage-payment";
    public static final String STAGE_PAPER_MATERIALS = "stage-paper-materials";
    public static final String STAGE_DEFENSE = "stage-defense";
    public static final String STAGE_COMMITTEE_VOTE = "stage-committee-vote";
    public static final String STAGE_RESULT_PUBLICITY = "stage-result-publicity";
    public static final String STAGE_HR_CONFIRM = "stage-hr-confirm";

    // ---- call activities
    public static final String CALL_UNIT_REVIEW = "call_unit_review";
    public static final String CALL_COMPETENT_RECOMMEND = "call_competent_recommend";
    public static final String CALL_COMMITTEE_INTAKE = "call_committee_intake";
    public static final String CALL_PAYMENT = "call_payment";
    public static final String CALL_PAPER_MATERIALS = "call_paper_materials";
    public static final String CALL_DEFENSE = "call_defense";
    public static final String CALL_COMMITTEE_VOTE = "call_committee_vote";
    public static final String CALL_RESULT_PUBLICITY = "call_result_publicity";
    public static final String CALL_HR_CONFIRM = "call_hr_confirm";

    /** Call activity of each stage key. */
    public static final Map<String, String> CALL_OF_STAGE = Map.of(
            STAGE_UNIT_REVIEW, CALL_UNIT_REVIEW,
            STAGE_COMPETENT_RECOMMEND, CALL_COMPETENT_RECOMMEND,
            STAGE_COMMITTEE_INTAKE, CALL_COMMITTEE_INTAKE,
            STAGE_PAYMENT, CALL_PAYMENT,
            STAGE_PAPER_MATERIALS, CALL_PAPER_MATERIALS,
            STAGE_DEFENSE, CALL_DEFENSE,
            STAGE_COMMITTEE_VOTE, CALL_COMMITTEE_VOTE,
            STAGE_RESULT_PUBLICITY, CALL_RESULT_PUBLICITY,
            STAGE_HR_CONFIRM, CALL_HR_CONFIRM);

    // ---- withdrawal and routing
    public static final String SUB_BEFORE_VOTE = "sub_before_vote";
    public static final String BOUNDARY_WITHDRAWN = "boundary_withdrawn";
    public static final String GW_BEFORE_VOTE_OUTCOME = "gw_before_vote_outcome";
    public static final String MESSAGE_APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

    // ---- end events (each records finalStatus)
    public static final String END_APPROVED = "end_approved";
    public static final String END_WITHDRAWN = "end_withdrawn";
    public static final String END_REJECTED = "end_rejected";
    public static final String END_NOT_ACCEPTED = "end_not_accepted";
    public static final String END_ABANDONED = "end_abandoned";
    public static final String END_UNPAID = "end_unpaid";
    public static final String END_COMMITTEE_VOTE_REJECTED = "end_committee_vote_rejected";
    public static final String END_RESULT_PUBLICITY_REJECTED = "end_result_publicity_rejected";
    public static final String END_HR_CONFIRM_REJECTED = "end_hr_confirm_rejected";

    private NoticeProcessElements() {
    }
}
