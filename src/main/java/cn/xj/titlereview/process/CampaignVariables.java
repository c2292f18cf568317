package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.ProcessVariable.bool;
import static cn.xj.titlereview.process.ProcessVariable.date;
import static cn.xj.titlereview.process.ProcessVariable.integer;
import static cn.xj.titlereview.process.ProcessVariable.string;

import java.util.Date;

/**
 * The process variables that the review stages and the notice processes read and write.
 * Process scope holds ids and decisions only: never a name, ID number, phone or employer name.
 */
public final class CampaignVariables {

    // ---- set by the start service when a notice process starts
    public static final ProcessVariable<String> APPLICATION_NO = string("applicationNo");
    public static final ProcessVariable<String> NOTICE_ID = string("noticeId");
    /** Level code: SENIOR_FULL, SENIOR_DEPUTY, INTERMEDIATE, ASSISTANT, JUNIOR. */
    public static final ProcessVariable<String> LEVEL = string("level");
    public static final ProcessVariable<String> SERIES = string("series");
    public static final ProcessVariable<String> SPECIALTY = string("specialty");
    /** Candidate user of {@code applicant_revise}: the applicant's user id (an id only). */
    public static final ProcessVariable<String> APPLICANT_USER_ID = string("applicantUserId");
    public static final ProcessVariable<String> UNIT_GROUP = string("unitGroup");
    public static final ProcessVariable<String> COMPETENT_GROUP = string("competentGroup");
    public static final ProcessVariable<String> COMMITTEE_GROUP = string("committeeGroup");
    public static final ProcessVariable<String> HRB_GROUP = string("hrbGroup");
    /** The group of the committee's experts: reads the blind view (never a name) and votes. */
    public static final ProcessVariable<String> EXPERT_GROUP = string("expertGroup");
    /**
     * The version of the notice file the application started with (0: the seed file under config/notices/,
     * n: the n-th version published through the product); its parameters are the start variables.
     */
    public static final ProcessVariable<Integer> NOTICE_VERSION = integer("noticeVersion");
    /** Submissions allowed, the first included (e.g. 3). */
    public static final ProcessVariable<Integer> SUBMISSION_LIMIT = integer("submissionLimit");
    /** Comma-separated ISO-8601 durations, one per return; the last one repeats (e.g. {@code PT48H,PT24H}). */
    public static final ProcessVariable<String> FIX_WINDOWS = string("fixWindows");
    public static final ProcessVariable<Integer> PUBLICITY_WORKING_DAYS = integer("publicityWorkingDays");
    /** Optional: the unit's fixed recommendation opinion as the notice words it. */
    public static final ProcessVariable<String> UNIT_OPINION_TEXT = string("unitOpinionText");
    /** Akesu: the declaration close; by then the application must have reached the committee. */
    public static final ProcessVariable<Date> DECLARATION_CLOSES_AT = date("declarationClosesAt");
    /**
     * Optional: the close of the notice's review window (审核时间), the due date of the unit's and the
     * competent department's review tasks, so they are reminded before it and urged after it.
     */
    public static final ProcessVariable<Date> REVIEW_CLOSES_AT = date("reviewClosesAt");
    /** Optional: the close of the committee's review window (评审委员会审核时间, else 审核时间), its intake's due date. */
    public static final ProcessVariable<Date> COMMITTEE_REVIEW_CLOSES_AT = date("committeeReviewClosesAt");

    // ---- direct recognition (直接认定), set by the start service on that path
    /** Level code of the applicant's current title; {@link #LEVEL} is the level to be recognised. */
    public static final ProcessVariable<String> CURRENT_LEVEL = string("currentLevel");
    /** Consecutive years of village work (访惠聚/驻村 etc.) since the current title. */
    public static final ProcessVariable<Integer> VILLAGE_WORK_YEARS = integer("villageWorkYears");
    /** Consecutive years rated 优秀 during that village work. */
    public static final ProcessVariable<Integer> VILLAGE_WORK_EXCELLENT_YEARS = integer("villageWorkExcellentYears");
    /** The specialty is filled by examination (以考代评), excluded from direct recognition. */
    public static final ProcessVariable<Boolean> EXAM_FILLED_SPECIALTY = bool("examFilledSpecialty");
    /** Written by the eligibility check of the direct-recognition path. */
    public static final ProcessVariable<Boolean> DIRECT_RECOGNITION_ELIGIBLE = bool("directRecognitionEligible");
    /** Written by the pre-check of every notice process: the declaration meets the notice's conditions. */
    public static final ProcessVariable<Boolean> ELIGIBLE = bool("eligible");
    /** Every unmet condition, one per line; or, when eligible, the basis of the recognition. */
    public static final ProcessVariable<String> ELIGIBILITY_REASONS = string("eligibilityReasons");

