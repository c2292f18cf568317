package cn.xj.titlereview.unitaccount;

/** The ids of {@code processes/units/unit-registration.bpmn} and its variables. */
public final class UnitRegistrationProcess {

    public static final String KEY = "unit-registration";
    public static final String RESOURCE = "processes/units/unit-registration.bpmn";
    public static final String FORM_RESOURCE = "processes/forms/unit-registration-review.form";

    public static final String START = "start_unit_registered";
    public static final String TASK_REVIEW = "unit_registration_review";
    public static final String GW_DECISION = "gw_unit_registration_decision";
    public static final String TASK_OPEN_ACCOUNT = "open_unit_account";
    public static final String TASK_NOTIFY_REFUSAL = "notify_unit_registration_refused";
    public static final String END_OPENED = "end_unit_account_opened";
    public static final String END_REFUSED = "end_unit_registration_refused";

    public static final String REGISTRATION_ID = "registrationId";
    public static final String COMPETENT_CODE = "competentCode";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String APPROVE = "APPROVE";
    public static final String REFUSE = "REFUSE";

    private UnitRegistrationProcess() {
    }
}
