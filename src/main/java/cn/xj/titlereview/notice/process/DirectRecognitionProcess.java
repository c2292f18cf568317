package cn.xj.titlereview.notice.process;

import static cn.xj.titlereview.process.CampaignVariables.*;
import static cn.xj.titlereview.process.NoticeProcessElements.*;

import java.util.List;

import cn.xj.titlereview.process.ProcessVariable;

/**
 * {@code <notice id>-direct-recognition}: the 直接认定 path of a notice (新人社发〔2020〕25号). Whoever has,
 * since obtaining the current title, done three consecutive years of village work (访惠聚/驻村) rated
 * excellent every year is recognised directly at the next level of the current specialty by the HR bureau
 * of the unit's prefecture or the autonomous-region competent department; specialties filled by
 * examination (以考代评) excluded. One process per notice that grants it: {@link #NONFERROUS_2021}
 * (第六条第（二）款) and {@link #HAMI_2023} (第六条第（四）款); both share the element ids below.
 *
 * <p>Flow: the business-rule task {@value #CHECK_ELIGIBILITY} evaluates {@value #ELIGIBILITY_DECISION}
 * (inputs {@code villageWorkYears}, {@code villageWorkExcellentYears}, {@code currentLevel},
 * {@code examFilledSpecialty}) and writes {@code directRecognitionEligible} and
 * {@code eligibilityReasons} (every unmet condition, one per line, or the basis of the recognition).
 * Not eligible ends INELIGIBLE at once. Otherwise unit review and publicity, competent recommendation
 * (inside {@link NoticeProcessElements#BOUNDARY_WITHDRAWN withdrawal} sub-process
 * {@value #SUB_BEFORE_CONFIRM}), then {@code stage-hr-confirm} (group {@code hrbGroup}, certificate number
 * issued for {@code level}, the recognised next level) ends APPROVED. No committee, fee or defense.
 *
 * <p>With no committee to count at, the notice's submission limit is counted where the application is
 * returned, by the unit and the competent department ({@code countUnitLevelSubmissions}, as for an
 * initial determination): a return of the last allowed submission ends NOT_ACCEPTED, an expired fix
 * window ABANDONED, a refusal by the unit or the competent department REJECTED.
 *
 * @param noticeId the notice this path belongs to
 */
public record DirectRecognitionProcess(String noticeId) {

    /** Suffix of a notice's direct-recognition process id. */
    public static final String KEY_SUFFIX = "-direct-recognition";

    public static final DirectRecognitionProcess NONFERROUS_2021 = new DirectRecognitionProcess(NonferrousNoticeProcess.KEY);
    public static final DirectRecognitionProcess HAMI_2023 = new DirectRecognitionProcess(HamiAllSeriesNoticeProcess.KEY);
    /** Every notice path of this kind, in the order of the notices' years. */
    public static final List<DirectRecognitionProcess> ALL = List.of(NONFERROUS_2021, HAMI_2023);

    /** Model files (constants, for test deployments). */
    public static final String NONFERROUS_2021_RESOURCE = "processes/notices/notice-2021-xj-nonferrous-direct-recognition.bpmn";
    public static final String HAMI_2023_RESOURCE = "processes/notices/notice-2023-hami-all-series-direct-recognition.bpmn";

    public static final String ELIGIBILITY_DECISION = "direct-recognition-eligibility";
    public static final String ELIGIBILITY_DECISION_RESOURCE = "processes/decisions/direct-recognition-eligibility.dmn";

    public static final String CHECK_ELIGIBILITY = "check_direct_recognition_eligibility";
    public static final String GW_ELIGIBLE = "gw_eligible";
    public static final String END_INELIGIBLE = "end_ineligible";
    public static final String SUB_BEFORE_CONFIRM = "sub_before_confirm";
    public static final String GW_BEFORE_CONFIRM_OUTCOME = "gw_before_confirm_outcome";

    /** The stages in the order the path calls them. */
    public static final List<String> STAGES = List.of(STAGE_UNIT_REVIEW, STAGE_COMPETENT_RECOMMEND, STAGE_HR_CONFIRM);

    /** Read by the eligibility check, besides the start variables every notice process gets. */
    public static final List<ProcessVariable<?>> INPUTS = List.of(CURRENT_LEVEL, VILLAGE_WORK_YEARS,
            VILLAGE_WORK_EXCELLENT_YEARS, EXAM_FILLED_SPECIALTY);
    /** Written by the eligibility check. */
    public static final List<ProcessVariable<?>> OUTPUTS = List.of(DIRECT_RECOGNITION_ELIGIBLE, ELIGIBILITY_REASONS);

    /** The process id of a notice's direct-recognition path. */
    public static String keyOf(String noticeId) {
        return noticeId + KEY_SUFFIX;
    }

    public String key() {
        return keyOf(noticeId);
    }

    /** The model file, named after the process id. */
    public String resource() {
        return "processes/notices/" + key() + ".bpmn";
    }
}
