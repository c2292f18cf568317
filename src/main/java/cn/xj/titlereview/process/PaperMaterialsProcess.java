package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.ProcessVariable.bool;
import static cn.xj.titlereview.process.ProcessVariable.date;

import java.util.Date;

/**
 * Stage {@code stage-paper-materials} (纸质材料). Where the notice asks for paper materials
 * ({@code paperMaterialsRequired}), the committee office records them in
 * {@code committee_paper_received} (group {@code committeeGroup}):
 * {@code decision = APPROVE} received and matching the online application → CONTINUE;
 * {@code decision = REJECT} not matching the online application → NOT_ACCEPTED.
 * Nothing received by {@code paperDeadline} → NOT_ACCEPTED.
 *
 * <p>Why NOT_ACCEPTED and not ABANDONED: the originals call a missed time limit "不予受理"
 * (five series: 逾期不予受理; Akesu: 超过申报时限的不予受理, and the pledge that online and
 * paper contents are "完全一致"; Hami: 超过申报时限的，不予受理), while "视为放弃" is reserved for
 * an applicant who lets a fix window lapse. Paper materials are sent by the unit's personnel
 * office (由各单位人事部门统一报送), not by the applicant, so the lapse is not the applicant's
 * abandonment.
 *
 * <p>The task follows the review-task conventions of package {@code review}: the previous
 * reviewer's {@code decision} and {@code comment} leave process scope when it is created (the form
 * starts empty, no stale decision can route the gateway), and completion requires APPROVE or REJECT.
 */
public final class PaperMaterialsProcess {

    public static final String KEY = "stage-paper-materials";
    public static final String RESOURCE = "processes/stages/stage-paper-materials.bpmn";

    public static final String START = "start_paper_materials";
    public static final String GW_PAPER_REQUIRED = "gw_paper_required";
    public static final String COMMITTEE_PAPER_RECEIVED = "committee_paper_received";
    public static final String TIMER_PAPER_DEADLINE = "timer_paper_deadline";
    public static final String GW_PAPER_DECISION = "gw_paper_decision";
    public static final String END_PAPER_NOT_REQUIRED = "end_paper_not_required";
    public static final String END_PAPER_RECEIVED = "end_paper_received";
    public static final String END_PAPER_MISMATCH = "end_paper_mismatch";
    public static final String END_PAPER_MISSING = "end_paper_missing";

    public static final String FORM_COMMITTEE_PAPER_RECEIVED = "committee-paper-received";

    public static final ProcessVariable<Boolean> PAPER_MATERIALS_REQUIRED = bool("paperMaterialsRequired");
    public static final ProcessVariable<Date> PAPER_DEADLINE = date("paperDeadline");
    public static final ProcessVariable<String> COMMITTEE_GROUP = CampaignVariables.COMMITTEE_GROUP;
    /** APPROVE (received, matches) | REJECT (does not match the online application). */
    public static final ProcessVariable<String> DECISION = CampaignVariables.DECISION;
    public static final ProcessVariable<String> COMMENT = CampaignVariables.COMMENT;

    private PaperMaterialsProcess() {
    }
}
