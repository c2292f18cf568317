package cn.xj.titlereview.process;

import static cn.xj.titlereview.process.ProcessVariable.bool;
import static cn.xj.titlereview.process.ProcessVariable.string;

/**
 * Stage {@code stage-defense} (答辩). The DMN table {@code defense-required} decides from
 * notice, level, unit level and village work whether the applicant defends, and why.
 * Not required → CONTINUE. Required → {@code defense_record} (group {@code committeeGroup})
 * records {@code defensePassed}; a failed defense ends with REJECTED (一票否决).
 * {@code defensePassed} and {@code comment} are fresh for the task (input mappings shadow
 * earlier values, output mappings copy the answer to process scope).
 */
public final class DefenseProcess {

    public static final String KEY = "stage-defense";
    public static final String RESOURCE = "processes/stages/stage-defense.bpmn";
    public static final String DEFENSE_DECISION = "defense-required";
    public static final String DEFENSE_DECISION_RESOURCE = "processes/decisions/defense-required.dmn";

    public static final String START = "start_defense";
    public static final String DETERMINE_DEFENSE = "determine_defense";
    public static final String GW_DEFENSE_REQUIRED = "gw_defense_required";
    public static final String DEFENSE_RECORD = "defense_record";
    public static final String GW_DEFENSE_PASSED = "gw_defense_passed";
    public static final String END_DEFENSE_EXEMPT = "end_defense_exempt";
    public static final String END_DEFENSE_PASSED = "end_defense_passed";
    public static final String END_DEFENSE_FAILED = "end_defense_failed";

    public static final String FORM_DEFENSE_RECORD = "defense-record";

    public static final ProcessVariable<String> NOTICE_ID = CampaignVariables.NOTICE_ID;
    public static final ProcessVariable<String> LEVEL = CampaignVariables.LEVEL;
    /** REGION | PREFECTURE | COUNTY | OTHER */
    public static final ProcessVariable<String> UNIT_LEVEL = string("unitLevel");
    public static final ProcessVariable<Boolean> VILLAGE_WORK = bool("villageWork");
    public static final ProcessVariable<String> COMMITTEE_GROUP = CampaignVariables.COMMITTEE_GROUP;

    /** Written from the DMN result. */
    public static final ProcessVariable<Boolean> DEFENSE_REQUIRED = bool("defenseRequired");
    public static final ProcessVariable<String> DEFENSE_REASON = string("defenseReason");
    /** Written by {@code defense_record}. */
    public static final ProcessVariable<Boolean> DEFENSE_PASSED = bool("defensePassed");
    public static final ProcessVariable<String> COMMENT = CampaignVariables.COMMENT;

    private DefenseProcess() {
    }
}
