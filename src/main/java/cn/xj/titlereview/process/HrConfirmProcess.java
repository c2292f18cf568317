package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.ProcessVariable.string;

/**
 * Stage {@code stage-hr-confirm} (人社部门审核确认). The HR bureau ({@code hrbGroup}) completes
 * {@code hr_confirm} with {@code decision = APPROVE | REJECT}. APPROVE issues the certificate
 * number ({@link CertificateNumberService}, asynchronously so that a database hiccup retries as a
 * job instead of failing the bureau's completion) into {@code certificateNo} and ends with
 * APPROVED; REJECT ends with REJECTED. The task follows the review-task conventions of package
 * {@code review} (previous decision cleared on creation, APPROVE or REJECT required on completion).
 */
public final class HrConfirmProcess {

    public static final String KEY = "stage-hr-confirm";
    public static final String RESOURCE = "processes/stages/stage-hr-confirm.bpmn";

    public static final String START = "start_hr_confirm";
    public static final String HR_CONFIRM = "hr_confirm";
    public static final String GW_HR_DECISION = "gw_hr_decision";
    public static final String ISSUE_CERTIFICATE_NUMBER = "issue_certificate_number";
    public static final String END_HR_APPROVED = "end_hr_approved";
    public static final String END_HR_REJECTED = "end_hr_rejected";

    public static final String FORM_HR_CONFIRM = "hr-confirm";

    public static final ProcessVariable<String> APPLICATION_NO = CampaignVariables.APPLICATION_NO;
    public static final ProcessVariable<String> NOTICE_ID = CampaignVariables.NOTICE_ID;
    public static final ProcessVariable<String> LEVEL = CampaignVariables.LEVEL;
    /** The confirming bureau's group, {@code hrb} + its 6-digit administrative division code. */
    public static final ProcessVariable<String> HRB_GROUP = CampaignVariables.HRB_GROUP;
    /** APPROVE | REJECT */
    public static final ProcessVariable<String> DECISION = CampaignVariables.DECISION;
    public static final ProcessVariable<String> COMMENT = CampaignVariables.COMMENT;
    public static final ProcessVariable<String> CERTIFICATE_NO = string("certificateNo");

    private HrConfirmProcess() {
    }
}
