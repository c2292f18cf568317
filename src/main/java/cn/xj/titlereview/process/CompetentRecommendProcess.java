package cn.xj.titlereview.process;

/**
 * {@code stage-competent-recommend} 主管单位推荐.
 *
 * <p>{@code competent_recommend} (group {@code ${competentGroup}}) decides APPROVE / RETURN / REJECT.
 * APPROVE records {@code competentOpinion}: the comment, or "同意推荐该同志申报XX专业X级职称".
 * RETURN goes to {@code applicant_revise} with a fix-window timer and back.
 *
 * <p>Outcome ({@link StageOutcome}): CONTINUE, REJECTED, ABANDONED or, when
 * {@code countUnitLevelSubmissions} is true, NOT_ACCEPTED.
 */
public final class CompetentRecommendProcess {

    public static final String KEY = "stage-competent-recommend";
    public static final String RESOURCE = "processes/stages/stage-competent-recommend.bpmn";

    public static final String COMPETENT_RECOMMEND = "competent_recommend";
    public static final String APPLICANT_REVISE = "applicant_revise";

    public static final String GW_COMPETENT_DECISION = "gw_competent_decision";
    public static final String RECORD_COMPETENT_OPINION = "record_competent_opinion";
    public static final String PREPARE_COMPETENT_REVISION = "prepare_competent_revision";
    public static final String COUNT_COMPETENT_RESUBMISSION = "count_competent_resubmission";
    public static final String TIMER_COMPETENT_FIX_WINDOW = "timer_competent_fix_window";

    public static final String END_COMPETENT_RECOMMENDED = "end_competent_recommended";
    public static final String END_COMPETENT_REJECTED = "end_competent_rejected";
    public static final String END_COMPETENT_NOT_ACCEPTED = "end_competent_not_accepted";
    public static final String END_COMPETENT_ABANDONED = "end_competent_abandoned";
    /** 退回上一环节: back to the employer unit's review ({@link SendBackSteps}). */
    public static final String END_COMPETENT_SENT_BACK = "end_competent_sent_back";

    private CompetentRecommendProcess() {
    }
}