    // ---- delegated evaluation (委托评审), set by the start service
    /** True when another committee evaluates the application on a delegation letter (委托评审函). */
    public static final ProcessVariable<Boolean> DELEGATED_EVALUATION = bool("delegatedEvaluation");
    /** Code of the committee the application is delegated to (organisation directory). */
    public static final ProcessVariable<String> DELEGATED_TO_COMMITTEE = string("delegatedToCommittee");
    /** Attachment id of the uploaded delegation letter (an id only). */
    public static final ProcessVariable<String> DELEGATION_LETTER_ATTACHMENT_ID = string("delegationLetterAttachmentId");
    /** Shown on the committee's intake form: which committee evaluates on whose letter. */
    public static final ProcessVariable<String> DELEGATION_NOTE = string("delegationNote");

    // ---- switches a notice passes into a stage (call-activity in-mappings)
    /**
     * Paths without a committee (initial determination, direct recognition): returns by the unit and the
     * competent department count against {@link #SUBMISSION_LIMIT} and take the fix window of the
     * submission. Default false.
     */
    public static final ProcessVariable<Boolean> COUNT_UNIT_LEVEL_SUBMISSIONS = bool("countUnitLevelSubmissions");
    /** What an expired fix window at the committee means: ABANDONED (default) or NOT_ACCEPTED (Akesu). */
    public static final ProcessVariable<String> FIX_WINDOW_EXPIRY_STATUS = string("fixWindowExpiryStatus");

    // ---- written by people completing review tasks
    /** {@code APPROVE} | {@code RETURN} | {@code REJECT} | {@code SEND_BACK} (退回上一环节, where the task allows it). */
    public static final ProcessVariable<String> DECISION = string("decision");
    public static final ProcessVariable<String> COMMENT = string("comment");
    /** The applicant's tick on the revision form in Tasklist: the revised declaration was submitted. */
    public static final ProcessVariable<Boolean> REVISION_CONFIRMED = bool("revisionConfirmed");
    /**
     * Return reasons: stored as one String, one reason per line. A task may be completed with a String
     * (lines), a JSON array (Spin) or a list; the completion listener normalises it to lines.
     */
    public static final ProcessVariable<String> RETURN_REASONS = string("returnReasons");
    /** 退回上一环节: the earlier step (its task key, e.g. {@code unit_review}) the application is sent back to. */
    public static final ProcessVariable<String> SEND_BACK_TO = string("sendBackTo");
    /** 退回上一环节: why; the earlier step sees it on its task ({@link #SENT_BACK_REASON}). */
    public static final ProcessVariable<String> SEND_BACK_REASON = string("sendBackReason");

    // ---- written by the stages
    public static final ProcessVariable<Integer> SUBMISSION_COUNT = integer("submissionCount");
    /** The reasons of the latest return, kept for the next reviewer when the task is created again. */
    public static final ProcessVariable<String> LAST_RETURN_REASONS = string("lastReturnReasons");
    /** ISO-8601 duration of the current fix window, used by the fix-window boundary timers. */
    public static final ProcessVariable<String> CURRENT_FIX_WINDOW = string("currentFixWindow");
    public static final ProcessVariable<Boolean> SUBMISSION_LIMIT_REACHED = bool("submissionLimitReached");
    public static final ProcessVariable<Date> UNIT_PUBLICITY_STARTED_AT = date("unitPublicityStartedAt");
    public static final ProcessVariable<String> UNIT_OPINION = string("unitOpinion");
    /** The unit opinion as it was publicized (set after a publicity without upheld objection). */
    public static final ProcessVariable<String> PUBLISHED_UNIT_OPINION = string("publishedUnitOpinion");
    /** Whether the unit's approval needs a (new) publicity: none yet, or the unit changed its opinion. */
    /** The unit's tick on its review form after a send-back: its recommendation opinion changed (公示须重新进行). */
    public static final ProcessVariable<Boolean> UNIT_OPINION_CHANGED = bool("unitOpinionChanged");
    public static final ProcessVariable<Boolean> UNIT_PUBLICITY_REQUIRED = bool("unitPublicityRequired");
    public static final ProcessVariable<String> COMPETENT_OPINION = string("competentOpinion");
    public static final ProcessVariable<String> COMMITTEE_OPINION = string("committeeOpinion");
    /** {@code CONTINUE} or the final status a stage ended with; see {@link StageOutcome}. */
    public static final ProcessVariable<String> STAGE_OUTCOME = string("stageOutcome");
    /** APPROVED, REJECTED, NOT_ACCEPTED, ABANDONED, UNPAID, WITHDRAWN, INELIGIBLE. */
    public static final ProcessVariable<String> FINAL_STATUS = string("finalStatus");

    // ---- local variables
    /** Input parameter of the revision service tasks: UNIT, COMPETENT or COMMITTEE. */
    public static final ProcessVariable<String> REVIEW_LEVEL = string("reviewLevel");
    /** Task-local: the level in Chinese, for the forms. */
    public static final ProcessVariable<String> LEVEL_NAME = string("levelName");
    /** Task-local on the earlier step's task after a send-back: who sent it back and why, for the form. */
    public static final ProcessVariable<String> SENT_BACK_REASON = string("sentBackReason");

    private CampaignVariables() {
    }
}
