package cn.xj.titlereview.process;

/**
 * {@code stage-committee-intake} 评审委员会形式审核.
 *
 * <p>{@code committee_intake} (group {@code ${committeeGroup}}): APPROVE accepts
 * ({@code committeeOpinion} = "评审委员会已接收材料"); REJECT ends NOT_ACCEPTED; RETURN (all reasons at
 * once) goes to {@code applicant_revise} with the interrupting timer {@code timer_fix_window} of duration
 * {@code currentFixWindow} (the n-th return takes the n-th entry of {@code fixWindows}, the last repeats).
 * A resubmission adds one to {@code submissionCount}; a RETURN of submission number {@code submissionLimit}
 * ends NOT_ACCEPTED. An expired window ends {@code fixWindowExpiryStatus}: ABANDONED, or NOT_ACCEPTED
 * where the notice says so (Akesu).
 *
 * <p>Delegated evaluation (委托评审): the start service puts the delegated committee's groups in
 * {@code committeeGroup}; the form shows {@code delegationNote} ("委托评审：由…评审委员会评审（委托评审函已上传）")
 * when it is set.
 *
 * <p>Outcome ({@link StageOutcome}): CONTINUE, NOT_ACCEPTED or ABANDONED.
 */
public final class CommitteeIntakeProcess {

    public static final String KEY = "stage-committee-intake";
    public static final String RESOURCE = "processes/stages/stage-committee-intake.bpmn";

    public static final String COMMITTEE_INTAKE = "committee_intake";
    public static final String APPLICANT_REVISE = "applicant_revise";

    public static final String GW_INTAKE_DECISION = "gw_intake_decision";
    public static final String RECORD_COMMITTEE_ACCEPTANCE = "record_committee_acceptance";
    public static final String PREPARE_INTAKE_REVISION = "prepare_intake_revision";
    public static final String COUNT_INTAKE_RESUBMISSION = "count_intake_resubmission";
    public static final String TIMER_FIX_WINDOW = "timer_fix_window";
    public static final String GW_FIX_WINDOW_EXPIRY = "gw_fix_window_expiry";

    public static final String END_INTAKE_ACCEPTED = "end_intake_accepted";
    public static final String END_INTAKE_REJECTED = "end_intake_rejected";
    public static final String END_INTAKE_NOT_ACCEPTED = "end_intake_not_accepted";
    public static final String END_FIX_WINDOW_ABANDONED = "end_fix_window_abandoned";
    public static final String END_FIX_WINDOW_NOT_ACCEPTED = "end_fix_window_not_accepted";
    /** 退回上一环节: back to the competent unit ({@link SendBackSteps}). */
    public static final String END_INTAKE_SENT_BACK = "end_intake_sent_back";

    private CommitteeIntakeProcess() {
    }
}
