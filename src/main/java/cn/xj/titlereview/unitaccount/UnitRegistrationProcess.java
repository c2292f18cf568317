package cn.xj.titlereview.unitaccount;

import static cn.xj.titlereview.process.ProcessVariable.string;

import cn.xj.titlereview.process.ProcessVariable;

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
    /** The competent department that reviews the registration (its group {@code competent<code>}). */
    public static final ProcessVariable<String> COMPETENT_CODE = string("competentCode");
    // what the department's form shows of the registration
    public static final ProcessVariable<String> CREDIT_CODE = string("creditCode");
    public static final ProcessVariable<String> UNIT_NAME = string("unitName");
    public static final ProcessVariable<String> UNIT_TYPE = string("unitType");
    public static final ProcessVariable<String> UNIT_LEVEL = string("unitLevel");
    public static final ProcessVariable<String> REGION_CODE = string("regionCode");
    public static final ProcessVariable<String> COMPETENT_NAME = string("competentName");
    public static final ProcessVariable<String> CONTACT_NAME = string("contactName");
    /** Masked: the form shows the phone's first three and last four digits. */
    public static final ProcessVariable<String> CONTACT_PHONE = string("contactPhone");
    public static final ProcessVariable<String> CONTACT_USER_ID = string("contactUserId");
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    public static final String APPROVE = "APPROVE";
    public static final String REFUSE = "REFUSE";

    private UnitRegistrationProcess() {
    }
}
